package org.headlesscart.catalog.boundary;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.headlesscart.catalog.control.ProductStore;

/** The catalog component's boundary. The Products API routes arrive with the catalog issue. */
@Stateless
public class CatalogService {

    private static final Logger LOG = System.getLogger(CatalogService.class.getName());

    @Inject
    ProductStore products;

    /**
     * Whether the catalog's database answers a query. Runs outside a transaction so that a dead database makes
     * this return false instead of marking a caller's transaction for rollback.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean isDatabaseReachable() {
        try {
            return products.canQuery();
        } catch (PersistenceException e) {
            LOG.log(Level.WARNING, "Catalog database is not reachable: {0}", e.getMessage());
            return false;
        }
    }

    /** How many products are published; shown by the run command and used by tests of the demo store. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countPublishedProducts() {
        return products.countPublished();
    }
}
