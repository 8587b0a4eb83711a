package org.headlesscart.order.model;

import java.time.Instant;
import java.util.List;

/**
 * A refund of an order. Money in minor units, positive (the wire writes refunds negative, as WooCommerce).
 *
 * @param refundedPayment the gateway gave the money back too
 */
public record RefundView(long id, long orderId, Instant createdAt, long amount, String reason, long refundedBy,
        boolean refundedPayment, boolean restocked, List<Line> lines) {

    public RefundView {
        lines = List.copyOf(lines);
    }

    /** What a refund took from one product line. */
    public record Line(long lineId, int quantity, long total, long totalTax) {
    }
}
