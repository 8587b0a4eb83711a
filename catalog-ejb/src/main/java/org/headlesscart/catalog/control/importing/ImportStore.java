package org.headlesscart.catalog.control.importing;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.catalog.entity.Category;
import org.headlesscart.catalog.entity.GlobalAttribute;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ShippingClass;
import org.headlesscart.catalog.entity.Tag;

/** What the importer reads and writes, through the catalog unit's named queries; runs in the caller's transaction. */
@ApplicationScoped
public class ImportStore {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    public Optional<Product> product(long id) {
        return Optional.ofNullable(em.find(Product.class, id));
    }

    public Optional<Product> productBySku(String sku) {
        return em.createNamedQuery(Product.BY_SKU, Product.class).setParameter("sku", sku)
                .getResultList().stream().findFirst();
    }

    /** The product slugs that {@code base} or {@code base-N} could collide with. */
    public List<String> productSlugsLike(String base) {
        String escaped = base.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return em.createNamedQuery(Product.SLUGS_LIKE, String.class).setParameter("slug", base)
                .setParameter("pattern", escaped + "-%").getResultList();
    }

    /** All categories: few enough to walk paths in memory. */
    public List<Category> categories() {
        return em.createNamedQuery(Category.ALL, Category.class).getResultList();
    }

    public Optional<Tag> tagBySlug(String slug) {
        return em.createNamedQuery(Tag.BY_SLUG, Tag.class).setParameter("slug", slug).getResultList().stream().findFirst();
    }

    /** All global attributes: a store has a handful. */
    public List<ShippingClass> shippingClasses() {
        return em.createNamedQuery(ShippingClass.ALL, ShippingClass.class).getResultList();
    }

    public List<GlobalAttribute> globalAttributes() {
        return em.createNamedQuery(GlobalAttribute.ALL, GlobalAttribute.class).getResultList();
    }

    /** Inserts the entity now (ids are IDENTITY columns), so that the next lookup finds it and its id is known. */
    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    /** Writes pending changes, so that a broken constraint fails here, inside the row's own transaction. */
    public void flush() {
        em.flush();
    }
}
