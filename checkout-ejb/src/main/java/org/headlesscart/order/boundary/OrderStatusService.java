package org.headlesscart.order.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.catalog.boundary.CatalogRevisionService;
import org.headlesscart.catalog.boundary.StockService;
import org.headlesscart.order.control.HoldTime;
import org.headlesscart.order.control.OrderHistory;
import org.headlesscart.order.control.OrderHoldings;
import org.headlesscart.order.control.OrderStore;
import org.headlesscart.order.control.OrderTransitions;
import org.headlesscart.order.control.OrderTransitions.Holding;
import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.model.OrderEvent;
import org.headlesscart.order.model.OrderStatus;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.pricing.boundary.CouponUsageLimitReached;
import org.headlesscart.pricing.boundary.CouponUsageService;
import org.headlesscart.pricing.model.CouponUse;

/**
 * How orders move between statuses and what moves with them (COCART-PLUS §4.2, §4.3; docs/orders.md): stock held,
 * sold and given back, coupon usage counted and taken back, the status history and a note written, and
 * {@link OrderEvent} fired. Each method locks the order row first and runs in the caller's transaction or a new one.
 * Locks are taken in one order everywhere: order rows, then coupons (id order), then products (StockService, id
 * order), then the catalog revision (bumped by StockService when a stock status changes, and here last when a
 * coupon's usage limit becomes used up or free again), as the admin's edits take them (a coupon or a product,
 * then the revision): no deadlock between them.
 */
@Stateless
public class OrderStatusService {

    /** Who the timer's and the payments' changes are recorded as. */
    public static final String SYSTEM = "system";

    private static final int ACTOR_LENGTH = 100;

    @Inject
    OrderStore orders;

    @Inject
    OrderHoldings holdings;

    @Inject
    OrderHistory history;

    @Inject
    StockService stock;

    @Inject
    CouponUsageService couponUsage;

    @Inject
    CatalogRevisionService revisions;

    @Inject
    Event<OrderEvent> events;

    @Inject
    @ConfigProperty(name = "headlesscart.order.hold-stock-minutes")
    int holdMinutes;

    @Inject
    @ConfigProperty(name = "headlesscart.order.hold-stock-seconds")
    Optional<Integer> holdSeconds;

    Clock clock = Clock.systemUTC();

    /**
     * Takes the order's managed stock and holds it while the order is unpaid, until now +
     * {@code headlesscart.order.hold-stock-minutes}, and counts its coupon uses, refusing a coupon whose usage limit
     * is used up. For an order being placed, and for an unpaid one paid for again (a failed order's units went
     * back). The status stays as it is; nothing is taken twice.
     *
     * @throws org.headlesscart.catalog.boundary.StockShortage when a product has too few units; nothing is taken
     * @throws OrderException ORDER_NOT_FOUND; INVALID_STATUS_CHANGE when the order is not pending or failed;
     *                        COUPON_USAGE_LIMIT (data {@code coupon}) when a coupon's limit is used up
     */
    public OrderView holdStock(long orderId) {
        CustomerOrder order = lock(orderId);
        OrderStatus status = status(order);
        if (!status.awaitsPayment()) {
            throw OrderFailure.INVALID_STATUS_CHANGE.exception(status.wire(), OrderStatus.PENDING.wire());
        }
        Instant now = clock.instant();
        hold(order, Holding.HELD, true, now);
        order.setUpdatedAt(now);
        return orders.view(order);
    }

