package org.headlesscart.catalog.boundary;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.headlesscart.catalog.control.ProductStore;
import org.headlesscart.catalog.control.StoreSettings;

/** The catalog component's boundary. The Products API routes arrive with the catalog issue. */
@Stateless
public class CatalogService {

    private static final Logger LOG = System.getLogger(CatalogService.class.getName());

    @Inject
    ProductStore products;

    @Inject
    StoreSettings store;

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

    /** The store's public details; configuration only, no database access. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StoreView storeDetails() {
        return new StoreView(store.title(), store.description(), store.homeUrl(), store.language(),
                store.gmtOffset(), store.timezone(), new StoreView.Address(store.address(), store.address2(),
                        store.city(), store.country(), store.postcode()));
    }
}
