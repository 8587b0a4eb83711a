package org.headlesscart.mail.model;

import java.util.List;

/**
 * One rendered order e-mail, ready for SMTP: the same content as plain text and as HTML.
 *
 * @param to      the recipients' addresses, at least one
 * @param orderId for log lines: never log the recipients (personal data)
 */
public record MailMessage(MailKind kind, long orderId, List<String> to, String subject, String text, String html) {

    public MailMessage {
        to = List.copyOf(to);
    }
}
