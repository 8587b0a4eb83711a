package org.headlesscart.order.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.entity.OrderLine;
import org.headlesscart.order.model.OrderView;

/** Orders in the database, in the caller's transaction. */
@Dependent
public class OrderStore {

    /** Prefix of the transaction-registry key under which an order's lines are kept for the transaction. */
    private static final String LINES = OrderStore.class.getName() + ".lines:";

    @PersistenceContext(unitName = "checkout")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public Optional<CustomerOrder> find(long id) {
        return Optional.ofNullable(em.find(CustomerOrder.class, id));
    }

    /** The order row locked for a status change ({@code SELECT … FOR UPDATE}): changes of one order serialize. */
    public Optional<CustomerOrder> lock(long id) {
        return Optional.ofNullable(em.find(CustomerOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The order's lines by position. Within a transaction they are read once and kept (they are managed entities,
     * so later changes show): a checkout views its order several times (placed, stock taken, paid), and an
     * order's lines are only ever written when it is made.
     */
    public List<OrderLine> lines(long orderId) {
        boolean inTransaction = transactions.getTransactionKey() != null;
        if (inTransaction && transactions.getResource(LINES + orderId) instanceof List<?> kept
                && kept.stream().allMatch(em::contains)) {
            @SuppressWarnings("unchecked")
            List<OrderLine> lines = (List<OrderLine>) kept;
            return lines;
        }
        List<OrderLine> lines = em.createNamedQuery(OrderLine.OF_ORDER, OrderLine.class)
                .setParameter("orderId", orderId).getResultList();
        if (inTransaction) {
            transactions.putResource(LINES + orderId, List.copyOf(lines));
        }
        return lines;
    }

    /** Persists the lines of an order made in this transaction and keeps them for {@link #lines}. */
    public void persistLines(long orderId, List<OrderLine> lines) {
        lines.forEach(em::persist);
        if (transactions.getTransactionKey() != null) {
            List<OrderLine> sorted = new ArrayList<>(lines);
            sorted.sort(Comparator.comparingInt(OrderLine::getPosition));
            transactions.putResource(LINES + orderId, List.copyOf(sorted));
        }
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
