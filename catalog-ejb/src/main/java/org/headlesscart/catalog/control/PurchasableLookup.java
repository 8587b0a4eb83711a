package org.headlesscart.catalog.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.catalog.model.PurchasableRead;

/**
 * Finds products and variations for the cart, as {@link Purchasable} snapshots, through {@link PurchasableCache}.
 * A miss loads every asked id at once: the products with their parents, the variable ones' variations and the
 * review figures take one statement each, and the lazy collections (images, links, attributes and their values,
 * global attributes and their terms, variation values) load in batches of up to 100 owners. So the statement
 * count does not grow with the number of ids (up to 100 of them); a hit costs nothing while the revision is
 * trusted ({@link CatalogRevisions}), else one primary-key read.
 */
@ApplicationScoped
public class PurchasableLookup {

    @Inject
    ProductStore products;

    @Inject
    PurchasableCache cache;

    @Inject
    PurchasableLoader loader;

    @Inject
    CatalogRevisions revisions;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** This transaction's catalog revision, once read. */
    private static final Object REVISION_READ = new Object();

    Clock clock = Clock.systemUTC();

    /** By id, or by SKU when the reference is not a number; unknown and trashed ones are not found. */
    public Optional<Purchasable> find(String idOrSku) {
        Optional<Long> id = idOrSku.matches("\\d{1,18}") ? Optional.of(Long.parseLong(idOrSku))
                : products.idBySku(idOrSku);
        return id.map(found -> findAll(List.of(found)).get(found));
    }

    /** Those of the ids that are products or variations and not trashed, by id, in the order asked. */
    public Map<Long, Purchasable> findAll(Collection<Long> ids) {
        Set<Long> wanted = wanted(ids);
        return wanted.isEmpty() ? Map.of() : read(wanted, false).products();
    }

    /**
     * The same, with the revision they were read at and the instant until which they hold. Reads the revision even
     * when no id is asked, so that the answer can be checked against {@link #revisionOutsideTransaction()} later.
     */
    public PurchasableRead read(Collection<Long> ids) {
        return read(wanted(ids), true);
    }

    // A cache that is off reads no revision unless the caller asks for it.
    private PurchasableRead read(Set<Long> wanted, boolean revisionAsked) {
        Instant now = clock.instant();
        PurchasableCache.Generation cached = cache.current(this::revisionOfTransaction);  // before the products: see load
        long revision = !cached.isOff() ? cached.revision() : revisionAsked ? revisionOfTransaction() : Long.MIN_VALUE;
        Map<Long, Purchasable> found = new HashMap<>();
        Instant validUntil = Instant.MAX;
        List<Long> missing = new ArrayList<>();
        for (Long id : wanted) {
            PurchasableCache.Snapshot snapshot = cached.get(id, now);
            if (snapshot == null) {
                missing.add(id);
            } else {
                validUntil = earlier(validUntil, snapshot.expires());
                if (snapshot.purchasable() != null) {
                    found.put(id, snapshot.purchasable());
                }
            }
        }
        Map<Long, PurchasableCache.Snapshot> loaded = load(missing, now);
        for (Long id : missing) {
            PurchasableCache.Snapshot snapshot = loaded.getOrDefault(id, PurchasableCache.Snapshot.absent());
            cached.put(id, snapshot);
            validUntil = earlier(validUntil, snapshot.expires());
            if (snapshot.purchasable() != null) {
                found.put(id, snapshot.purchasable());
            }
        }
        Map<Long, Purchasable> ordered = new LinkedHashMap<>();
        wanted.stream().filter(found::containsKey).forEach(id -> ordered.put(id, found.get(id)));
        return new PurchasableRead(ordered, revision, validUntil);
    }

    /** The catalog revision now, for a caller outside any transaction: one primary-key read. */
    public long revisionOutsideTransaction() {
        return revisions.fresh(products::revisionOutsideTransaction);
    }

    /**
     * The revision as {@link CatalogRevisions} trusts it, taken once per transaction: a cart write looks products
     * up two or three times (the product, then the cart's lines) and must see one revision throughout; what else it
     * keeps per revision (pricing's rules) must see the same one.
     */
    public long revisionOfTransaction() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return revisions.current(products::revision);
        }
        Long known = (Long) transactions.getResource(REVISION_READ);
        if (known == null) {
            known = revisions.current(products::revision);
            transactions.putResource(REVISION_READ, known);
        }
        return known;
    }

    private static Set<Long> wanted(Collection<Long> ids) {
        return ids.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Instant earlier(Instant a, Instant b) {
        return b.isBefore(a) ? b : a;
    }

    // Read after the revision, in the same transaction, the products are at least as new as the revision they are
    // cached under: a write commits its changes and its bump together.
    private Map<Long, PurchasableCache.Snapshot> load(List<Long> ids, Instant now) {
        return ids.isEmpty() ? Map.of() : loader.load(ids, now);
    }
}
