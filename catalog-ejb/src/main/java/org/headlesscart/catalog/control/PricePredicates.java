package org.headlesscart.catalog.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.headlesscart.catalog.entity.Pricing;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductLink;

/**
 * The price rules of {@link Pricing} as SQL, for the list's filters and orderings. A variable product has no price
 * of its own, its variations have; a grouped product's prices are its children's.
 */
class PricePredicates {

    private final CriteriaBuilder cb;
    private final Instant now;
    private final int currencyDecimals;

    PricePredicates(CriteriaBuilder cb, Instant now, int currencyDecimals) {
        this.cb = cb;
        this.now = now;
        this.currencyDecimals = currencyDecimals;
    }

    /** A product's own price, or for a variable product any of its variations, within [min, max]. */
    Predicate inRange(Root<Product> p, AbstractQuery<?> owner, BigDecimal min, BigDecimal max) {
        Subquery<Long> variation = owner.subquery(Long.class);
        Root<Product> v = variation.from(Product.class);
        variation.select(v.get("id")).where(cb.equal(v.get("parent").get("id"), p.get("id")),
                cb.equal(v.get("status"), "publish"), between(currentPrice(v.get("pricing")), min, max));
        return cb.or(between(currentPrice(p.get("pricing")), min, max), cb.exists(variation));
    }

    /**
     * {@code hide_free}: some price of the product is above zero, as WooCommerce's {@code _price > 0} matches a
     * product when any of its price rows does. A product without any price (a variable product without priced
     * variations, an external product without a price) counts as free.
     */
    Predicate notFree(Root<Product> p, AbstractQuery<?> owner) {
        Subquery<Long> variation = owner.subquery(Long.class);
        Root<Product> v = variation.from(Product.class);
        variation.select(v.get("id")).where(cb.equal(v.get("parent").get("id"), p.get("id")),
                cb.equal(v.get("status"), "publish"), cb.gt(currentPrice(v.get("pricing")), 0L));

        Subquery<Long> child = owner.subquery(Long.class);
        Root<Product> c = child.from(Product.class);
        Join<Product, ProductLink> link = child.correlate(p).join("links");
        child.select(c.get("id")).where(cb.equal(link.get("kind"), ProductLink.GROUPED),
                cb.equal(link.get("linkedId"), c.get("id")), cb.equal(c.get("status"), "publish"),
                cb.gt(currentPrice(c.get("pricing")), 0L));

        return cb.or(cb.gt(currentPrice(p.get("pricing")), 0L), cb.exists(variation), cb.exists(child));
    }

    /** SQL twin of {@link Pricing#isOnSale}. */
    Predicate onSale(Path<Pricing> pricing) {
        Path<Long> sale = pricing.get("salePriceMinor");
        Path<Long> regular = pricing.get("regularPriceMinor");
        Path<Instant> from = pricing.get("saleFrom");
        Path<Instant> to = pricing.get("saleTo");
        return cb.and(cb.isNotNull(sale), cb.or(cb.isNull(regular), cb.lessThan(sale, regular)),
                cb.or(cb.isNull(from), cb.lessThanOrEqualTo(from, now)), cb.or(cb.isNull(to), cb.greaterThan(to, now)));
    }

    /** SQL twin of {@link Pricing#current}; null when the product has no price of its own. */
    Expression<Long> currentPrice(Path<Pricing> pricing) {
        return cb.<Long>selectCase().when(onSale(pricing), pricing.<Long>get("salePriceMinor"))
                .otherwise(pricing.<Long>get("regularPriceMinor"));
    }

    private Predicate between(Expression<Long> price, BigDecimal min, BigDecimal max) {
        List<Predicate> bounds = new ArrayList<>();
        if (min != null) {
            bounds.add(cb.greaterThanOrEqualTo(price, minor(min)));
        }
        if (max != null) {
            bounds.add(cb.lessThanOrEqualTo(price, minor(max)));
        }
        return cb.and(bounds.toArray(Predicate[]::new));
    }

    private long minor(BigDecimal major) {
        return major.movePointRight(currencyDecimals).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
