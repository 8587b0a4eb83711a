package org.headlesscart.order.control;

import java.time.Instant;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.entity.OrderNote;
import org.headlesscart.order.entity.OrderStatusChange;
import org.headlesscart.order.model.OrderStatus;

/** An order's status history and the notes that go with it, in the caller's transaction. */
@Dependent
public class OrderHistory {

    @PersistenceContext(unitName = "checkout")
    EntityManager em;

    /**
     * Writes the step to {@code order_status_change} and a private note worded as WooCommerce's
     * ({@code "<note> Order status changed from Pending payment to Cancelled."}).
     */
    public void statusChanged(CustomerOrder order, OrderStatus from, OrderStatus to, String actor, String note,
            Instant now) {
        OrderStatusChange change = new OrderStatusChange();
        change.setOrderId(order.getId());
        change.setFromStatus(from == null ? null : from.wire());
        change.setToStatus(to.wire());
        change.setActor(actor);
        change.setChangedAt(now);
        em.persist(change);
        String text = "Order status changed from %s to %s.".formatted(from == null ? "" : from.label(), to.label());
        note(order, note == null || note.isBlank() ? text : note.strip() + " " + text, actor, now);
    }

    /** A private note on the order. */
    public void note(CustomerOrder order, String text, String actor, Instant now) {
        OrderNote note = new OrderNote();
        note.setOrderId(order.getId());
        note.setNote(text);
        note.setCustomerNote(false);
        note.setAddedByUser(false);
        note.setAuthor(actor);
        note.setCreatedAt(now);
        em.persist(note);
    }
}
