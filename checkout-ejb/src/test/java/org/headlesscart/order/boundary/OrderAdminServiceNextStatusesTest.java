package org.headlesscart.order.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.headlesscart.order.model.OrderStatus.CANCELLED;
import static org.headlesscart.order.model.OrderStatus.COMPLETED;
import static org.headlesscart.order.model.OrderStatus.ON_HOLD;
import static org.headlesscart.order.model.OrderStatus.PROCESSING;
import static org.headlesscart.order.model.OrderStatus.REFUNDED;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The moves the console offers for an order: the lifecycle's, in WooCommerce's order of statuses. */
class OrderAdminServiceNextStatusesTest {

    private final OrderAdminService service = new OrderAdminService();

    @Test
    void aProcessingOrderMayBeHeldCompletedCancelledOrRefunded() {
        assertEquals(List.of(ON_HOLD, COMPLETED, CANCELLED, REFUNDED), service.nextStatuses(PROCESSING));
    }

    @Test
    void aCompletedOrderMayOnlyBeReopenedOrRefunded() {
        assertEquals(List.of(PROCESSING, REFUNDED), service.nextStatuses(COMPLETED));
    }

    @Test
    void nothingLeavesRefunded() {
        assertEquals(List.of(), service.nextStatuses(REFUNDED));
    }
}
