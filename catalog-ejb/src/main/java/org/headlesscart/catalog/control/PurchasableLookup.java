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

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.headlesscart.catalog.boundary.Purchasable;

/**
 * Finds products and variations for the cart, as {@link Purchasable} snapshots, through {@link PurchasableCache}.
 * A miss loads every asked id at once: the products with their parents, the variable ones' variations and the
 * review figures take one statement each, and the lazy collections (images, links, attributes and their values,
 * global attributes and their terms, variation values) load in batches of up to 100 owners. So the statement
 * count does not grow with the number of ids (up to 100 of them); a hit costs only the revision read.
 */
@ApplicationScoped
public class PurchasableLookup {

    @Inject
    ProductStore products;

    @Inject
    PurchasableCache cache;

    @Inject
    PurchasableLoader loader;

    Clock clock = Clock.systemUTC();

    /** By id, or by SKU when the reference is not a number; unknown and trashed ones are not found. */
    public Optional<Purchasable> find(String idOrSku) {
        Optional<Long> id = idOrSku.matches("\\d{1,18}") ? Optional.of(Long.parseLong(idOrSku))
                : products.idBySku(idOrSku);
        return id.map(found -> findAll(List.of(found)).get(found));
    }

    /** Those of the ids that are products or variations and not trashed, by id, in the order asked. */
    public Map<Long, Purchasable> findAll(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        PurchasableCache.Generation cached = cache.current(products::revision);     // before the products: see load
        Map<Long, Purchasable> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : wanted) {
            PurchasableCache.Snapshot snapshot = cached.get(id, now);
            if (snapshot == null) {
                missing.add(id);
            } else if (snapshot.purchasable() != null) {
                found.put(id, snapshot.purchasable());
            }
        }
        Map<Long, PurchasableCache.Snapshot> loaded = load(missing, now);
        for (Long id : missing) {
            PurchasableCache.Snapshot snapshot = loaded.getOrDefault(id, PurchasableCache.Snapshot.absent());
            cached.put(id, snapshot);
            if (snapshot.purchasable() != null) {
                found.put(id, snapshot.purchasable());
            }
        }
        Map<Long, Purchasable> ordered = new LinkedHashMap<>();
        wanted.stream().filter(found::containsKey).forEach(id -> ordered.put(id, found.get(id)));
        return ordered;
    }

    // Read after the revision, in the same transaction, the products are at least as new as the revision they are
    // cached under: a write commits its changes and its bump together.
    private Map<Long, PurchasableCache.Snapshot> load(List<Long> ids, Instant now) {
        return ids.isEmpty() ? Map.of() : loader.load(ids, now);
    }
}
