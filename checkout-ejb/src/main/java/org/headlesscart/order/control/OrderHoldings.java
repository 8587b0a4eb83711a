package org.headlesscart.order.control;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.catalog.boundary.StockService;
import org.headlesscart.catalog.model.StockRequest;
import org.headlesscart.catalog.model.StockTaken;
import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.entity.OrderLine;
import org.headlesscart.order.entity.OrderStock;
import org.headlesscart.pricing.model.CouponUse;

/**
 * What an order has of the store's stock ({@code order_stock}, {@code stock_state}) and which coupon uses it
 * counts, in the caller's transaction. {@code order_stock} lists the units the order has out of stock right now:
 * written when they are taken, emptied when they go back.
 */
@Dependent
public class OrderHoldings {

    /** Hibernate's lock timeout for {@code FOR UPDATE SKIP LOCKED} (LockOptions.SKIP_LOCKED). */
    private static final int SKIP_LOCKED = -2;

    @PersistenceContext(unitName = "checkout")
    EntityManager em;

    @Inject
    StockService stock;

    @Inject
    OrderStore orders;

    /**
     * Makes sure the order has its units out of stock, in {@code state} ({@code held} or {@code reduced}): taken
     * now unless it has them already. Lines take their quantity less what refunds gave back.
     *
     * @throws org.headlesscart.catalog.boundary.StockShortage when a product has too few units; nothing is taken
     */
    public void take(CustomerOrder order, String state) {
        if (hasStock(order)) {
            order.setStockState(state);
            return;
        }
        Map<Long, Integer> wanted = new TreeMap<>();
        for (OrderLine line : lines(order)) {
            int quantity = line.getQuantity() - line.getRefundedQuantity();
            if (quantity > 0) {
                wanted.merge(line.getVariationId() > 0 ? line.getVariationId() : line.getProductId(), quantity,
                        Integer::sum);
            }
        }
        List<StockTaken> taken = wanted.isEmpty() ? List.of()
                : stock.take(wanted.entrySet().stream().map(e -> new StockRequest(e.getKey(), e.getValue())).toList());
        Map<Long, Integer> byOwner = new LinkedHashMap<>();
        taken.forEach(t -> byOwner.merge(t.stockOwnerId(), t.quantity(), Integer::sum));
        byOwner.forEach((owner, quantity) -> em.persist(new OrderStock(order.getId(), owner, quantity)));
        order.setStockState(byOwner.isEmpty() ? "none" : state);
    }

    /**
     * Marks the order's units as given back and returns them (stock-owning product → units) for the caller to
     * restore, so that a batch of orders restores its products in one call, in id order.
     */
    public Map<Long, Integer> release(CustomerOrder order) {
        Map<Long, Integer> units = new TreeMap<>();
        if (!hasStock(order)) {
            return units;
        }
        for (OrderStock row : em.createNamedQuery(OrderStock.OF_ORDER, OrderStock.class)
                .setParameter("orderId", order.getId()).getResultList()) {
            units.merge(row.getProductId(), row.getQuantity(), Integer::sum);
            em.remove(row);
        }
        order.setStockState("released");
        return units;
    }

    /** One use per coupon line, by the order's customer (guests by billing e-mail). */
    public List<CouponUse> couponUses(CustomerOrder order) {
        return OrderJson.couponLines(order.getCouponLinesJson()).stream()
                .map(c -> new CouponUse(c.code(), order.getCustomerId(), order.getBillingEmail())).toList();
    }

    /**
     * Up to {@code limit} unpaid orders whose hold ran out before {@code now}, locked, oldest hold first. Rows
     * another transaction has locked (another server's timer, a payment under way) are skipped
     * ({@code FOR UPDATE SKIP LOCKED}), so two servers never release one order; the caller re-checks each order.
     */
    public List<CustomerOrder> claimExpiredHolds(Instant now, int limit) {
        return em.createNamedQuery(CustomerOrder.HOLDS_EXPIRED, CustomerOrder.class).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .setMaxResults(limit).getResultList();
    }

    private List<OrderLine> lines(CustomerOrder order) {
        return orders.lines(order.getId());
    }

    private static boolean hasStock(CustomerOrder order) {
        return "held".equals(order.getStockState()) || "reduced".equals(order.getStockState());
    }
}
