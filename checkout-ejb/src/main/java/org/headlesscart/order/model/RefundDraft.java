package org.headlesscart.order.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A refund staff ask for ({@code wc/v3/orders/{id}/refunds}). Amounts in the store currency's major units.
 *
 * @param amount     the money to give back; null for the sum of the lines' refund totals and taxes
 * @param apiRefund  give the money back through the payment gateway too (else a manual refund)
 * @param restock    put the refunded quantities back in stock
 */
public record RefundDraft(BigDecimal amount, String reason, List<Line> lines, boolean apiRefund, boolean restock,
        long refundedBy) {

    public RefundDraft {
        lines = List.copyOf(lines);
    }

    /** Part of a product line refunded: units and/or money, each default 0. */
    public record Line(long lineId, int quantity, BigDecimal refundTotal, BigDecimal refundTax) {
    }
}
