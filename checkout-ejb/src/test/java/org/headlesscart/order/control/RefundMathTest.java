package org.headlesscart.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.headlesscart.order.boundary.OrderException;
import org.headlesscart.order.boundary.OrderFailure;
import org.headlesscart.order.model.RefundView;
import org.junit.jupiter.api.Test;

class RefundMathTest {

    private static final Map<Long, RefundMath.LineState> LINES = Map.of(
            7L, new RefundMath.LineState(7, 3, 1), 8L, new RefundMath.LineState(8, 1, 0));

    @Test
    void withoutAnAmountTheLinesTotalsAndTaxesAreRefunded() {
        RefundMath.Refund refund = RefundMath.of(5000, 0, LINES,
                List.of(new RefundMath.Asked(7, 2, 1800, 360)), null);
        assertEquals(2160, refund.amount());
        assertEquals(List.of(new RefundView.Line(7, 2, 1800, 360)), refund.lines());
        assertFalse(refund.full());
    }

    @Test
    void anAmountWinsOverTheLinesAndRefundingAllThatIsLeftIsFull() {
        RefundMath.Refund refund = RefundMath.of(5000, 1000, LINES, List.of(new RefundMath.Asked(8, 1, 0, 0)), 4000L);
        assertEquals(4000, refund.amount());
        assertTrue(refund.full());
    }

    @Test
    void moreThanIsLeftIsAnInvalidAmount() {
        assertFailure(OrderFailure.REFUND_INVALID_AMOUNT, () -> RefundMath.of(5000, 1000, LINES, List.of(), 4001L));
        assertFailure(OrderFailure.REFUND_INVALID_AMOUNT, () -> RefundMath.of(5000, 0, LINES,
                List.of(new RefundMath.Asked(7, 0, 5000, 1)), null));
    }

    @Test
    void moreUnitsThanALineHasLeftUnknownLinesNegativesAndNothingAreRefused() {
        assertFailure(OrderFailure.REFUND_INVALID_AMOUNT, () -> RefundMath.of(5000, 0, LINES,
                List.of(new RefundMath.Asked(7, 3, 0, 0)), null));
        assertFailure(OrderFailure.REFUND_INVALID_LINE, () -> RefundMath.of(5000, 0, LINES,
                List.of(new RefundMath.Asked(9, 1, 0, 0)), null));
        assertFailure(OrderFailure.REFUND_INVALID_AMOUNT, () -> RefundMath.of(5000, 0, LINES,
                List.of(new RefundMath.Asked(7, -1, 0, 0)), null));
        assertFailure(OrderFailure.REFUND_NEGATIVE, () -> RefundMath.of(5000, 0, LINES, List.of(), -1L));
        assertFailure(OrderFailure.REFUND_INVALID_AMOUNT, () -> RefundMath.of(5000, 0, LINES, List.of(), 0L));
    }

    @Test
    void aRestockOnlyRefundOfNoMoneyIsAllowed() {
        RefundMath.Refund refund = RefundMath.of(5000, 0, LINES, List.of(new RefundMath.Asked(8, 1, 0, 0)), null);
        assertEquals(0, refund.amount());
        assertEquals(1, refund.lines().size());
    }

    @Test
    void majorUnitsBecomeMinorUnitsHalfUp() {
        assertEquals(3600, AdminOrderPricing.minor(new BigDecimal("36"), 2));
        assertEquals(1235, AdminOrderPricing.minor(new BigDecimal("12.345"), 2));
        assertEquals(12, AdminOrderPricing.minor(new BigDecimal("12.4"), 0));
        assertEquals("36.00", AdminOrderPricing.decimal(3600, 2));
    }

    private static void assertFailure(OrderFailure failure, Runnable call) {
        assertEquals(failure, assertThrows(OrderException.class, call::run).failure());
    }
}
