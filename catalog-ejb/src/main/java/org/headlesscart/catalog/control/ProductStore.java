package org.headlesscart.catalog.control;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.hibernate.jpa.HibernateHints;

import org.headlesscart.catalog.model.ProductQuery;
import org.headlesscart.catalog.entity.CatalogRevision;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.Review;

/** Reads products through the catalog unit's named queries, and the one dynamic list query. */
@ApplicationScoped
public class ProductStore {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @PersistenceUnit(unitName = "catalog")
    EntityManagerFactory factory;

    @Inject
    CatalogRevisions revisions;

    public long countPublished() {
        return em.createNamedQuery(Product.COUNT_PUBLISHED, Long.class).getSingleResult();
    }

    public Optional<Product> find(long id) {
        return Optional.ofNullable(em.find(Product.class, id));
    }

    public Optional<Product> findBySku(String sku) {
        return em.createNamedQuery(Product.BY_SKU, Product.class).setParameter("sku", sku)
                .getResultList().stream().findFirst();
    }

    public List<Product> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : em.createNamedQuery(Product.BY_IDS, Product.class).setParameter("ids", ids).getResultList();
    }

    /**
     * Products and variations that are not trashed (nor is their parent), each with its parent: one statement.
     * Read-only: only snapshots are made of them, so the flush at commit need not check them for changes.
     */
    public List<Product> purchasables(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createNamedQuery(Product.PURCHASABLES, Product.class)
                .setParameter("ids", ids).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    /** The id of the product or variation with this SKU, unless it is trashed. */
    public Optional<Long> idBySku(String sku) {
        return em.createNamedQuery(Product.ID_BY_SKU, Long.class).setParameter("sku", sku)
                .getResultList().stream().findFirst();
    }

    /** One page of the filtered list, and the size of the whole list: two statements. */
    public Page page(ProductQuery query, Instant now, int currencyDecimals, List<Set<Long>> categoryGroups,
            List<Set<Long>> tagGroups) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        ProductFilter filter = new ProductFilter(cb, query, now, currencyDecimals, categoryGroups, tagGroups);

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Product> counted = count.from(Product.class);
        count.select(cb.count(counted)).where(filter.where(counted, count));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<Product> select = cb.createQuery(Product.class);
        Root<Product> p = select.from(Product.class);
        select.select(p).where(filter.where(p, select)).orderBy(ProductOrder.of(cb, select, p, query, filter.prices()));
        List<Product> products = total == 0 ? List.of() : em.createQuery(select)
                .setFirstResult(query.firstResult()).setMaxResults(query.perPage()).getResultList();
        return new Page(products, total);
    }

    /** Published variations of these variable products, in their menu order: one statement. */
    public List<Product> variationsOf(Collection<Long> parentIds) {
        return parentIds.isEmpty() ? List.of() : em.createNamedQuery(Product.VARIATIONS_OF, Product.class)
                .setParameter("ids", parentIds).getResultList();
    }

    /** Approved-review count and average rating per product: one statement for any number of products. */
    public Map<Long, Object[]> reviewStats(Collection<Long> productIds) {
        Map<Long, Object[]> stats = new HashMap<>();
        if (!productIds.isEmpty()) {
            em.createNamedQuery(Review.STATS_OF_PRODUCTS, Object[].class).setParameter("ids", productIds)
                    .getResultList().forEach(row -> stats.put((Long) row[0], row));
        }
        return stats;
    }

    /** Up to {@code perCategory} newest published products per category, for "related": one statement. */
    public List<Object[]> newestPerCategory(Collection<Long> categoryIds, int perCategory) {
        return categoryIds.isEmpty() ? List.of() : em.createNamedQuery(Product.NEWEST_PER_CATEGORY, Object[].class)
                .setParameter("ids", categoryIds).setParameter("limit", (long) perCategory).getResultList();
    }

    /** The catalog revision: one primary-key read. */
    public long revision() {
        return em.createNamedQuery(CatalogRevision.CURRENT, Long.class).getSingleResult();
    }

    /** Marks the catalog changed, in the caller's transaction: every write path calls this once. */
    /**
     * The catalog revision for a caller outside any transaction, read in an entity manager of its own that is
     * closed at once, so that its connection goes straight back to the pool.
     */
    public long revisionOutsideTransaction() {
        try (EntityManager reader = factory.createEntityManager()) {
            return reader.createNamedQuery(CatalogRevision.CURRENT, Long.class).getSingleResult();
        }
    }

    public void bumpRevision(Instant now) {
        revisions.changing();
        em.createNamedQuery(CatalogRevision.BUMP).setParameter("now", now).executeUpdate();
    }

    public record Page(List<Product> products, long total) {
    }
}
