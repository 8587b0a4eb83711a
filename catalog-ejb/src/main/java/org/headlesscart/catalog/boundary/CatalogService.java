package org.headlesscart.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.catalog.control.ProductLookup;
import org.headlesscart.catalog.control.ProductStore;
import org.headlesscart.catalog.control.StoreSettings;
import org.headlesscart.catalog.model.ProductPage;
import org.headlesscart.catalog.model.ProductQuery;
import org.headlesscart.catalog.model.ProductView;
import org.headlesscart.catalog.model.StoreView;

/**
 * The catalog component's boundary: the store's details and the products storefronts browse. Product reads run
 * in a (read-only in effect) transaction so that a page's lazy collections load in batches inside it.
 */
@Stateless
public class CatalogService {

    @Inject
    ProductStore products;

    @Inject
    StoreSettings store;

    @Inject
    ProductLookup lookup;

    /**
     * The catalog's revision, which every catalog write increments; a response built at revision r is current
     * while this still answers r. One primary-key read.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long catalogRevision() {
        return products.revision();
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
                        store.city(), store.country(), store.postcode()), store.currency(), store.weightUnit(),
                store.dimensionUnit());
    }

    /**
     * One page of published products, filtered and ordered as asked; newest first by default.
     *
     * @throws CatalogException PAGE_OUT_OF_RANGE for a page beyond the last (page 1 of nothing is fine)
     */
    public ProductPage listProducts(ProductQuery query) {
        ProductPage page = lookup.page(query, store.currencyDecimals());
        if (query.page() > 1 && query.page() > page.totalPages()) {
            throw CatalogFailure.PAGE_OUT_OF_RANGE.exception(query.page());
        }
        return page;
    }

    /**
     * A published product by id, or by SKU when the reference is not a number. A variation's id gives the
     * variation.
     *
     * @throws CatalogException PRODUCT_NOT_FOUND (id), UNKNOWN_SKU (anything else)
     */
    public ProductView getProduct(String idOrSku) {
        return lookup.product(idOrSku).orElseThrow(() -> (idOrSku.matches("\\d{1,18}")
                ? CatalogFailure.PRODUCT_NOT_FOUND : CatalogFailure.UNKNOWN_SKU).exception(idOrSku));
    }

    /**
     * A page of a variable product's published variations.
     *
     * @throws CatalogException PRODUCT_NOT_FOUND when the product is unknown, PAGE_OUT_OF_RANGE
     */
    public ProductPage listVariations(long productId, ProductQuery query) {
        ProductPage page = lookup.variations(productId, query, store.currencyDecimals())
                .orElseThrow(() -> CatalogFailure.PRODUCT_NOT_FOUND.exception(productId));
        if (query.page() > 1 && query.page() > page.totalPages()) {
            throw CatalogFailure.PAGE_OUT_OF_RANGE.exception(query.page());
        }
        return page;
    }

    /**
     * One published variation of a product.
     *
     * @throws CatalogException VARIATION_NOT_FOUND unless it is a published child of that product
     */
    public ProductView getVariation(long productId, long variationId) {
        return lookup.variation(productId, variationId)
                .orElseThrow(() -> CatalogFailure.VARIATION_NOT_FOUND.exception(productId + "/" + variationId));
    }
}
