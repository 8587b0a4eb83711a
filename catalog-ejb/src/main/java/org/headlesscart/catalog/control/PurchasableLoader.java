package org.headlesscart.catalog.control;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductType;

/**
 * Loads the products the snapshot cache misses and maps them, in the caller's transaction: the mapping walks lazy
 * collections.
 */
@ApplicationScoped
public class PurchasableLoader {

    @Inject
    ProductStore products;

    public Map<Long, PurchasableCache.Snapshot> load(List<Long> ids, Instant now) {
        List<Product> loaded = products.purchasables(ids);
        List<Long> variable = loaded.stream().filter(p -> p.getType() == ProductType.VARIABLE).map(Product::getId)
                .toList();
        Map<Long, List<Product>> variations = products.variationsOf(variable).stream()
                .collect(Collectors.groupingBy(Product::getParentId, LinkedHashMap::new, Collectors.toList()));
        List<Long> reviewable = loaded.stream().filter(p -> p.getType() != ProductType.VARIATION)
                .map(Product::getId).toList();
        Purchasables purchasables = new Purchasables(now, variations, products.reviewStats(reviewable));
        Map<Long, PurchasableCache.Snapshot> snapshots = new HashMap<>();
        loaded.forEach(p -> snapshots.put(p.getId(),
                new PurchasableCache.Snapshot(purchasables.of(p), purchasables.expires(p))));
        return snapshots;
    }
}
