package org.headlesscart.catalog.boundary;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

import org.headlesscart.catalog.control.StockReport;
import org.headlesscart.catalog.control.admin.AdminProducts;
import org.headlesscart.catalog.control.admin.ProductTable;
import org.headlesscart.catalog.model.AdminProductView;
import org.headlesscart.catalog.model.ProductDraft;
import org.headlesscart.catalog.model.ProductRow;
import org.headlesscart.catalog.model.ProductTableQuery;
import org.headlesscart.catalog.model.ProductUpdate;
import org.headlesscart.catalog.model.StockAlerts;

/**
 * Products and variations for the store operator, modelled on WooCommerce REST v3: every status, every stored
 * field. Not for storefronts: the WAR lets only the operator call it. Each call is one transaction; a change bumps
 * the catalog revision in it, so the next Products API read shows the change.
 */
@Stateless
@Interceptors(AdminRefusals.class)
public class CatalogAdminService {

    @Inject
    AdminProducts products;

    @Inject
    StockReport stock;

    @Inject
    ProductTable table;

    /** The most low-stock products one dashboard lists. */
    public static final int MAX_LOW_STOCK = 100;

    /**
     * Products and variations low in stock (the {@code limit} with the fewest units, 1 to {@link #MAX_LOW_STOCK}),
     * and how many are low and out of stock: two statements whatever the catalog's size.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StockAlerts stockAlerts(int limit) {
        return stock.alerts(Math.max(1, Math.min(MAX_LOW_STOCK, limit)));
    }

    /**
     * Products of any status (variations excluded), newest first; {@code null} filters nothing.
     *
     * @param search part of the name, any case
     */
    public AdminProductView.Page listProducts(String status, String type, String sku, String search, int page,
            int perPage) {
        return products.page(status, type, sku, search, page, perPage, Instant.now());
    }

    /**
     * The console's product table: search (name or SKU), filters, sort and paging in the database, three
     * statements per page whatever its size.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProductRow.Page productTable(ProductTableQuery query) {
        return table.page(query);
    }

    /** How many products the table's filters find; one statement. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countProductTable(ProductTableQuery query) {
        return table.count(query);
    }

    /** @throws CatalogException ADMIN_PRODUCT_NOT_FOUND when no product or variation has the id */
    public AdminProductView getProduct(long id) {
        return products.view(products.product(id), Instant.now());
    }

    /**
     * Creates a product (not a variation) from WooCommerce's defaults and the draft.
     *
     * @throws CatalogException INVALID_FIELDS naming every bad field; DUPLICATE_SKU
     */
    public AdminProductView createProduct(ProductDraft draft) {
        return products.create(draft, null, Instant.now());
    }

    /** Changes what the draft names and nothing else. @throws CatalogException as for create; ADMIN_PRODUCT_NOT_FOUND */
    public AdminProductView updateProduct(long id, ProductDraft draft) {
        return products.update(products.product(id), draft, Instant.now());
    }

    /**
     * Changes what the draft names, but only if the product is as the caller read it: its modification time (to
     * the microsecond the database keeps) is still {@code readModified}. A form's save thus never overwrites a
     * change made after the form was shown; it gets the product as it now is instead, and changes nothing.
     *
     * @throws CatalogException as for {@link #updateProduct}
     */
    public ProductUpdate updateProductIfUnmodified(long id, Instant readModified, ProductDraft draft) {
        var product = products.product(id);
        Instant now = Instant.now();
        if (!micros(product.getModifiedAt()).equals(micros(readModified))) {
            return new ProductUpdate(false, products.view(product, now));
        }
        return new ProductUpdate(true, products.update(product, draft, now));
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Without {@code force}, moves the product to the trash (status {@code trash}: no storefront shows it, an
     * update of its status brings it back); with it, deletes the product and its variations for good.
     *
     * @return the product as it was before it was deleted
     */
    public AdminProductView deleteProduct(long id, boolean force) {
        return products.delete(products.product(id), force, Instant.now());
    }

    /** The variations of a product, any status, in their menu order. @throws CatalogException ADMIN_PRODUCT_NOT_FOUND */
    public List<AdminProductView> listVariations(long productId) {
        return products.variationsOf(products.product(productId), Instant.now());
    }

    /** @throws CatalogException ADMIN_PRODUCT_NOT_FOUND unless the variation is one of the product's */
    public AdminProductView getVariation(long productId, long variationId) {
        return products.view(products.variation(productId, variationId), Instant.now());
    }

    /**
     * Adds a variation to a variable product; without a name it is named after the product and its choices.
     *
     * @throws CatalogException ADMIN_PRODUCT_NOT_FOUND; INVALID_FIELDS (also when the product is not variable)
     */
    public AdminProductView createVariation(long productId, ProductDraft draft) {
        return products.create(draft, products.variableParent(productId), Instant.now());
    }

    public AdminProductView updateVariation(long productId, long variationId, ProductDraft draft) {
        return products.update(products.variation(productId, variationId), draft, Instant.now());
    }

    /** Variations have no trash, as in WooCommerce. @throws CatalogException TRASH_NOT_SUPPORTED without force */
    public AdminProductView deleteVariation(long productId, long variationId, boolean force) {
        if (!force) {
            throw CatalogFailure.TRASH_NOT_SUPPORTED.exception("variation " + variationId);
        }
        return products.delete(products.variation(productId, variationId), true, Instant.now());
    }
}
