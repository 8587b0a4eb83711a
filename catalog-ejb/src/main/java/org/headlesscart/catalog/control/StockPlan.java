package org.headlesscart.catalog.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.headlesscart.catalog.entity.Stock;
import org.headlesscart.catalog.model.StockRequest;
import org.headlesscart.catalog.model.StockTaken;

/**
 * The arithmetic of a stock move, apart from the database (COCART-PLUS §4.3): which product's counter each request
 * draws on, whether every counter has the units, and the quantities and statuses afterwards.
 *
 * <p>Rules, as WooCommerce's: a product or variation that manages its stock draws on its own counter; a variation
 * that does not draws on its parent's when the parent manages stock; anything else is not counted and takes nothing.
 * A counter without backorders never goes below zero; one with backorders may. The status follows the quantity
 * ({@link Stock#counted}): in stock above zero, else on backorder or out of stock.
 */
public final class StockPlan {

    /**
     * A product row as locked.
     *
     * @param parentId 0 for none
     * @param quantity the counter, null when not managed
     */
    public record Row(long id, long parentId, boolean managed, Integer quantity, String backorders,
            Integer lowStockAmount, String status, String name) {
    }

    /** A counter's new quantity and status; {@code statusChanged} when the status differs from before. */
    public record Change(long id, int quantity, String status, boolean statusChanged, int moved,
            Integer lowStockAmount) {
    }

    private StockPlan() {
    }

    /**
     * A take that cannot be made: the first counter (in id order) without enough units, named after the first
     * product or variation asked for that draws on it.
     *
     * @param remaining units left, 0 when out of stock
     */
    public record Shortage(long purchasableId, String name, int remaining) {
    }

    /** A take's changes, or why none can be made. */
    public record Take(List<Change> changes, Shortage shortage) {

        public boolean possible() {
            return shortage == null;
        }
    }

    /** The counters among rows read without a lock: the ids to lock, ascending. */
    public static List<Long> countersOf(java.util.Collection<Row> rows) {
        return rows.stream().filter(Row::managed).map(Row::id).distinct().sorted().toList();
    }

    /**
     * The changes a take makes, counters in id order.
     *
     * @param rows the locked rows by id (requested products and their parents)
     * @return the changes, or the first counter (in id order) without enough units and no changes
     */
    public static Take take(List<StockRequest> requests, Map<Long, Row> rows) {
        Map<Long, Integer> units = new TreeMap<>();
        Map<Long, Row> askedFor = new LinkedHashMap<>();
        for (StockRequest request : requests) {
            if (request.quantity() <= 0) {
                throw new IllegalArgumentException("A stock request takes at least one unit: " + request);
            }
            Row row = rows.get(request.purchasableId());
            if (row == null) {
                continue;                                   // gone: the caller's re-validation says so
            }
            Row owner = owner(row, rows);
            if (owner != null) {
                units.merge(owner.id(), request.quantity(), Integer::sum);
                askedFor.putIfAbsent(owner.id(), row);
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<Long, Integer> entry : units.entrySet()) {
            Row owner = rows.get(entry.getKey());
            int wanted = entry.getValue();
            int have = owner.quantity() == null ? 0 : owner.quantity();
            if ("no".equals(owner.backorders()) && wanted > have) {
                Row asked = askedFor.get(owner.id());
                return new Take(List.of(), new Shortage(asked.id(), asked.name(), Math.max(have, 0)));
            }
            changes.add(change(owner, have - wanted, wanted));
        }
        return new Take(changes, null);
    }

    /** The changes giving units back to counters (owner id → units), in id order; unmanaged ones are skipped. */
    public static List<Change> restore(Map<Long, Integer> units, Map<Long, Row> rows) {
        List<Change> changes = new ArrayList<>();
        new TreeMap<>(units).forEach((ownerId, back) -> {
            Row owner = rows.get(ownerId);
            if (owner != null && owner.managed() && back > 0) {
                int have = owner.quantity() == null ? 0 : owner.quantity();
                changes.add(change(owner, have + back, back));
            }
        });
        return changes;
    }

    /** What was taken, per counter, for the caller to give back later. */
    public static List<StockTaken> taken(List<Change> changes) {
        return changes.stream().map(c -> new StockTaken(c.id(), c.moved(), c.quantity())).toList();
    }

    private static Row owner(Row row, Map<Long, Row> rows) {
        if (row.managed()) {
            return row;
        }
        Row parent = row.parentId() > 0 ? rows.get(row.parentId()) : null;
        return parent != null && parent.managed() ? parent : null;
    }

    private static Change change(Row owner, int quantity, int moved) {
        String status = Stock.counted(quantity, owner.backorders(), owner.lowStockAmount()).getStatus();
        return new Change(owner.id(), quantity, status, !status.equals(owner.status()), moved,
                owner.lowStockAmount());
    }
}
