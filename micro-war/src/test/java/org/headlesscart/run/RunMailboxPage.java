package org.headlesscart.run;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

/** The run command's mail page: the saved mails, newest first, with links to each one's HTML, text and raw form. */
final class RunMailboxPage {

    record Entry(String file, Date sent, String to, String subject) {
    }

    private RunMailboxPage() {
    }

    static byte[] index(List<Entry> mails) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
                + "<title>Headless Cart mails</title><style>body{font-family:sans-serif;margin:24px}"
                + "td,th{padding:4px 12px;text-align:left;border-bottom:1px solid #ddd}</style></head><body>"
                + "<h1>Order e-mails of the run command</h1><p>Newest first; reload to see new ones. Files in "
                + "<code>.run/mail</code>.</p><table><tr><th>Sent</th><th>To</th><th>Subject</th><th></th></tr>");
        for (Entry mail : mails) {
            String link = "/mail/" + escape(mail.file());
            html.append("<tr><td>").append(mail.sent() == null ? "" : escape(mail.sent().toString()))
                    .append("</td><td>").append(escape(mail.to())).append("</td><td><a href=\"").append(link)
                    .append("\">").append(escape(mail.subject())).append("</a></td><td><a href=\"").append(link)
                    .append("?text\">text</a> <a href=\"").append(link).append("?raw\">.eml</a></td></tr>");
        }
        if (mails.isEmpty()) {
            html.append("<tr><td colspan=\"4\">No mail yet: place an order.</td></tr>");
        }
        return html.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
