package org.headlesscart.order.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.entity.OrderLine;
import org.headlesscart.order.model.OrderView;

/** Orders in the database, in the caller's transaction. */
@Dependent
public class OrderStore {

    @PersistenceContext(unitName = "checkout")
    EntityManager em;

    public Optional<CustomerOrder> find(long id) {
        return Optional.ofNullable(em.find(CustomerOrder.class, id));
    }

    /** The order row locked for a status change ({@code SELECT … FOR UPDATE}): changes of one order serialize. */
    public Optional<CustomerOrder> lock(long id) {
        return Optional.ofNullable(em.find(CustomerOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<OrderLine> lines(long orderId) {
        return em.createNamedQuery(OrderLine.OF_ORDER, OrderLine.class).setParameter("orderId", orderId)
                .getResultList();
    }

    /** The order as a view, with its lines; two statements. */
    public Optional<OrderView> view(long id) {
        return find(id).map(this::view);
    }

    public OrderView view(CustomerOrder order) {
        return OrderViews.of(order, lines(order.getId()));
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public EntityManager em() {
        return em;
    }
}
