package org.headlesscart.mail.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.headlesscart.mail.model.MailKind;
import org.headlesscart.order.model.OrderAddress;
import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderView;

/**
 * What an order e-mail says, before it becomes text or HTML: both parts render exactly this, so they cannot
 * disagree. Values are raw (client-given names and addresses included); {@link HtmlBody} escapes them.
 *
 * @param greeting "Hi Ann," for a customer mail, else empty
 * @param link     the order-received page for a customer mail, when the store knows its storefront's URL
 */
public record MailContent(MailKind kind, String storeTitle, String subject, String heading, String greeting,
        String intro, String orderNumber, List<Row> lines, List<Row> totals, List<String> billing,
        List<String> shipping, String customerNote, Optional<String> link) {

    /** A product line ("T-Shirt × 2", "$36.00", its options) or a totals row ("Subtotal:", "$36.00"). */
    public record Row(String label, String value, List<String> details) {
    }

    /**
     * @param orderReceivedUrl the link for customer mails, if any
     */
    public static MailContent of(MailKind kind, OrderView order, String storeTitle, MoneyText money,
            Optional<String> orderReceivedUrl) {
        String number = order.number();
        String first = order.billing().firstName();
        String greeting = kind.toStore() ? "" : "Hi " + (first.isBlank() ? "there" : first) + ",";
        return new MailContent(kind, storeTitle, subject(kind, storeTitle, number), heading(kind, number), greeting,
                intro(kind, number, customerName(order)), number, lines(order, money), OrderTotalsRows.of(order, money),
                billing(order.billing()), order.needsShipping() ? address(order.shipping()) : List.of(),
                order.customerNote() == null ? "" : order.customerNote().strip(), kind.toStore() ? Optional.empty() : orderReceivedUrl);
    }

    static String subject(MailKind kind, String title, String number) {
        return switch (kind) {
            case NEW_ORDER -> "[" + title + "]: New order #" + number;
            case CUSTOMER_ON_HOLD, CUSTOMER_PROCESSING -> "Your " + title + " order has been received!";
            case CUSTOMER_COMPLETED -> "Your " + title + " order is now complete";
            case CANCELLED_ORDER -> "[" + title + "]: Order #" + number + " has been cancelled";
            case CUSTOMER_CANCELLED -> "Your " + title + " order #" + number + " has been cancelled";
        };
    }

    private static String heading(MailKind kind, String number) {
        return switch (kind) {
            case NEW_ORDER -> "New order: #" + number;
            case CUSTOMER_ON_HOLD, CUSTOMER_PROCESSING -> "Thank you for your order";
            case CUSTOMER_COMPLETED -> "Your order is complete";
            case CANCELLED_ORDER -> "Order cancelled: #" + number;
            case CUSTOMER_CANCELLED -> "Your order has been cancelled";
        };
    }

    private static String intro(MailKind kind, String number, String customer) {
        return switch (kind) {
            case NEW_ORDER -> "You have received order #" + number + " from " + customer + ":";
            case CUSTOMER_ON_HOLD -> "We have received your order #" + number
                    + ". It is on hold until we confirm that your payment has arrived. Here is what you ordered:";
            case CUSTOMER_PROCESSING -> "We have received your order #" + number
                    + " and are now processing it. Here is what you ordered:";
            case CUSTOMER_COMPLETED -> "We have finished processing your order #" + number + ". Here it is again:";
            case CANCELLED_ORDER -> "Order #" + number + " from " + customer + " has been cancelled:";
            case CUSTOMER_CANCELLED -> "Your order #" + number
                    + " has been cancelled. If you did not ask for this, please get in touch with us. It was:";
        };
    }

    private static String customerName(OrderView order) {
        String name = (order.billing().firstName() + " " + order.billing().lastName()).strip();
        return name.isEmpty() ? order.billing().email() : name;
    }

    private static List<Row> lines(OrderView order, MoneyText money) {
        List<Row> rows = new ArrayList<>();
        for (OrderLines.Product line : order.lines()) {
            long shown = line.subtotal() + (order.pricesIncludeTax() ? line.subtotalTax() : 0);
            List<String> details = new ArrayList<>();
            (line.meta() == null ? java.util.Map.<String, String>of() : line.meta()).forEach((key, value) -> {
                if (!key.startsWith("_")) {     // WooCommerce's hidden meta starts with an underscore
                    details.add(key + ": " + value);
                }
            });
            rows.add(new Row(line.name() + " \u00d7 " + line.quantity(), money.format(shown), details));
        }
        return rows;
    }

    private static List<String> billing(OrderAddress address) {
        List<String> lines = new ArrayList<>(address(address));
        addIfGiven(lines, address.phone());
        addIfGiven(lines, address.email());
        return lines;
    }

    /** WooCommerce's lines: name, company, street, "city, state postcode", country; blank parts left out. */
    static List<String> address(OrderAddress a) {
        List<String> lines = new ArrayList<>();
        addIfGiven(lines, (a.firstName() + " " + a.lastName()).strip());
        addIfGiven(lines, a.company());
        addIfGiven(lines, a.address1());
        addIfGiven(lines, a.address2());
        String region = (a.state() + " " + a.postcode()).strip();
        addIfGiven(lines, a.city().isBlank() || region.isEmpty() ? (a.city() + region).strip()
                : a.city() + ", " + region);
        addIfGiven(lines, a.country());
        return lines;
    }

    private static void addIfGiven(List<String> lines, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(value.strip());
        }
    }
}
