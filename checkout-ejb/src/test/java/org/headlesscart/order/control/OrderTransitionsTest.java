package org.headlesscart.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.headlesscart.order.model.OrderStatus.CANCELLED;
import static org.headlesscart.order.model.OrderStatus.COMPLETED;
import static org.headlesscart.order.model.OrderStatus.FAILED;
import static org.headlesscart.order.model.OrderStatus.ON_HOLD;
import static org.headlesscart.order.model.OrderStatus.PENDING;
import static org.headlesscart.order.model.OrderStatus.PROCESSING;
import static org.headlesscart.order.model.OrderStatus.REFUNDED;

import java.time.Duration;
import java.util.Optional;

import org.headlesscart.order.control.OrderTransitions.Holding;
import org.headlesscart.order.model.OrderStatus;
import org.junit.jupiter.api.Test;

class OrderTransitionsTest {

    @Test
    void unpaidAndPaidOrdersMayBeCancelledButNotCompletedOrRefundedOnes() {
        for (OrderStatus from : new OrderStatus[] {PENDING, FAILED, ON_HOLD, PROCESSING}) {
            assertTrue(OrderTransitions.allowed(from, CANCELLED), from.wire());
        }
        assertFalse(OrderTransitions.allowed(COMPLETED, CANCELLED));
        assertFalse(OrderTransitions.allowed(REFUNDED, CANCELLED));
    }

    @Test
    void aCancelledOrderReopensAsPaidOnly() {
        assertTrue(OrderTransitions.allowed(CANCELLED, PROCESSING));
        assertTrue(OrderTransitions.allowed(CANCELLED, ON_HOLD));
        assertTrue(OrderTransitions.allowed(CANCELLED, COMPLETED));
        assertFalse(OrderTransitions.allowed(CANCELLED, PENDING));
        assertFalse(OrderTransitions.allowed(CANCELLED, REFUNDED));
    }

    @Test
    void onlyPaidOrdersAreRefundedAndNothingLeavesRefunded() {
        assertTrue(OrderTransitions.allowed(PROCESSING, REFUNDED));
        assertTrue(OrderTransitions.allowed(COMPLETED, REFUNDED));
        assertFalse(OrderTransitions.allowed(PENDING, REFUNDED));
        assertFalse(OrderTransitions.allowed(FAILED, REFUNDED));
        for (OrderStatus to : OrderStatus.values()) {
            assertFalse(OrderTransitions.allowed(REFUNDED, to), to.wire());
        }
    }

    @Test
    void aLatePaymentRevivesACancelledOrderButNotACompletedOne() {
        assertTrue(OrderTransitions.payable(PENDING));
        assertTrue(OrderTransitions.payable(FAILED));
        assertTrue(OrderTransitions.payable(ON_HOLD));
        assertTrue(OrderTransitions.payable(CANCELLED));
        assertFalse(OrderTransitions.payable(PROCESSING));
        assertFalse(OrderTransitions.payable(COMPLETED));
        assertFalse(OrderTransitions.payable(REFUNDED));
    }

    @Test
    void whatEachStatusHolds() {
        assertEquals(Holding.HELD, OrderTransitions.holding(PENDING));
        assertEquals(Holding.SOLD, OrderTransitions.holding(PROCESSING));
        assertEquals(Holding.SOLD, OrderTransitions.holding(ON_HOLD));
        assertEquals(Holding.SOLD, OrderTransitions.holding(COMPLETED));
        assertEquals(Holding.NOTHING, OrderTransitions.holding(FAILED));
        assertEquals(Holding.NOTHING, OrderTransitions.holding(CANCELLED));
        assertEquals(Holding.UNCHANGED, OrderTransitions.holding(REFUNDED));
    }

    @Test
    void theHoldIsInMinutesUnlessSecondsAreSetAndZeroNeverRunsOut() {
        assertEquals(Optional.of(Duration.ofMinutes(60)), HoldTime.of(60, Optional.empty()));
        assertEquals(Optional.of(Duration.ofSeconds(3)), HoldTime.of(60, Optional.of(3)));
        assertEquals(Optional.empty(), HoldTime.of(0, Optional.empty()));
        assertEquals(Optional.empty(), HoldTime.of(60, Optional.of(0)));
    }
}
