package org.headlesscart.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The run command's mail catcher (docs/emails.md): GreenMail's SMTP server, which the store sends its order e-mails
 * to, with IMAP and POP3 for a mail client (login and password: the recipient's address); each mail received is also
 * written to {@code .run/mail} as an {@code .eml} file, and a small web page lists those files, newest first, with
 * their HTML and text parts. Everything listens on the loopback interface only. Development tooling, never shipped.
 */
final class RunMailbox {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneId.systemDefault());

    final int smtpPort = port("HEADLESSCART_RUN_SMTP_PORT", 3025);
    final int imapPort = port("HEADLESSCART_RUN_IMAP_PORT", 3143);
    final int pop3Port = port("HEADLESSCART_RUN_POP3_PORT", 3110);
    final int webPort = port("HEADLESSCART_RUN_MAIL_WEB_PORT", 8025);
    final Path folder;
    private final GreenMail greenMail;
    private final Set<String> saved = new HashSet<>();
    private HttpServer web;

    RunMailbox(Path runDir) {
        this.folder = runDir.resolve("mail");
        this.greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
            new ServerSetup(pop3Port, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
    }

    void start() throws IOException {
        Files.createDirectories(folder);
        greenMail.start();
        Thread saver = new Thread(this::saveAsTheyArrive, "run-mailbox");
        saver.setDaemon(true);
        saver.start();
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        web.createContext("/", this::serve);
        web.start();
    }

    void stop() {
        if (web != null) {
            web.stop(0);
        }
        greenMail.stop();
    }

    /** Writes every new mail (once, however many recipients it had) to the folder. */
    private void saveAsTheyArrive() {
        int seen = 0;
        while (greenMail.isRunning()) {
            greenMail.waitForIncomingEmail(2000, seen + 1);
            MimeMessage[] received = greenMail.getReceivedMessages();
            seen = received.length;
            for (MimeMessage mail : received) {
                try {
                    if (saved.add(mail.getMessageID())) {
                        save(mail);
                    }
                } catch (MessagingException | IOException e) {
                    System.err.println("Could not save a mail to " + folder + ": " + e);
                }
            }
        }
    }

    private void save(MimeMessage mail) throws MessagingException, IOException {
        String subject = mail.getSubject() == null ? "" : mail.getSubject();
        String slug = subject.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        Path file = folder.resolve(FILE_TIME.format(Instant.now()) + "-" + slug.substring(0, Math.min(40,
                slug.length())) + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            mail.writeTo(out);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            try {
                if (path.equals("/")) {
                    respond(exchange, 200, "text/html", RunMailboxPage.index(mails()));
                } else if (path.startsWith("/mail/") && eml(path.substring(6))) {
                    Path file = folder.resolve(path.substring(6));
                    String type = "raw".equals(query) ? "message/rfc822" : "text".equals(query) ? "text/plain"
                            : "text/html";
                    respond(exchange, 200, type, type.startsWith("message/") ? Files.readAllBytes(file)
                            : part(read(file), type).getBytes(StandardCharsets.UTF_8));
                } else {
                    respond(exchange, 404, "text/plain", "Not found".getBytes(StandardCharsets.UTF_8));
                }
            } catch (MessagingException e) {
                respond(exchange, 500, "text/plain", e.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Only a plain file name of a saved mail: nothing outside the folder can be asked for. */
    private boolean eml(String name) {
        return name.matches("[A-Za-z0-9._-]+\\.eml") && Files.isRegularFile(folder.resolve(name));
    }

    private List<RunMailboxPage.Entry> mails() throws IOException, MessagingException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).limit(200).toList();
        }
        List<RunMailboxPage.Entry> entries = new ArrayList<>();
        for (Path file : files) {
            MimeMessage mail = read(file);
            entries.add(new RunMailboxPage.Entry(file.getFileName().toString(), mail.getSentDate(),
                    recipients(mail), mail.getSubject()));
        }
        return entries;
    }

    private static String recipients(MimeMessage mail) throws MessagingException {
        Address[] to = mail.getAllRecipients();
        return to == null ? "" : String.join(", ", Stream.of(to).map(Address::toString).toList());
    }

    private static MimeMessage read(Path file) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    private static String part(MimeMessage mail, String type) throws IOException, MessagingException {
        if (mail.isMimeType(type)) {
            return mail.getContent().toString();
        }
        if (mail.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return part.getContent().toString();
                }
            }
        }
        return "(no " + type + " part)";
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type + (type.startsWith("text/") ? "; charset=UTF-8" : ""));
        if (type.startsWith("message/")) {     // a download, which the desktop opens in its mail client
            exchange.getResponseHeaders().set("Content-Disposition", "attachment");
        }
        // A mail's HTML is shown as it is, but may load nothing and run nothing.
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
