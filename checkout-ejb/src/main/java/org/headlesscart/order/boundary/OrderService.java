package org.headlesscart.order.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.headlesscart.cart.model.CheckoutCart;
import org.headlesscart.order.control.CartOrders;
import org.headlesscart.order.control.OrderKeys;
import org.headlesscart.order.control.OrderStore;
import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.entity.OrderLine;
import org.headlesscart.order.model.OrderEvent;
import org.headlesscart.order.model.OrderPlacement;
import org.headlesscart.order.model.OrderStatus;
import org.headlesscart.order.model.OrderView;

/**
 * Orders placed from carts (COCART-PLUS §4.1 draft reuse, §4.4), and found by id or key. Placing runs in checkout's
 * transaction, which holds the cart's lock: two checkouts of one cart cannot place two orders side by side.
 */
@Stateless
public class OrderService {

    @Inject
    OrderStore store;

    @Inject
    Event<OrderEvent> events;

    /** An order placed from a cart: new, or an unpaid one of the same cart and cart hash used again. */
    public record Placed(OrderView order, boolean reused) {
    }

    /**
     * The order for the cart: an unpaid ({@code pending} or {@code failed}) order placed from the same cart with the
     * same cart hash is used again with the placement's addresses, payment method and note (a retry after a failed
     * payment, a double click, a {@code requires_action} round trip); else a new {@code pending} order with the
     * cart's lines and totals, and {@link OrderEvent} fired for it. Stock is not touched here.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Placed place(CheckoutCart cart, OrderPlacement placement) {
        Instant now = Instant.now();
        Optional<CustomerOrder> reusable = reusable(placement.cartKey(), cart.hash());
        if (reusable.isPresent()) {
            CustomerOrder order = reusable.get();
            CartOrders.fill(order, cart, placement, now);
            store.flush();
            return new Placed(store.view(order), true);
        }
        CustomerOrder order = new CustomerOrder();
        order.setOrderKey(OrderKeys.next());
        order.setStatus(OrderStatus.PENDING.wire());
        order.setCreatedVia("checkout");
        order.setStockState("none");
        order.setTransactionId("");     // NOT NULL: Hibernate writes every column, the table's defaults do not apply
        order.setCreatedAt(now);
        CartOrders.fill(order, cart, placement, now);
        store.persist(order);
        store.flush();
        List<OrderLine> lines = CartOrders.lines(order.getId(), cart);
        store.persistLines(order.getId(), lines);
        store.flush();
        OrderView view = store.view(order);
        events.fire(new OrderEvent(view, null, view.status()));
        return new Placed(view, false);
    }

    /** The order by id; empty when there is none. */
    public Optional<OrderView> find(long id) {
        return store.view(id);
    }

    /** The order by its key ({@code wc_order_…}); empty when there is none. */
    public Optional<OrderView> findByKey(String orderKey) {
        if (orderKey == null || orderKey.isEmpty() || orderKey.length() > 32) {
            return Optional.empty();
        }
        return store.em().createNamedQuery(CustomerOrder.BY_KEY, CustomerOrder.class).setParameter("key", orderKey)
                .getResultStream().findFirst().map(store::view);
    }

    private Optional<CustomerOrder> reusable(String cartKey, String hash) {
        if (cartKey == null || hash == null) {
            return Optional.empty();
        }
        Optional<CustomerOrder> found = store.em().createNamedQuery(CustomerOrder.REUSABLE_FOR_CART,
                CustomerOrder.class).setParameter("cartKey", cartKey).setMaxResults(1).getResultStream().findFirst()
                .filter(o -> hash.equals(o.getCartHash()));
        // Locked and read again (after the cart row, as every path does): the hold timer may be cancelling it right
        // now, and an order that is no longer unpaid is not used again.
        found.ifPresent(o -> store.em().refresh(o, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
        return found.filter(o -> org.headlesscart.order.model.OrderStatus.of(o.getStatus())
                .map(org.headlesscart.order.model.OrderStatus::awaitsPayment).orElse(false));
    }
}
