package org.headlesscart.catalog.control.importing;

import java.util.Map;
import java.util.Optional;

import org.headlesscart.catalog.entity.Product;

/**
 * Resolves a row's references to other products. A SKU names a product of the catalog, whether this file wrote
 * it or not; {@code id:N} names the product that the row with ID N wrote in this import, because WooCommerce ids
 * of another store mean nothing here.
 */
final class References {

    private final ImportStore store;
    private final Map<Long, Long> importedIds;

    /** @param importedIds WooCommerce ID → our product id, of the rows this import has written so far */
    References(ImportStore store, Map<Long, Long> importedIds) {
        this.store = store;
        this.importedIds = importedIds;
    }

    Optional<Product> find(ProductRef ref) {
        if (ref instanceof ProductRef.ById byId) {
            return Optional.ofNullable(importedIds.get(byId.wooId())).flatMap(store::product);
        }
        return store.productBySku(((ProductRef.BySku) ref).sku());
    }

    /** The product a row without SKU updates: the one an earlier row with the same ID wrote in this import. */
    Optional<Product> importedWithId(Long wooId) {
        return wooId == null ? Optional.empty() : find(new ProductRef.ById(wooId));
    }

    /** Why a reference found nothing, as a sentence that starts with the column. */
    static String unknown(String column, ProductRef ref) {
        return column + ": " + (ref instanceof ProductRef.ById
                ? "no row with ID " + ((ProductRef.ById) ref).wooId() + " was imported from this file"
                : "no product has the SKU '" + ref + "'");
    }
}
