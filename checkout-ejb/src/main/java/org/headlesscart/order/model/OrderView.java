package org.headlesscart.order.model;

import java.time.Instant;
import java.util.List;

/**
 * An order as every boundary hands it out: the routes render it (checkout, order-received, my-account, wc/v3/orders)
 * and the e-mails word it. Money in minor units of {@code currency}; times UTC.
 *
 * @param number        the order number customers see: the id unless a numbering rule is configured
 * @param customerId    0 for a guest
 * @param createdVia    {@code checkout} or {@code admin}
 * @param stockState    {@code none}, {@code held}, {@code reduced} or {@code released} (CustomerOrder)
 * @param holdUntil     while stock is held for the unpaid order, when the hold runs out; else null
 * @param version       the row's version, for staff edits that must not overwrite a change made meanwhile
 */
public record OrderView(long id, String number, String orderKey, OrderStatus status, String currency,
        boolean pricesIncludeTax, long customerId, String createdVia, String cartKey, String cartHash,
        OrderAddress billing, OrderAddress shipping, String paymentMethod, String paymentMethodTitle,
        String transactionId, String customerNote, String customerIp, String customerUserAgent, OrderTotals totals,
        List<OrderLines.Product> lines, List<OrderLines.Shipping> shippingLines, List<OrderLines.Fee> feeLines,
        List<OrderLines.Coupon> couponLines, List<OrderLines.Tax> taxLines, String stockState, Instant holdUntil,
        Instant createdAt, Instant updatedAt, Instant paidAt, Instant completedAt, int version) {

    /** WooCommerce's {@code needs_payment()}: an unpaid status and something to pay. */
    public boolean needsPayment() {
        return status.awaitsPayment() && totals.total() > 0;
    }

    /** Whether anything is shipped: a shipping line was chosen. */
    public boolean needsShipping() {
        return !shippingLines.isEmpty();
    }

    /** The number of units bought. */
    public int itemCount() {
        return lines.stream().mapToInt(OrderLines.Product::quantity).sum();
    }
}