    /**
     * WooCommerce's {@code payment_complete}: the order moves to {@code status} (processing, on-hold or completed),
     * the transaction id is set, and the date paid unless the money is still to come (on-hold); held stock becomes
     * sold (taken now if it had been released), coupon usage is counted if it was not. Pending, failed, on-hold and
     * cancelled orders (a late payment) may complete a payment.
     *
     * @throws org.headlesscart.catalog.boundary.StockShortage when released stock can no longer be taken
     * @throws OrderException ORDER_NOT_FOUND; INVALID_STATUS_CHANGE for another status or target
     */
    public OrderView paymentComplete(long orderId, OrderStatus status, String transactionId) {
        CustomerOrder order = lock(orderId);
        OrderStatus from = status(order);
        if (!OrderTransitions.payable(from) || OrderTransitions.holding(status) != Holding.SOLD || from == status) {
            throw OrderFailure.INVALID_STATUS_CHANGE.exception(from.wire(), status.wire());
        }
        if (transactionId != null && !transactionId.isBlank()) {
            order.setTransactionId(transactionId);
        }
        String note = transactionId == null || transactionId.isBlank() ? "Payment complete."
                : "Payment complete (Transaction ID: " + transactionId + ").";
        return move(order, from, status, SYSTEM, note, clock.instant());
    }

    /**
     * A declined payment: the order moves to {@code failed}, its stock goes back and its coupon uses are taken
     * back; a note says why. A failed order paid for again and declined again stays failed and gives back what
     * {@link #holdStock} took.
     *
     * @throws OrderException ORDER_NOT_FOUND; INVALID_STATUS_CHANGE unless pending, on-hold or failed
     */
    public OrderView paymentFailed(long orderId, String reason) {
        CustomerOrder order = lock(orderId);
        OrderStatus from = status(order);
        String note = reason == null || reason.isBlank() ? "Payment failed." : "Payment failed: " + reason.strip();
        Instant now = clock.instant();
        if (from == OrderStatus.FAILED) {
            hold(order, Holding.NOTHING, false, now);
            order.setUpdatedAt(now);
            history.note(order, note, SYSTEM, now);
            return orders.view(order);
        }
        if (!OrderTransitions.allowed(from, OrderStatus.FAILED)) {
            throw OrderFailure.INVALID_STATUS_CHANGE.exception(from.wire(), OrderStatus.FAILED.wire());
        }
        return move(order, from, OrderStatus.FAILED, SYSTEM, note, now);
    }

    /**
     * A status change by staff or by the customer (cancel), with WooCommerce's effects: cancelled and failed give
     * stock and coupon uses back; processing, on-hold and completed sell the stock, taking it again for a reopened
     * order; pending holds it again for the hold time; refunded moves nothing (refunds restock on their own).
     * Processing and completed set the date paid if unset, completed the date completed. The same status again
     * changes nothing.
     *
     * @param actor who asks, recorded in the history and the note ({@code customer}, {@code user:1}, …)
     * @param note  added before WooCommerce's "Order status changed from … to …." (may be null)
     * @throws org.headlesscart.catalog.boundary.StockShortage when a reopened order's stock cannot be taken again
     * @throws OrderException ORDER_NOT_FOUND; INVALID_STATUS_CHANGE when the transition is not allowed
     */
    public OrderView changeStatus(long orderId, OrderStatus to, String actor, String note) {
        CustomerOrder order = lock(orderId);
        OrderStatus from = status(order);
        if (from == to) {
            return orders.view(order);
        }
        if (!OrderTransitions.allowed(from, to)) {
            throw OrderFailure.INVALID_STATUS_CHANGE.exception(from.wire(), to.wire());
        }
        return move(order, from, to, actor(actor), note, clock.instant());
    }

    /**
     * Cancels up to {@code limit} unpaid orders whose hold ran out, giving their stock and coupon uses back, in one
     * transaction; how many. Orders another transaction holds are skipped, so parallel servers share the work.
     */
    public int releaseExpiredHolds(int limit) {
        Instant now = clock.instant();
        List<CustomerOrder> expired = new ArrayList<>();
        for (CustomerOrder order : holdings.claimExpiredHolds(now, limit)) {
            // Re-checked under the lock: without SKIP LOCKED support the claim may have waited for a payment.
            if (status(order).awaitsPayment() && order.getHoldUntil() != null && order.getHoldUntil().isBefore(now)) {
                expired.add(order);
            }
        }
        Map<Long, Integer> units = new TreeMap<>();
        List<CouponUse> uses = new ArrayList<>();
        for (CustomerOrder order : expired) {
            holdings.release(order).forEach((product, quantity) -> units.merge(product, quantity, Integer::sum));
            if (order.isCouponsCounted()) {
                uses.addAll(holdings.couponUses(order));
                order.setCouponsCounted(false);
            }
            order.setHoldUntil(null);
        }
        // One call each for the whole batch: coupons and products locked once, in id order, as a checkout locks
        // them (no deadlock with one taking the same ones).
        boolean bump = !uses.isEmpty() && couponUsage.release(uses);
        if (!units.isEmpty()) {
            stock.restore(units);
        }
        if (bump) {
            revisions.bump();
        }
        for (CustomerOrder order : expired) {
            OrderStatus from = status(order);
            enter(order, from, OrderStatus.CANCELLED, SYSTEM, "Unpaid order cancelled - time limit reached.", now);
        }
        return expired.size();
    }

