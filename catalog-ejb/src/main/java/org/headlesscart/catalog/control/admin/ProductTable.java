package org.headlesscart.catalog.control.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.headlesscart.catalog.model.ProductRow;
import org.headlesscart.catalog.model.ProductTableQuery;

/**
 * The operators' product table: three statements per page whatever its size (count, the page's columns, the
 * page's category names), filtered, sorted and paged by the database. The statement text is fixed but for the
 * ORDER BY, which comes from {@link ProductTableQuery.Sort}'s own paths, never from the caller: a named query
 * per column and direction would say the same fourteen times.
 */
@ApplicationScoped
public class ProductTable {

    private static final String WHERE = " FROM Product p WHERE p.type <> 'variation'"
            + " AND (:status IS NULL OR p.status = :status) AND (:type IS NULL OR p.type = :type)"
            + " AND (:stockStatus IS NULL OR p.stock.status = :stockStatus)"
            + " AND (:search IS NULL OR LOWER(p.name) LIKE :search ESCAPE '!' OR LOWER(p.sku) LIKE :search ESCAPE '!')"
            + " AND (:category IS NULL OR EXISTS (SELECT c.id FROM p.categories c WHERE c.id = :category))";
    private static final String COLUMNS = "SELECT p.id, p.name, p.sku, p.type, p.status, p.pricing.regularPriceMinor,"
            + " p.pricing.salePriceMinor, p.stock.managed, p.stock.quantity, p.stock.status, p.modifiedAt";
    private static final String CATEGORY_NAMES = "SELECT p.id, c.name FROM Product p JOIN p.categories c"
            + " WHERE p.id IN :ids ORDER BY c.name";

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    public long count(ProductTableQuery query) {
        return filtered(em.createQuery("SELECT COUNT(p)" + WHERE, Long.class), query).getSingleResult();
    }

    public ProductRow.Page page(ProductTableQuery query) {
        long total = count(query);
        if (total == 0 || query.first() >= total) {
            return new ProductRow.Page(List.of(), total);
        }
        String direction = query.ascending() ? " ASC" : " DESC";
        List<Object[]> columns = filtered(em.createQuery(COLUMNS + WHERE + " ORDER BY " + query.sort().path()
                + direction + ", p.id" + direction, Object[].class), query)
                .setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
        Map<Long, List<String>> categories = categories(columns.stream().map(c -> (Long) c[0]).toList());
        List<ProductRow> rows = columns.stream().map(c -> new ProductRow((Long) c[0], (String) c[1], (String) c[2],
                (String) c[3], (String) c[4], (Long) c[5], (Long) c[6], (Boolean) c[7],
                Boolean.TRUE.equals(c[7]) ? (Integer) c[8] : null, (String) c[9],
                categories.getOrDefault((Long) c[0], List.of()), (Instant) c[10])).toList();
        return new ProductRow.Page(rows, total);
    }

    private Map<Long, List<String>> categories(List<Long> ids) {
        Map<Long, List<String>> names = new HashMap<>();
        em.createQuery(CATEGORY_NAMES, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> names.computeIfAbsent((Long) r[0], id -> new ArrayList<>()).add((String) r[1]));
        return names;
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> statement, ProductTableQuery query) {
        return statement.setParameter("status", blankToNull(query.status()))
                .setParameter("type", blankToNull(query.type()))
                .setParameter("stockStatus", blankToNull(query.stockStatus()))
                .setParameter("search", like(query.search()))
                .setParameter("category", query.categoryId());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String like(String search) {
        String term = blankToNull(search);
        return term == null ? null
                : "%" + term.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
