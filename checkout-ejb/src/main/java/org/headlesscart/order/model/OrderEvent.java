package org.headlesscart.order.model;

/**
 * Fired (CDI) in the transaction that placed an order or changed its status; observers that talk to the outside
 * world (e-mails, later webhooks) observe it {@code AFTER_SUCCESS}, so nothing is sent for a change that rolled back.
 *
 * @param from the status before, null when the order was just placed
 * @param to   the status now
 */
public record OrderEvent(OrderView order, OrderStatus from, OrderStatus to) {

    /** Whether this event is the order being placed. */
    public boolean placed() {
        return from == null;
    }
}