    private OrderView move(CustomerOrder order, OrderStatus from, OrderStatus to, String actor, String note,
            Instant now) {
        hold(order, OrderTransitions.holding(to), false, now);
        return enter(order, from, to, actor, note, now);
    }

    /** The status change itself, once the stock and coupons have moved: dates, history, note, event. */
    private OrderView enter(CustomerOrder order, OrderStatus from, OrderStatus to, String actor, String note,
            Instant now) {
        order.setStatus(to.wire());
        if (to.isPaid() && order.getPaidAt() == null) {
            order.setPaidAt(now);
        }
        if (to == OrderStatus.COMPLETED) {
            order.setCompletedAt(now);
        }
        order.setUpdatedAt(now);
        history.statusChanged(order, from, to, actor, note, now);
        OrderView view = orders.view(order);
        events.fire(new OrderEvent(view, from, to));
        return view;
    }

    /** Brings the order's stock and coupon uses to what {@code holding} says: coupons first (see the class). */
    private void hold(CustomerOrder order, Holding holding, boolean enforceCouponLimits, Instant now) {
        boolean bump = false;
        switch (holding) {
            case HELD, SOLD -> {
                if (!order.isCouponsCounted()) {
                    List<CouponUse> uses = holdings.couponUses(order);
                    bump = !uses.isEmpty() && count(uses, enforceCouponLimits);
                    order.setCouponsCounted(true);
                }
                holdings.take(order, holding == Holding.HELD ? "held" : "reduced");
                order.setHoldUntil(holding == Holding.HELD ? holdEnd(now) : null);
            }
            case NOTHING -> {
                if (order.isCouponsCounted()) {
                    List<CouponUse> uses = holdings.couponUses(order);
                    bump = !uses.isEmpty() && couponUsage.release(uses);
                    order.setCouponsCounted(false);
                }
                Map<Long, Integer> units = holdings.release(order);
                if (!units.isEmpty()) {
                    stock.restore(units);
                }
                order.setHoldUntil(null);
            }
            case UNCHANGED -> order.setHoldUntil(null);
        }
        if (bump) {
            revisions.bump();
        }
    }

    private boolean count(List<CouponUse> uses, boolean enforceLimits) {
        try {
            return couponUsage.record(uses, enforceLimits);
        } catch (CouponUsageLimitReached e) {
            throw new OrderException(OrderFailure.COUPON_USAGE_LIMIT,
                    OrderFailure.COUPON_USAGE_LIMIT.message().formatted(e.code()), Map.of("coupon", e.code()));
        }
    }

    private Instant holdEnd(Instant now) {
        return HoldTime.of(holdMinutes, holdSeconds).map(now::plus).orElse(null);
    }

    private CustomerOrder lock(long orderId) {
        return orders.lock(orderId).orElseThrow(() -> OrderFailure.ORDER_NOT_FOUND.exception());
    }

    private static OrderStatus status(CustomerOrder order) {
        return OrderStatus.of(order.getStatus())
                .orElseThrow(() -> new IllegalStateException("Unknown status of order " + order.getId()));
    }

    private static String actor(String actor) {
        String name = actor == null || actor.isBlank() ? SYSTEM : actor.strip();
        return name.length() > ACTOR_LENGTH ? name.substring(0, ACTOR_LENGTH) : name;
    }
}
