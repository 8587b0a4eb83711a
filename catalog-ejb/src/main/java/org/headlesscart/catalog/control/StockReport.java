package org.headlesscart.catalog.control;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.model.StockAlerts;

/** Low-stock products for the operators' dashboard: two statements, the list and the counts. */
@Dependent
public class StockReport {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    StockMoves moves;

    public StockAlerts alerts(int limit) {
        int storeAmount = moves.lowStockAmount();
        List<StockAlerts.LowStock> lowest = em.createNamedQuery(Product.LOW_STOCK, Object[].class)
                .setParameter("storeAmount", storeAmount).setMaxResults(limit).getResultList().stream()
                .map(row -> new StockAlerts.LowStock(((Number) row[0]).longValue(),
                        row[1] == null ? null : ((Number) row[1]).longValue(), (String) row[2], (String) row[3],
                        ((Number) row[4]).intValue(), ((Number) row[5]).intValue()))
                .toList();
        Object[] counts = em.createNamedQuery(Product.STOCK_ALERT_COUNTS, Object[].class)
                .setParameter("storeAmount", storeAmount).getSingleResult();
        return new StockAlerts(lowest, ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }
}
