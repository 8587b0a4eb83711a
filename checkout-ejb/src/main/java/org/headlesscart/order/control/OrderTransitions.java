package org.headlesscart.order.control;

import static org.headlesscart.order.model.OrderStatus.CANCELLED;
import static org.headlesscart.order.model.OrderStatus.COMPLETED;
import static org.headlesscart.order.model.OrderStatus.FAILED;
import static org.headlesscart.order.model.OrderStatus.ON_HOLD;
import static org.headlesscart.order.model.OrderStatus.PENDING;
import static org.headlesscart.order.model.OrderStatus.PROCESSING;
import static org.headlesscart.order.model.OrderStatus.REFUNDED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.headlesscart.order.model.OrderStatus;

/**
 * Which status an order may move to from which (docs/orders.md "Statuses"), and what the stock and the coupon uses
 * of an order in a status are. WooCommerce's admin lets any status follow any other; ours refuses the moves that
 * make no sense for money or stock: nothing leaves {@code refunded}, an unpaid order cannot be refunded, a completed
 * order is refunded rather than cancelled.
 */
public final class OrderTransitions {

    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.of(
            PENDING, EnumSet.of(PROCESSING, ON_HOLD, COMPLETED, CANCELLED, FAILED),
            FAILED, EnumSet.of(PENDING, PROCESSING, ON_HOLD, COMPLETED, CANCELLED),
            ON_HOLD, EnumSet.of(PENDING, PROCESSING, COMPLETED, CANCELLED, FAILED, REFUNDED),
            PROCESSING, EnumSet.of(ON_HOLD, COMPLETED, CANCELLED, REFUNDED),
            COMPLETED, EnumSet.of(PROCESSING, REFUNDED),
            CANCELLED, EnumSet.of(PROCESSING, ON_HOLD, COMPLETED),
            REFUNDED, EnumSet.noneOf(OrderStatus.class));

    /** What an order in a status has of the store's stock and coupons. */
    public enum Holding {
        /** Stock held while unpaid (until the hold runs out), coupon uses counted. */
        HELD,
        /** Stock sold, coupon uses counted. */
        SOLD,
        /** Nothing: stock given back, coupon uses taken back. */
        NOTHING,
        /** Whatever it had: refunds restock through their own route. */
        UNCHANGED
    }

    private OrderTransitions() {
    }

    public static boolean allowed(OrderStatus from, OrderStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** The statuses a {@code payment_complete} may start from: a late payment revives a cancelled order. */
    public static boolean payable(OrderStatus from) {
        return from == PENDING || from == FAILED || from == ON_HOLD || from == CANCELLED;
    }

    /** What an order that entered {@code status} holds (WooCommerce reduces stock on on-hold too). */
    public static Holding holding(OrderStatus status) {
        return switch (status) {
            case PENDING -> Holding.HELD;
            case PROCESSING, ON_HOLD, COMPLETED -> Holding.SOLD;
            case FAILED, CANCELLED -> Holding.NOTHING;
            case REFUNDED -> Holding.UNCHANGED;
        };
    }
}
