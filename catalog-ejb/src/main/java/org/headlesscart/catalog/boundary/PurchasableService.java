package org.headlesscart.catalog.boundary;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;

/**
 * The catalog as the cart sees it: products and variations by id or SKU, as {@link Purchasable} snapshots.
 * Reads only; no lock is taken, so a cart may read the catalog before it locks its own row.
 */
@Stateless
public class PurchasableService {

    /**
     * A product or variation by id, or by SKU when the reference is not a number. Products that are not published
     * are found too (with {@code purchasable=false}); trashed and unknown ones are not.
     */
    public Optional<Purchasable> find(String idOrSku) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Those of the ids that are products or variations and not trashed, by id. */
    public Map<Long, Purchasable> findAll(Collection<Long> ids) {
        throw new UnsupportedOperationException("not yet");
    }
}
