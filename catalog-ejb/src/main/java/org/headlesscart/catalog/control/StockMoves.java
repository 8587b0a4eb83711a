package org.headlesscart.catalog.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.model.StockRequest;

/**
 * Stock counters moved by orders, in the caller's transaction: the rows locked ({@code SELECT … FOR UPDATE}) in id
 * order in one statement, so that orders of the same products queue instead of deadlocking and no two orders can
 * both take the last unit; {@link StockPlan} decides; each changed counter is written with one statement.
 *
 * <p>Kept product and cart answers are per catalog revision. A move that changes a product's stock status (in stock,
 * out of stock, on backorder) bumps the revision, so no kept answer offers a sold-out product; a move that only
 * changes the quantity does not, because every checkout would otherwise renew every kept answer of the store and
 * queue on the revision row. Quantities in kept answers therefore lag until the next catalog change; checkout
 * always counts under the lock (docs/orders.md, Stock).
 */
@Dependent
public class StockMoves {

    private static final Logger LOG = System.getLogger(StockMoves.class.getName());

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    ProductStore products;

    /** WooCommerce's {@code woocommerce_notify_low_stock_amount}: a product without its own threshold uses it. */
    @Inject
    @ConfigProperty(name = "headlesscart.catalog.low-stock-amount", defaultValue = "2")
    int lowStockAmount;

    /** The take made, or the shortage that prevents it (then nothing is written; the rows stay locked). */
    public StockPlan.Take take(List<StockRequest> requests) {
        if (requests.isEmpty()) {
            return new StockPlan.Take(List.of(), null);
        }
        Map<Long, Long> parents = parents(requests.stream().map(StockRequest::purchasableId).distinct().toList());
        StockPlan.Take take = StockPlan.take(requests, lock(StockPlan.idsToLock(parents)));
        if (take.possible()) {
            write(take.changes());
        }
        return take;
    }

    public void restore(Map<Long, Integer> units) {
        if (units.isEmpty()) {
            return;
        }
        write(StockPlan.restore(units, lock(units.keySet().stream().sorted().toList())));
    }

    private Map<Long, Long> parents(List<Long> ids) {
        Map<Long, Long> parents = new LinkedHashMap<>();
        for (Object row : em.createNamedQuery(Product.STOCK_PARENTS).setParameter("ids", ids).getResultList()) {
            Object[] cells = (Object[]) row;
            parents.put(number(cells[0]), cells[1] == null ? 0L : number(cells[1]));
        }
        return parents;
    }

    private Map<Long, StockPlan.Row> lock(Collection<Long> ids) {
        Map<Long, StockPlan.Row> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        for (Object row : em.createNamedQuery(Product.STOCK_FOR_UPDATE).setParameter("ids", ids).getResultList()) {
            Object[] c = (Object[]) row;
            long id = number(c[0]);
            rows.put(id, new StockPlan.Row(id, c[1] == null ? 0 : number(c[1]), bool(c[2]),
                    c[3] == null ? null : (int) number(c[3]), (String) c[4],
                    c[5] == null ? null : (int) number(c[5]), (String) c[6], (String) c[7]));
        }
        return rows;
    }

    private void write(List<StockPlan.Change> changes) {
        boolean statusChanged = false;
        for (StockPlan.Change change : changes) {
            em.createNamedQuery(Product.STOCK_SET).setParameter("quantity", change.quantity())
                    .setParameter("status", change.status()).setParameter("id", change.id()).executeUpdate();
            statusChanged |= change.statusChanged();
            int threshold = change.lowStockAmount() != null ? change.lowStockAmount() : lowStockAmount;
            if (change.quantity() <= threshold && change.quantity() + change.moved() > threshold) {
                LOG.log(Level.INFO, "Product {0} is low in stock: {1} left", String.valueOf(change.id()),
                        String.valueOf(change.quantity()));
            }
        }
        if (statusChanged) {
            products.bumpRevision(Instant.now());
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
