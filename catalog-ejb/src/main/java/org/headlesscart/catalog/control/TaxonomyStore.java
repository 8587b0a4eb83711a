package org.headlesscart.catalog.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.catalog.entity.Category;
import org.headlesscart.catalog.entity.Tag;

/** Categories, tags and attributes through the catalog unit's named queries. */
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

    /**
     * The category named by id or slug and all categories below it, as WooCommerce's category filter includes
     * children. Categories are few, so the tree is walked in memory; an unknown reference matches nothing.
     */
    public Set<Long> categoryWithDescendants(String idOrSlug) {
        List<Category> all = categories();
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

    public Set<Long> tagIds(String idOrSlug) {
        Set<Long> ids = new HashSet<>();
        tags().stream().filter(t -> matches(t.getId(), t.getSlug(), idOrSlug)).forEach(t -> ids.add(t.getId()));
        return ids;
    }

    private static boolean matches(Long id, String slug, String idOrSlug) {
        return idOrSlug.equals(String.valueOf(id)) || idOrSlug.equalsIgnoreCase(slug);
    }
}
