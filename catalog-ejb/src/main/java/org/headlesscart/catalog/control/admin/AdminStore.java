package org.headlesscart.catalog.control.admin;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.catalog.control.ProductStore;
import org.headlesscart.catalog.control.importing.ImportStore;
import org.headlesscart.catalog.entity.Category;
import org.headlesscart.catalog.entity.GlobalAttribute;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductAttribute;
import org.headlesscart.catalog.entity.ShippingClass;
import org.headlesscart.catalog.entity.Tag;

/** What the admin writes read and write, through the catalog unit's named queries; runs in the caller's transaction. */
@ApplicationScoped
public class AdminStore {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    // Lookups the storefront reads and the import share with the admin writes.
    @Inject
    ProductStore products;

    @Inject
    ImportStore imports;

    public Optional<Product> product(long id) {
        return products.find(id);
    }

    public Optional<Product> productBySku(String sku) {
        return products.findBySku(sku);
    }

    /** Products of any status except variations, newest first; {@code null} filters nothing. */
    public List<Product> products(String status, String type, String sku, String search, int offset, int limit) {
        return em.createNamedQuery(Product.ADMIN_LIST, Product.class).setParameter("status", status)
                .setParameter("type", type).setParameter("sku", sku).setParameter("search", like(search))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countProducts(String status, String type, String sku, String search) {
        return em.createNamedQuery(Product.ADMIN_COUNT, Long.class).setParameter("status", status)
                .setParameter("type", type).setParameter("sku", sku).setParameter("search", like(search))
                .getSingleResult();
    }

    public List<Product> variations(long parentId) {
        return em.createNamedQuery(Product.ALL_VARIATIONS_OF, Product.class).setParameter("parentId", parentId)
                .getResultList();
    }

    /** Which of these ids are products. */
    public Set<Long> existingProductIds(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(em.createNamedQuery(Product.EXISTING_IDS, Long.class)
                .setParameter("ids", ids).getResultList());
    }

    /** The product slugs that {@code base} or {@code base-N} could collide with. */
    public List<String> productSlugsLike(String base) {
        return imports.productSlugsLike(base);
    }

    public void deleteProduct(long id) {
        em.flush();
        em.createNamedQuery(Product.DELETE).setParameter("id", id).executeUpdate();
        em.clear();     // the bulk delete bypassed the persistence context; nothing stale may be flushed later
    }

    public Optional<Category> category(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    public List<Category> categories() {
        return imports.categories();
    }

    public Optional<Tag> tag(long id) {
        return Optional.ofNullable(em.find(Tag.class, id));
    }

    public List<Tag> tags() {
        return em.createNamedQuery(Tag.ALL, Tag.class).getResultList();
    }

    public Optional<ShippingClass> shippingClass(long id) {
        return Optional.ofNullable(em.find(ShippingClass.class, id));
    }

    public List<ShippingClass> shippingClasses() {
        return em.createNamedQuery(ShippingClass.ALL, ShippingClass.class).getResultList();
    }

    /** Products and variations in this class lose it, before the class goes (the foreign key would do the same). */
    public void forgetShippingClass(long id) {
        em.createNamedQuery(ShippingClass.FORGET).setParameter("id", id).executeUpdate();
    }

    public Optional<GlobalAttribute> attribute(long id) {
        return Optional.ofNullable(em.find(GlobalAttribute.class, id));
    }

    public List<GlobalAttribute> attributes() {
        return imports.globalAttributes();
    }

    public List<ProductAttribute> productAttributesWithTerm(long attributeId, String termSlug) {
        return em.createNamedQuery(ProductAttribute.OF_GLOBAL_WITH_VALUE, ProductAttribute.class)
                .setParameter("attributeId", attributeId).setParameter("value", termSlug).getResultList();
    }

    /** A global attribute's slug changed: products, variations and defaults name it by slug. */
    public void renameAttributeKey(long attributeId, String oldKey, String newKey) {
        em.flush();
        em.createNamedQuery(ProductAttribute.RENAME_GLOBAL).setParameter("attributeId", attributeId)
                .setParameter("name", newKey).executeUpdate();
        em.createNamedQuery(GlobalAttribute.RENAME_VARIATION_KEYS).setParameter("oldKey", oldKey)
                .setParameter("newKey", newKey).executeUpdate();
        em.createNamedQuery(GlobalAttribute.RENAME_DEFAULT_KEYS).setParameter("oldKey", oldKey)
                .setParameter("newKey", newKey).executeUpdate();
    }

    /** A global attribute goes: variations and defaults stop naming it (its product attributes go by foreign key). */
    public void forgetAttributeKey(String key) {
        em.flush();
        em.createNamedQuery(GlobalAttribute.DELETE_VARIATION_KEYS).setParameter("key", key).executeUpdate();
        em.createNamedQuery(GlobalAttribute.DELETE_DEFAULT_KEYS).setParameter("key", key).executeUpdate();
    }

    public void renameTermValue(String key, String oldValue, String newValue) {
        em.flush();
        em.createNamedQuery(GlobalAttribute.RENAME_VARIATION_VALUES).setParameter("key", key)
                .setParameter("oldValue", oldValue).setParameter("newValue", newValue).executeUpdate();
        em.createNamedQuery(GlobalAttribute.RENAME_DEFAULT_VALUES).setParameter("key", key)
                .setParameter("oldValue", oldValue).setParameter("newValue", newValue).executeUpdate();
    }

    public void forgetDefaultValue(String key, String value) {
        em.flush();
        em.createNamedQuery(GlobalAttribute.DELETE_DEFAULT_VALUES).setParameter("key", key).setParameter("value", value)
                .executeUpdate();
    }

    public void reparentCategories(long oldParent, Long newParent) {
        em.createNamedQuery(Category.REPARENT).setParameter("oldParent", oldParent).setParameter("newParent", newParent)
                .executeUpdate();
    }

    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    /** Writes pending changes now, so that ids are known and a broken constraint fails inside the request. */
    public void flush() {
        em.flush();
    }

    /**
     * Invalidates every cached Products API response and the catalog revision carts trust
     * ({@link ProductStore#bumpRevision}); last, so the revision row is locked only until the commit.
     */
    public void bumpRevision() {
        em.flush();
        products.bumpRevision(Instant.now());
    }

    private static String like(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        return "%" + search.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
