package org.headlesscart.catalog.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.headlesscart.catalog.boundary.ProductQuery;
import org.headlesscart.catalog.entity.Pricing;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductAttribute;

/**
 * Turns a {@link ProductQuery} into Criteria predicates. Dynamic filters are the one place the Criteria API is
 * used: the field set is fixed here, nothing from the request names a field. Every filter combines with AND.
 */
class ProductFilter {

    private final CriteriaBuilder cb;
    private final ProductQuery query;
    private final Instant now;
    private final int currencyDecimals;
    private final Collection<Long> categoryIds;
    private final Collection<Long> tagIds;

    ProductFilter(CriteriaBuilder cb, ProductQuery query, Instant now, int currencyDecimals,
            Collection<Long> categoryIds, Collection<Long> tagIds) {
        this.cb = cb;
        this.query = query;
        this.now = now;
        this.currencyDecimals = currencyDecimals;
        this.categoryIds = categoryIds;
        this.tagIds = tagIds;
    }

    Predicate[] where(Root<Product> p, AbstractQuery<?> owner) {
        List<Predicate> all = new ArrayList<>();
        all.add(cb.equal(p.get("status"), "publish"));
        all.add(scope(p));
        if (query.search() != null) {
            all.add(search(p));
        }
        eq(all, p.get("slug"), query.slug());
        if (!query.skus().isEmpty()) {
            all.add(p.get("sku").in(query.skus()));
        }
        if (categoryIds != null) {
            all.add(linkedTo(p, owner, "categories", categoryIds));
        }
        if (tagIds != null) {
            all.add(linkedTo(p, owner, "tags", tagIds));
        }
        eq(all, p.get("featured"), query.featured());
        if (query.onSale() != null) {
            Predicate onSale = onSale(p.get("pricing"));
            all.add(query.onSale() ? onSale : cb.not(onSale));
        }
        priceRange(all, p, owner);
        eq(all, p.get("stock").get("status"), query.stockStatus());
        if (!query.include().isEmpty()) {
            all.add(p.get("id").in(query.include()));
        }
        if (!query.exclude().isEmpty()) {
            all.add(cb.not(p.get("id").in(query.exclude())));
        }
        if (!query.parents().isEmpty()) {
            all.add(p.get("parent").get("id").in(query.parents()));
        }
        if (query.attribute() != null) {
            all.add(hasAttributeTerm(p, owner));
        }
        return all.toArray(Predicate[]::new);
    }

    /** Variations appear only when asked for by type or through their parent; hidden products never. */
    private Predicate scope(Root<Product> p) {
        if (query.variationsOf() != null) {
            return cb.equal(p.get("parent").get("id"), query.variationsOf());
        }
        Predicate visible = cb.notEqual(p.get("visibility"), "hidden");
        return query.type() == null
                ? cb.and(visible, cb.notEqual(p.get("type"), "variation"))
                : cb.and(visible, cb.equal(p.get("type"), query.type()));
    }

    /** Name or SKU contains the words, case-insensitively, or the id is the number searched for. */
    private Predicate search(Root<Product> p) {
        String like = "%" + query.search().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        Predicate text = cb.or(cb.like(cb.lower(p.get("name")), like, '\\'),
                cb.like(cb.lower(p.get("sku")), like, '\\'));
        return query.search().matches("\\d{1,18}") ? cb.or(text, cb.equal(p.get("id"), Long.valueOf(query.search())))
                : text;
    }

    private Predicate linkedTo(Root<Product> p, AbstractQuery<?> owner, String association, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return cb.disjunction();
        }
        Subquery<Long> linked = owner.subquery(Long.class);
        Root<Product> q = linked.from(Product.class);
        Join<Product, ?> term = q.join(association);
        linked.select(q.get("id")).where(term.get("id").in(ids));
        return p.get("id").in(linked);
    }

    private Predicate hasAttributeTerm(Root<Product> p, AbstractQuery<?> owner) {
        Subquery<Long> withTerm = owner.subquery(Long.class);
        Root<ProductAttribute> a = withTerm.from(ProductAttribute.class);
        Join<ProductAttribute, String> value = a.join("values");
        withTerm.select(a.get("product").get("id"))
                .where(cb.equal(a.get("name"), query.attribute()), value.in(query.attributeTerms()));
        return p.get("id").in(withTerm);
    }

    /** A product's own price, or for a variable product any of its variations, within the range. */
    private void priceRange(List<Predicate> all, Root<Product> p, AbstractQuery<?> owner) {
        if (query.minPrice() == null && query.maxPrice() == null) {
            return;
        }
        Subquery<Long> variation = owner.subquery(Long.class);
        Root<Product> v = variation.from(Product.class);
        variation.select(v.get("id")).where(cb.equal(v.get("parent").get("id"), p.get("id")),
                cb.equal(v.get("status"), "publish"), inRange(currentPrice(v.get("pricing"))));
        all.add(cb.or(inRange(currentPrice(p.get("pricing"))), cb.exists(variation)));
    }

    private Predicate inRange(Expression<Long> price) {
        List<Predicate> bounds = new ArrayList<>();
        if (query.minPrice() != null) {
            bounds.add(cb.greaterThanOrEqualTo(price, minor(query.minPrice())));
        }
        if (query.maxPrice() != null) {
            bounds.add(cb.lessThanOrEqualTo(price, minor(query.maxPrice())));
        }
        return cb.and(bounds.toArray(Predicate[]::new));
    }

    private long minor(BigDecimal major) {
        return major.movePointRight(currencyDecimals).setScale(0, RoundingMode.HALF_UP).longValueExact();
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

    /** SQL twin of {@link Pricing#current}. */
    Expression<Long> currentPrice(Path<Pricing> pricing) {
        return cb.<Long>selectCase().when(onSale(pricing), pricing.<Long>get("salePriceMinor"))
                .otherwise(pricing.<Long>get("regularPriceMinor"));
    }

    private <T> void eq(List<Predicate> all, Path<T> path, T value) {
        if (value != null) {
            all.add(cb.equal(path, value));
        }
    }
}
