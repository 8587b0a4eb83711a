package org.headlesscart.pricing.control.tax;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.pricing.entity.TaxClassRow;
import org.headlesscart.pricing.model.TaxClass;

/** The stored tax classes (Standard is implied, never stored), in settings order. */
@ApplicationScoped
public class TaxClassStore {

    @PersistenceContext(unitName = "pricing")
    EntityManager em;

    /** The stored classes, without Standard. */
    public List<TaxClass> stored() {
        return stored(em);
    }

    /** As {@link #stored()}, in the entity manager given. */
    public static List<TaxClass> stored(EntityManager em) {
        return em.createNamedQuery(TaxClassRow.ALL, TaxClassRow.class).getResultList().stream()
                .map(row -> new TaxClass(row.getSlug(), row.getName())).toList();
    }

    public Optional<TaxClassRow> bySlug(String slug) {
        return em.createNamedQuery(TaxClassRow.BY_SLUG, TaxClassRow.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** Appends the class at the end of settings order. */
    public TaxClassRow add(String name, String slug) {
        int last = em.createNamedQuery(TaxClassRow.LAST_POSITION, Integer.class).getSingleResult();
        TaxClassRow row = new TaxClassRow(name, slug, last + 1);
        em.persist(row);
        return row;
    }

    public void remove(TaxClassRow row) {
        em.remove(row);
    }
}
