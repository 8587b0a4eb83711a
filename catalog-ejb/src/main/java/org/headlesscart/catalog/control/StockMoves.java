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
import org.headlesscart.platform.outbox.Outbox;

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

    @Inject
    Outbox outbox;

    /** WooCommerce's {@code woocommerce_notify_low_stock_amount}: a product without its own threshold uses it. */
    @Inject
    @ConfigProperty(name = "headlesscart.catalog.low-stock-amount", defaultValue = "2")
    int lowStockAmount;

    /** The store's low-stock amount, for products without their own. */
    public int lowStockAmount() {
        return lowStockAmount;
    }

    /** The take made, or the shortage that prevents it (then nothing is written; the rows stay locked). */
    public StockPlan.Take take(List<StockRequest> requests) {
        if (requests.isEmpty()) {
            return new StockPlan.Take(List.of(), null);
        }
        // Only counters are locked: a product that counts no stock (most of a store, often) is read without a lock,
        // so checkouts of it never queue on its row. A product switched to counted stock between this read and the
        // lock is taken no units by this order; the next one counts.
        Map<Long, StockPlan.Row> rows = unlocked(requests.stream().map(StockRequest::purchasableId).distinct()
                .toList());
        rows.putAll(lock(StockPlan.countersOf(rows.values())));
        StockPlan.Take take = StockPlan.take(requests, rows);
        if (take.possible()) {
            write(take.changes(), rows);
        }
        return take;
    }

    public void restore(Map<Long, Integer> units) {
        if (units.isEmpty()) {
            return;
        }
        Map<Long, StockPlan.Row> rows = lock(units.keySet().stream().sorted().toList());
        write(StockPlan.restore(units, rows), rows);
    }

    /**
     * The products asked for as read without a lock, and what the plan needs of a parent that counts their stock:
     * a row not counted, and for each parent that counts, a placeholder that {@link #lock} replaces.
     */
    private Map<Long, StockPlan.Row> unlocked(List<Long> ids) {
        Map<Long, StockPlan.Row> rows = new LinkedHashMap<>();
        for (Object row : em.createNamedQuery(Product.STOCK_PARENTS).setParameter("ids", ids).getResultList()) {
            Object[] c = (Object[]) row;
            long id = number(c[0]);
            long parent = c[1] == null ? 0 : number(c[1]);
            boolean managed = bool(c[2]);
            rows.put(id, new StockPlan.Row(id, parent, managed, null, "no", null, "", (String) c[4]));
            if (!managed && parent > 0 && c[3] != null && bool(c[3])) {
                rows.putIfAbsent(parent, new StockPlan.Row(parent, 0, true, null, "no", null, "", ""));
            }
        }
        return rows;
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

    private void write(List<StockPlan.Change> changes, Map<Long, StockPlan.Row> rows) {
        boolean statusChanged = false;
        for (StockPlan.Change change : changes) {
            em.createNamedQuery(Product.STOCK_SET).setParameter("quantity", change.quantity())
                    .setParameter("status", change.status()).setParameter("id", change.id()).executeUpdate();
            statusChanged |= change.statusChanged();
            // WooCommerce saves the product when an order moves its stock, which fires product.updated (a
            // variation's: its product's, as AdminProducts announces it). Every order moves stock, so the event is
            // written only while a product webhook listens.
            StockPlan.Row row = rows.get(change.id());
            long product = row != null && row.parentId() > 0 ? row.parentId() : change.id();
            outbox.recordIfSubscribed("product.updated", product);
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
