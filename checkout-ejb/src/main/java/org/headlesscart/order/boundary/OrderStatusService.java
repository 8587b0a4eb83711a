package org.headlesscart.order.boundary;

import jakarta.ejb.Stateless;

import org.headlesscart.order.model.OrderStatus;
import org.headlesscart.order.model.OrderView;

/**
 * How orders move between statuses and what moves with them (COCART-PLUS §4.2, §4.3): stock held, sold and given
 * back, coupon usage counted, the status history written and {@link org.headlesscart.order.model.OrderEvent} fired.
 * Each method locks the order row first and runs in the caller's transaction or a new one.
 */
@Stateless
public class OrderStatusService {

    /**
     * Takes the order's managed stock and holds it while the order is unpaid, until now +
     * {@code headlesscart.order.hold-stock-minutes}.
     *
     * @throws org.headlesscart.catalog.boundary.StockShortage when a product has too few units; nothing is taken
     */
    public OrderView holdStock(long orderId) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * WooCommerce's {@code payment_complete}: the order moves to {@code status} (processing, on-hold or completed),
     * the date paid and transaction id are set, held stock becomes sold (taken now if it had been released), coupon
     * usage is counted.
     *
     * @throws org.headlesscart.catalog.boundary.StockShortage when released stock can no longer be taken
     */
    public OrderView paymentComplete(long orderId, OrderStatus status, String transactionId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A declined payment: the order moves to {@code failed} and its held stock goes back; a note says why. */
    public OrderView paymentFailed(long orderId, String reason) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * A status change by staff or by the customer (cancel): stock given back on cancelled, taken again when a
     * cancelled order is reopened, as WooCommerce does; a note records who did it.
     *
     * @throws OrderException INVALID_STATUS_CHANGE when the transition is not allowed
     */
    public OrderView changeStatus(long orderId, OrderStatus to, String actor, String note) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Cancels up to {@code limit} unpaid orders whose hold ran out, giving their stock back; how many. */
    public int releaseExpiredHolds(int limit) {
        throw new UnsupportedOperationException("not yet");
    }
}
