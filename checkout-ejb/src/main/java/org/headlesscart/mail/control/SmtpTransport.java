package org.headlesscart.mail.control;

import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.headlesscart.mail.model.MailMessage;

/**
 * Sends one message over SMTP with Jakarta Mail (the server's implementation; tests bring Angus Mail):
 * {@code multipart/alternative}, text first and HTML last, as clients pick the last part they can show.
 */
final class SmtpTransport {

    private SmtpTransport() {
    }

    /**
     * @param fromName the sender's display name
     * @throws AddressException   when a recipient's address cannot be used: retrying will not help
     * @throws MessagingException when the server could not be reached or refused the message: worth retrying
     */
    static void send(MailMessage mail, Session session, MailSettings settings, String fromName)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(settings.fromAddress(), fromName, "UTF-8"));
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", mail.to()), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("X-HeadlessCart-Mail", mail.kind().id());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        // Jakarta Activation finds the handlers that write the parts (META-INF/mailcap) through the context class
        // loader. On a pool thread that is the application's, which on Payara Server sees neither the mail
        // implementation's mailcap nor its handlers ("no object DCH for MIME type multipart/alternative"); the
        // loader of the implementation's own transport sees both.
        Transport transport = session.getTransport("smtp");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(transport.getClass().getClassLoader());
        try {
            message.saveChanges();
            transport.connect();
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } finally {
                transport.close();
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A session for the settings; one serves every message (making one reads the providers' files again). */
    static Session session(MailSettings settings) {
        Properties props = new Properties();
        String millis = Long.toString(settings.timeout().toMillis());
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.host().orElseThrow());
        props.put("mail.smtp.port", Integer.toString(settings.port()));
        props.put("mail.smtp.connectiontimeout", millis);
        props.put("mail.smtp.timeout", millis);
        props.put("mail.smtp.writetimeout", millis);
        if (settings.starttls()) {
            // Required, not opportunistic: a password must never cross the network in clear.
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        Authenticator authenticator = null;
        if (settings.username().isPresent()) {
            props.put("mail.smtp.auth", "true");
            PasswordAuthentication login = new PasswordAuthentication(settings.username().get(), settings.password());
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return login;
                }
            };
        }
        return Session.getInstance(props, authenticator);
    }
}
