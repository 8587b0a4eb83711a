package org.headlesscart.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.catalog.entity.Product;

/** Reads and writes products through the catalog unit's named queries; only this class queries them. */
@ApplicationScoped
public class ProductStore {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    /** A round trip through the connection pool, the driver and the product table: what readiness needs. */
    public boolean canQuery() {
        em.createNamedQuery(Product.ANY_ID, Long.class).setMaxResults(1).getResultList();
        return true;
    }

    public long countPublished() {
        return em.createNamedQuery(Product.COUNT_PUBLISHED, Long.class).getSingleResult();
    }
}
