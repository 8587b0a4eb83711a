package org.headlesscart.catalog.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.headlesscart.catalog.model.ProductView;
import org.headlesscart.catalog.entity.Category;
import org.headlesscart.catalog.entity.Product;

/**
 * Builds {@link ProductView}s for a whole page at once. Everything a page needs beyond the products themselves
 * (review figures, related and linked products, grouped children, variations) is fetched with one statement per
 * kind for the whole page, and lazy collections load in batches: the statement count does not grow with the page.
 */
@ApplicationScoped
public class ProductViews {

    static final int RELATED_MAX = 5;

    @Inject
    ProductStore store;

    public List<ProductView> of(List<Product> products, Instant now) {
        if (products.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> reviews = store.reviewStats(ids(products));
        Map<Long, List<Long>> related = related(products);
        Set<Long> linkedIds = new LinkedHashSet<>();
        related.values().forEach(linkedIds::addAll);
        products.forEach(p -> p.getLinks().forEach(link -> linkedIds.add(link.getLinkedId())));
        Map<Long, Product> linked = store.findAll(linkedIds).stream()
                .filter(Product::isPublished).collect(Collectors.toMap(Product::getId, Function.identity()));
        ProductPricing pricing = new ProductPricing(now);
        List<ProductView> views = new ArrayList<>(products.size());
        for (Product product : products) {
            views.add(new ProductViewBuilder(product, pricing, reviews.get(product.getId()),
                    related.getOrDefault(product.getId(), List.of()), linked).build());
        }
        return views;
    }

    /** Up to five newest published products sharing a category, never the product itself. */
    private Map<Long, List<Long>> related(List<Product> products) {
        Set<Long> categoryIds = new HashSet<>();
        products.forEach(p -> p.getCategories().forEach(c -> categoryIds.add(c.getId())));
        Map<Long, List<Long>> byCategory = new HashMap<>();
        for (Object[] row : store.newestPerCategory(categoryIds, RELATED_MAX + 1)) {
            byCategory.computeIfAbsent((Long) row[0], c -> new ArrayList<>()).add((Long) row[1]);
        }
        Map<Long, List<Long>> related = new HashMap<>();
        for (Product product : products) {
            Set<Long> ids = new LinkedHashSet<>();
            for (Category category : product.getCategories()) {
                byCategory.getOrDefault(category.getId(), List.of()).stream()
                        .filter(id -> !id.equals(product.getId())).forEach(ids::add);
            }
            related.put(product.getId(), ids.stream().limit(RELATED_MAX).toList());
        }
        return related;
    }

    private static List<Long> ids(Collection<Product> products) {
        return products.stream().map(Product::getId).toList();
    }

    /** The rating figures of a review-stats row: two decimals, like WooCommerce's average. */
    static ProductView.Rating rating(Object[] stats) {
        if (stats == null) {
            return new ProductView.Rating(BigDecimal.ZERO, 0);
        }
        BigDecimal average = BigDecimal.valueOf(((Number) stats[2]).doubleValue()).setScale(2, RoundingMode.HALF_UP);
        return new ProductView.Rating(average, ((Number) stats[1]).longValue());
    }

    /** Ids of one kind of link, in their order, restricted to published products. */
    static List<Long> linkedIds(Product product, String kind, Map<Long, Product> published) {
        return product.linked(kind).stream().filter(published::containsKey).toList();
    }

    static Map<String, String> ordered(Map<String, String> values, List<String> order) {
        Map<String, String> sorted = new LinkedHashMap<>();
        order.stream().filter(values::containsKey).forEach(key -> sorted.put(key, values.get(key)));
        values.forEach(sorted::putIfAbsent);
        return sorted;
    }
}
