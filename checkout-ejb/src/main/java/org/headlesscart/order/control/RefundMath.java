package org.headlesscart.order.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.headlesscart.order.boundary.OrderFailure;
import org.headlesscart.order.model.RefundView;

/**
 * What a refund may take, as WooCommerce's {@code wc_create_refund} checks it: never more than is left to refund
 * of the order's total, never more units of a line than it has left, no negative amount. Minor units; pure.
 */
public final class RefundMath {

    private RefundMath() {
    }

    /** A product line as far as refunds are concerned. */
    public record LineState(long lineId, int quantity, int refundedQuantity) {
    }

    /** A line of the request, in minor units. */
    public record Asked(long lineId, int quantity, long total, long tax) {
    }

    /**
     * The refund that will be written.
     *
     * @param full the order has nothing left to refund afterwards (WooCommerce then marks it refunded)
     */
    public record Refund(long amount, List<RefundView.Line> lines, boolean full) {
    }

    /**
     * @param amount null when the request gives none: the sum of the lines' totals and taxes
     * @throws org.headlesscart.order.boundary.OrderException REFUND_NEGATIVE, REFUND_INVALID_LINE or
     *         REFUND_INVALID_AMOUNT
     */
    public static Refund of(long orderTotal, long alreadyRefunded, Map<Long, LineState> lines, List<Asked> asked,
            Long amount) {
        if (amount != null && amount < 0) {
            throw OrderFailure.REFUND_NEGATIVE.exception();
        }
        List<RefundView.Line> refunded = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        long linesSum = 0;
        int units = 0;
        for (Asked a : asked) {
            LineState line = lines.get(a.lineId());
            if (line == null || !seen.add(a.lineId())) {
                throw OrderFailure.REFUND_INVALID_LINE.exception(a.lineId());
            }
            if (a.quantity() < 0 || a.total() < 0 || a.tax() < 0
                    || a.quantity() > line.quantity() - line.refundedQuantity()) {
                throw OrderFailure.REFUND_INVALID_AMOUNT.exception();
            }
            if (a.quantity() == 0 && a.total() == 0 && a.tax() == 0) {
                continue;
            }
            linesSum = Math.addExact(linesSum, Math.addExact(a.total(), a.tax()));
            units += a.quantity();
            refunded.add(new RefundView.Line(a.lineId(), a.quantity(), a.total(), a.tax()));
        }
        long refund = amount != null ? amount : linesSum;
        long remaining = orderTotal - alreadyRefunded;
        if (refund > remaining || refund == 0 && units == 0) {
            throw OrderFailure.REFUND_INVALID_AMOUNT.exception();
        }
        return new Refund(refund, refunded, refund == remaining && orderTotal > 0);
    }
}
