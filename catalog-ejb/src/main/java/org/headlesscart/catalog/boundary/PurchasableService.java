package org.headlesscart.catalog.boundary;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.catalog.control.PurchasableLookup;
import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.catalog.model.PurchasableRead;

/**
 * The catalog as the cart sees it: products and variations by id or SKU, as {@link Purchasable} snapshots.
 * Reads only; no lock is taken, so a cart may read the catalog before it locks its own row. Runs in the caller's
 * transaction, or in one of its own, so that lazy collections load in batches inside it. Snapshots are cached
 * while the catalog revision is unchanged ({@code headlesscart.catalog.purchasable-cache-size}): a hit costs one
 * primary-key read.
 */
@Stateless
public class PurchasableService {

    @Inject
    PurchasableLookup lookup;

    /**
     * A product or variation by id, or by SKU when the reference is not a number. Products that are not published
     * are found too (with {@code purchasable=false}); trashed and unknown ones are not, nor are variations of a
     * trashed product (WooCommerce trashes them with it).
     */
    public Optional<Purchasable> find(String idOrSku) {
        return lookup.find(idOrSku);
    }

    /**
     * Those of the ids that are products or variations and not trashed, by id, in the order asked. A small
     * constant number of statements on a cache miss, whatever the number of ids (up to 100); one on a hit.
     */
    public Map<Long, Purchasable> findAll(Collection<Long> ids) {
        return lookup.findAll(ids);
    }

    /**
     * The same, with the catalog revision they were read at and the instant until which they hold, so that the
     * caller can keep what it built from them and later check it with {@link #revision()}. Reads the revision
     * even when no id is asked.
     */
    public PurchasableRead read(Collection<Long> ids) {
        return lookup.read(ids);
    }

    /**
     * The catalog revision now: one primary-key read, outside any transaction, on a connection that goes back to
     * the pool at once. What a caller checks a kept {@link PurchasableRead} against.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long revision() {
        return lookup.revisionOutsideTransaction();
    }
}
