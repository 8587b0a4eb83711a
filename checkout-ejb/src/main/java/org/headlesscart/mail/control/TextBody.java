package org.headlesscart.mail.control;

import java.util.List;

import org.headlesscart.mail.control.MailContent.Row;

/** The plain-text part of an order e-mail: what a mail client without HTML shows, and what filters read. */
final class TextBody {

    private TextBody() {
    }

    static String render(MailContent c) {
        StringBuilder text = new StringBuilder();
        text.append(c.heading()).append("\n\n");
        if (!c.greeting().isEmpty()) {
            text.append(c.greeting()).append("\n\n");
        }
        text.append(c.intro()).append("\n\n");
        text.append("[Order #").append(c.orderNumber()).append("]\n");
        for (Row line : c.lines()) {
            text.append(line.label()).append("  ").append(line.value()).append('\n');
            line.details().forEach(detail -> text.append("    ").append(detail).append('\n'));
        }
        text.append("----------------------------------------\n");
        for (Row total : c.totals()) {
            text.append(total.label()).append(' ').append(total.value()).append('\n');
        }
        if (!c.customerNote().isEmpty()) {
            text.append("Note: ").append(c.customerNote()).append('\n');
        }
        address(text, "Billing address", c.billing());
        address(text, "Shipping address", c.shipping());
        c.link().ifPresent(link -> text.append("\nView your order: ").append(link).append('\n'));
        text.append("\n-- \n").append(c.storeTitle()).append('\n');
        return text.toString();
    }

    private static void address(StringBuilder text, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            text.append('\n').append(title).append(":\n");
            lines.forEach(line -> text.append(line).append('\n'));
        }
    }
}
