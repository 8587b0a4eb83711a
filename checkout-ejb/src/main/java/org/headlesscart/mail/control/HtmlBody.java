package org.headlesscart.mail.control;

import static org.headlesscart.mail.control.Html.escape;

import java.util.List;

import org.headlesscart.mail.control.MailContent.Row;

/**
 * The HTML part of an order e-mail: one table-based page with inline styles, as mail clients need (no style sheets,
 * no scripts, no remote images). Every value is escaped; the link is only ever an attribute in double quotes.
 */
final class HtmlBody {

    private static final String CELL = "padding:8px 12px;border:1px solid #e5e5e5;text-align:left;";

    private HtmlBody() {
    }

    static String render(MailContent c) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>").append(escape(c.subject()))
                .append("</title></head>\n<body style=\"margin:0;padding:24px;background:#f7f7f7;")
                .append("font-family:Helvetica,Arial,sans-serif;color:#3c3c3c;\">\n")
                .append("<div style=\"max-width:600px;margin:0 auto;background:#ffffff;padding:24px;\">\n")
                .append("<h1 style=\"font-size:24px;margin:0 0 16px;\">").append(escape(c.heading())).append("</h1>\n");
        if (!c.greeting().isEmpty()) {
            html.append("<p>").append(escape(c.greeting())).append("</p>\n");
        }
        html.append("<p>").append(escape(c.intro())).append("</p>\n")
                .append("<h2 style=\"font-size:18px;\">[Order #").append(escape(c.orderNumber())).append("]</h2>\n")
                .append("<table cellspacing=\"0\" cellpadding=\"0\" style=\"width:100%;border-collapse:collapse;\">\n")
                .append("<thead><tr><th style=\"").append(CELL).append("\">Product</th><th style=\"").append(CELL)
                .append("\">Price</th></tr></thead>\n<tbody>\n");
        for (Row line : c.lines()) {
            html.append("<tr><td style=\"").append(CELL).append("\">").append(escape(line.label()));
            for (String detail : line.details()) {
                html.append("<br><small>").append(escape(detail)).append("</small>");
            }
            html.append("</td><td style=\"").append(CELL).append("\">").append(escape(line.value()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n<tfoot>\n");
        for (Row total : c.totals()) {
            html.append("<tr><th style=\"").append(CELL).append("\">").append(escape(total.label()))
                    .append("</th><td style=\"").append(CELL).append("\">").append(escape(total.value()))
                    .append("</td></tr>\n");
        }
        if (!c.customerNote().isEmpty()) {
            html.append("<tr><th style=\"").append(CELL).append("\">Note:</th><td style=\"").append(CELL)
                    .append("\">").append(escape(c.customerNote())).append("</td></tr>\n");
        }
        html.append("</tfoot>\n</table>\n");
        address(html, "Billing address", c.billing());
        address(html, "Shipping address", c.shipping());
        c.link().ifPresent(link -> html.append("<p><a href=\"").append(escape(link))
                .append("\" style=\"color:#7f54b3;\">View your order</a></p>\n"));
        html.append("<p style=\"color:#888888;font-size:12px;\">").append(escape(c.storeTitle()))
                .append("</p>\n</div>\n</body></html>\n");
        return html.toString();
    }

    private static void address(StringBuilder html, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        html.append("<h2 style=\"font-size:18px;\">").append(title).append("</h2>\n<address style=\"")
                .append("font-style:normal;padding:12px;border:1px solid #e5e5e5;\">");
        html.append(String.join("<br>", lines.stream().map(Html::escape).toList())).append("</address>\n");
    }
}
