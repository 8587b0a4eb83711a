package org.headlesscart.catalog.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.headlesscart.catalog.entity.AttributeTerm;
import org.headlesscart.catalog.entity.Category;
import org.headlesscart.catalog.entity.GlobalAttribute;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ShippingClass;
import org.headlesscart.catalog.entity.Tag;

/** Categories, tags, global attributes and their terms through the catalog unit's named queries. */
@ApplicationScoped
public class TaxonomyStore {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    public List<Category> categories() {
        return em.createNamedQuery(Category.ALL, Category.class).getResultList();
    }

    public List<Tag> tags() {
        return em.createNamedQuery(Tag.ALL, Tag.class).getResultList();
    }

    public List<ShippingClass> shippingClasses() {
        return em.createNamedQuery(ShippingClass.ALL, ShippingClass.class).getResultList();
    }

    /**
     * Per reference (id or slug), the category it names and all categories below it, as WooCommerce's category
     * filter includes children. Categories are few, so the tree is walked in memory: one statement for any number
     * of references. An unknown reference gives an empty set, which matches nothing.
     */
    public List<Set<Long>> categoryGroups(List<String> idsOrSlugs) {
        List<Category> all = categories();
        return idsOrSlugs.stream().map(ref -> withDescendants(all, ref)).toList();
    }

    /** Per reference (id or slug), the tag it names, or an empty set; one statement. */
    public List<Set<Long>> tagGroups(List<String> idsOrSlugs) {
        List<Tag> all = tags();
        return idsOrSlugs.stream().map(ref -> {
            Set<Long> ids = new HashSet<>();
            all.stream().filter(t -> matches(t.getId(), t.getSlug(), ref)).forEach(t -> ids.add(t.getId()));
            return ids;
        }).toList();
    }

    private static Set<Long> withDescendants(List<Category> all, String idOrSlug) {
        Set<Long> found = new HashSet<>();
        Deque<Long> pending = new ArrayDeque<>();
        all.stream().filter(c -> matches(c.getId(), c.getSlug(), idOrSlug)).forEach(c -> pending.add(c.getId()));
        while (!pending.isEmpty()) {
            Long id = pending.pop();
            if (found.add(id)) {
                all.stream().filter(c -> id.equals(c.getParentId())).forEach(c -> pending.add(c.getId()));
            }
        }
        return found;
    }

    public Optional<Category> findCategory(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    public Optional<Tag> findTag(long id) {
        return Optional.ofNullable(em.find(Tag.class, id));
    }

    public Optional<ShippingClass> findShippingClass(long id) {
        return Optional.ofNullable(em.find(ShippingClass.class, id));
    }

    /** Every shipping class's count of published products and variations: one statement. */
    public Map<Long, Long> shippingClassCounts() {
        return counts(em.createNamedQuery(ShippingClass.PRODUCT_COUNTS, Object[].class));
    }

    /** The product's own shipping class, as a set of none or one. */
    public Set<Long> shippingClassIdsOf(long productId) {
        Product product = em.find(Product.class, productId);
        return product == null || product.getShippingClassId() == null ? Set.of() : Set.of(product.getShippingClassId());
    }

    /** Every category's product count (with its sub-categories' products): one statement. */
    public Map<Long, Long> categoryCounts() {
        return counts(em.createNamedQuery(Category.PRODUCT_COUNTS, Object[].class));
    }

    /** Every tag's product count: one statement. */
    public Map<Long, Long> tagCounts() {
        return counts(em.createNamedQuery(Tag.PRODUCT_COUNTS, Object[].class));
    }

    public Set<Long> categoryIdsOf(long productId) {
        return Set.copyOf(em.createNamedQuery(Category.IDS_OF_PRODUCT, Long.class)
                .setParameter("productId", productId).getResultList());
    }

    public Set<Long> tagIdsOf(long productId) {
        return Set.copyOf(em.createNamedQuery(Tag.IDS_OF_PRODUCT, Long.class)
                .setParameter("productId", productId).getResultList());
    }

    /** Global attributes in WooCommerce's order (by slug). */
    public List<GlobalAttribute> attributes() {
        return em.createNamedQuery(GlobalAttribute.LISTED, GlobalAttribute.class).getResultList();
    }

    public Optional<GlobalAttribute> findAttribute(long id) {
        return Optional.ofNullable(em.find(GlobalAttribute.class, id));
    }

    public List<AttributeTerm> termsOf(long attributeId) {
        return em.createNamedQuery(AttributeTerm.OF_ATTRIBUTE, AttributeTerm.class)
                .setParameter("attributeId", attributeId).getResultList();
    }

    /** The number of published products carrying each term of one attribute: one statement. */
    public Map<Long, Long> termCounts(long attributeId) {
        return counts(em.createNamedQuery(AttributeTerm.PRODUCT_COUNTS, Object[].class)
                .setParameter("attributeId", attributeId));
    }

    public Set<Long> termIdsOf(long attributeId, long productId) {
        return Set.copyOf(em.createNamedQuery(AttributeTerm.IDS_OF_PRODUCT, Long.class)
                .setParameter("attributeId", attributeId).setParameter("productId", productId).getResultList());
    }

    /** Rows of (term id, count) as a map; terms without products are absent. */
    private static Map<Long, Long> counts(TypedQuery<Object[]> query) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static boolean matches(Long id, String slug, String idOrSlug) {
        return idOrSlug.equals(String.valueOf(id)) || idOrSlug.equalsIgnoreCase(slug);
    }
}
