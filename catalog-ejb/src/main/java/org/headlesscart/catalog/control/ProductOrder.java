package org.headlesscart.catalog.control;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaBuilder.Case;
import jakarta.persistence.criteria.CriteriaBuilder.SimpleCase;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.headlesscart.catalog.model.ProductQuery;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.Review;

/**
 * The ORDER BY of the product list, one case per {@link ProductQuery#ORDER_BY} value. Orderings whose name says
 * the direction ({@code price_asc}, {@code featured_first} …) and the "most first" ones ({@code popularity},
 * {@code sales}, {@code rating}, {@code review_count}, {@code by_stock}) ignore {@code order}, as WooCommerce's;
 * the others follow it. The product id always comes last, so equal keys keep a stable order across pages.
 */
final class ProductOrder {

    private final CriteriaBuilder cb;
    private final AbstractQuery<?> owner;
    private final Root<Product> p;
    private final ProductQuery query;
    private final PricePredicates prices;
    private final List<Order> orders = new ArrayList<>();

    private ProductOrder(CriteriaBuilder cb, AbstractQuery<?> owner, Root<Product> p, ProductQuery query,
            PricePredicates prices) {
        this.cb = cb;
        this.owner = owner;
        this.p = p;
        this.query = query;
        this.prices = prices;
    }

    static List<Order> of(CriteriaBuilder cb, AbstractQuery<?> owner, Root<Product> p, ProductQuery query,
            PricePredicates prices) {
        return new ProductOrder(cb, owner, p, query, prices).build();
    }

    private List<Order> build() {
        boolean asked = query.ascending();
        switch (query.orderBy()) {
            case "id" -> by(p.get("id"), asked);
            case "menu_order" -> by(p.get("menuOrder"), asked);
            case "title", "name" -> by(p.get("name"), asked);
            case "alphabetical" -> by(p.get("name"), true);
            case "reverse_alpha" -> by(p.get("name"), false);
            case "slug" -> by(p.get("slug"), asked);
            case "popularity", "sales" -> by(p.get("totalSales"), false);
            case "price" -> by(prices.currentPrice(p.get("pricing")), asked);
            case "price_asc" -> by(prices.currentPrice(p.get("pricing")), true);
            case "price_desc" -> by(prices.currentPrice(p.get("pricing")), false);
            case "rating" -> by(averageRating(), false);
            case "review_count" -> by(reviewCount(), false);
            case "by_stock" -> byStock();
            case "on_sale_first" -> first(cb.<Integer>selectCase().when(prices.onSale(p.get("pricing")), 1).otherwise(0));
            case "featured_first" -> first(cb.<Integer>selectCase().when(cb.isTrue(p.get("featured")), 1).otherwise(0));
            case "include" -> byInclude();
            // Seed-free: every uncached request draws a new order, so paging through it can repeat or skip products.
            case "rand" -> by(cb.function("rand", Double.class), true);
            case "relevance" -> byRelevance();
            default -> by(p.get("createdAt"), asked);
        }
        return orders;
    }

    /** The key, then the id in the same direction. */
    private void by(Expression<?> key, boolean ascending) {
        orders.add(ascending ? cb.asc(key) : cb.desc(key));
        orders.add(ascending ? cb.asc(p.get("id")) : cb.desc(p.get("id")));
    }

    /** Products with the mark first, then the default catalogue order (newest first). */
    private void first(Expression<Integer> mark) {
        orders.add(cb.desc(mark));
        by(p.get("createdAt"), false);
    }

    /** Average of the approved, rated reviews (ratings of 0 mean "no rating"); unrated products count as 0. */
    private Expression<Double> averageRating() {
        Subquery<Double> average = owner.subquery(Double.class);
        Root<Review> r = average.from(Review.class);
        average.select(cb.coalesce(cb.avg(r.get("rating")), 0.0)).where(cb.equal(r.get("productId"), p.get("id")),
                cb.equal(r.get("status"), "approved"), cb.gt(r.get("rating"), 0));
        return average;
    }

    /** Approved reviews, rated or not: the product's {@code review_count}. */
    private Expression<Long> reviewCount() {
        Subquery<Long> count = owner.subquery(Long.class);
        Root<Review> r = count.from(Review.class);
        count.select(cb.count(r)).where(cb.equal(r.get("productId"), p.get("id")),
                cb.equal(r.get("status"), "approved"));
        return count;
    }

    /** Available products before out-of-stock ones, then the largest managed stock first, unmanaged after it. */
    private void byStock() {
        Path<Integer> quantity = p.get("stock").get("quantity");
        orders.add(cb.asc(cb.<Integer>selectCase().when(cb.equal(p.get("stock").get("status"), "outofstock"), 1)
                .otherwise(0)));
        orders.add(cb.asc(cb.<Integer>selectCase().when(cb.isNull(quantity), 1).otherwise(0)));
        by(quantity, false);
    }

    /** The order of the {@code include} list; without one, the default order. */
    private void byInclude() {
        if (query.include().isEmpty()) {
            by(p.get("createdAt"), query.ascending());
            return;
        }
        SimpleCase<Long, Integer> position = cb.selectCase(p.get("id"));
        for (int i = 0; i < query.include().size(); i++) {
            position.when(query.include().get(i), i);
        }
        by(position.otherwise(query.include().size()), true);
    }

    /**
     * How well the name matches the search: the whole name, its start, anywhere in it, then the other matches
     * (SKU, id). Newest first within a rank; without a search, the default order.
     */
    private void byRelevance() {
        if (query.search() == null) {
            by(p.get("createdAt"), query.ascending());
            return;
        }
        String words = ProductFilter.likeEscaped(query.search());
        Expression<String> name = cb.lower(p.get("name"));
        Case<Integer> rank = cb.<Integer>selectCase()
                .when(cb.equal(name, query.search().toLowerCase(java.util.Locale.ROOT)), 0)
                .when(cb.like(name, words + "%", '\\'), 1)
                .when(cb.like(name, "%" + words + "%", '\\'), 2);
        orders.add(cb.asc(rank.otherwise(3)));
        by(p.get("createdAt"), false);
    }
}
