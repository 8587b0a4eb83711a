package org.headlesscart.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.headlesscart.mail.model.MailKind;
import org.headlesscart.mail.model.MailMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The message as an SMTP server receives it: a real one (GreenMail), on a free port. */
class SmtpTransportTest {

    GreenMail smtp;
    MailSettings settings = new MailSettings();

    @BeforeEach
    void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        settings.host = Optional.of("127.0.0.1");
        settings.port = smtp.getSmtp().getPort();
        settings.username = Optional.empty();
        settings.password = Optional.empty();
        settings.fromAddress = "shop@example.test";
        settings.timeout = Duration.ofSeconds(5);
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void sendsTextAndHtmlAsAlternativesInUtf8() throws Exception {
        MailMessage mail = new MailMessage(MailKind.NEW_ORDER, 7, List.of("orders@example.test", "b@example.test"),
                "[Caf\u00e9 M\u00fcller]: New order #7", "Total: 12,00 \u20ac\n", "<p>Total: 12,00 \u20ac</p>");

        SmtpTransport.send(mail, SmtpTransport.session(settings), settings, "Caf\u00e9 M\u00fcller");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(2, received.length, "one copy per recipient");
        MimeMessage message = received[0];
        assertEquals("[Caf\u00e9 M\u00fcller]: New order #7", message.getSubject());
        assertEquals(new InternetAddress("shop@example.test", "Caf\u00e9 M\u00fcller", "UTF-8"), message.getFrom()[0]);
        assertEquals("new_order", message.getHeader("X-HeadlessCart-Mail")[0]);
        assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertEquals("Total: 12,00 \u20ac\n", ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"),
                "SMTP carries CRLF line ends");
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertEquals("<p>Total: 12,00 \u20ac</p>", parts.getBodyPart(1).getContent());
    }

    @Test
    void aServerThatIsDownIsAFailureWorthRetrying() throws Exception {
        settings.port = freePort();
        MailMessage mail = new MailMessage(MailKind.NEW_ORDER, 7, List.of("orders@example.test"), "s", "t", "h");

        MessagingException failed = assertThrows(MessagingException.class,
                () -> SmtpTransport.send(mail, SmtpTransport.session(settings), settings, "Shop"));

        assertTrue(!(failed instanceof jakarta.mail.internet.AddressException), failed.toString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
