package org.headlesscart.mail.control;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.headlesscart.mail.control.MailContent.Row;
import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderTotals;
import org.headlesscart.order.model.OrderView;

/**
 * The totals under an order's lines, in WooCommerce's order ({@code get_order_item_totals}): subtotal, discount,
 * shipping, fees, taxes (only when prices exclude tax), payment method, total ("(includes … tax)" when prices
 * include it). Amounts shown the way the order's prices were entered.
 */
final class OrderTotalsRows {

    private OrderTotalsRows() {
    }

    static List<Row> of(OrderView order, MoneyText money) {
        OrderTotals t = order.totals();
        boolean inclusive = order.pricesIncludeTax();
        List<Row> rows = new ArrayList<>();
        rows.add(row("Subtotal:", money.format(t.subtotal() + (inclusive ? t.subtotalTax() : 0))));
        if (t.discountTotal() > 0) {
            rows.add(row("Discount:", "-" + money.format(t.discountTotal() + (inclusive ? t.discountTax() : 0))));
        }
        if (order.needsShipping()) {
            String via = order.shippingLines().stream().map(OrderLines.Shipping::title)
                    .collect(Collectors.joining(", "));
            rows.add(row("Shipping:", money.format(t.shippingTotal() + (inclusive ? t.shippingTax() : 0))
                    + (via.isBlank() ? "" : " via " + via)));
        }
        for (OrderLines.Fee fee : order.feeLines()) {
            rows.add(row(fee.name() + ":", money.format(fee.total() + (inclusive ? fee.totalTax() : 0))));
        }
        if (!inclusive) {
            for (OrderLines.Tax tax : order.taxLines()) {
                rows.add(row(tax.label() + ":", money.format(tax.taxTotal() + tax.shippingTaxTotal())));
            }
        }
        if (order.paymentMethodTitle() != null && !order.paymentMethodTitle().isBlank()) {
            rows.add(row("Payment method:", order.paymentMethodTitle()));
        }
        String includes = inclusive && t.totalTax() > 0 ? " (includes " + money.format(t.totalTax()) + " tax)" : "";
        rows.add(row("Total:", money.format(t.total()) + includes));
        return rows;
    }

    private static Row row(String label, String value) {
        return new Row(label, value, List.of());
    }
}
