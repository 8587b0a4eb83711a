package org.headlesscart.catalog.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.headlesscart.catalog.model.ProductQuery;
import org.headlesscart.catalog.model.TermOperator;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.Review;

/**
 * Turns a {@link ProductQuery} into Criteria predicates. Dynamic filters are the one place the Criteria API is
 * used: the field set is fixed here, nothing from the request names a field. Every filter combines with AND, and
 * each is a predicate or subquery of the same statement, so filters never add statements.
 */
class ProductFilter {

    private final CriteriaBuilder cb;
    private final ProductQuery query;
    private final PricePredicates prices;
    private final TermPredicates terms;
    private final List<Set<Long>> categoryGroups;
    private final List<Set<Long>> tagGroups;

    ProductFilter(CriteriaBuilder cb, ProductQuery query, Instant now, int currencyDecimals,
            List<Set<Long>> categoryGroups, List<Set<Long>> tagGroups) {
        this.cb = cb;
        this.query = query;
        this.prices = new PricePredicates(cb, now, currencyDecimals);
        this.terms = new TermPredicates(cb);
        this.categoryGroups = categoryGroups;
        this.tagGroups = tagGroups;
    }

    PricePredicates prices() {
        return prices;
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
        taxonomies(all, p, owner);
        eq(all, p.get("featured"), query.featured());
        if (query.onSale() != null) {
            Predicate onSale = prices.onSale(p.get("pricing"));
            all.add(query.onSale() ? onSale : cb.not(onSale));
        }
        if (query.minPrice() != null || query.maxPrice() != null) {
            all.add(prices.inRange(p, owner, query.minPrice(), query.maxPrice()));
        }
        if (query.hideFree()) {
            all.add(prices.notFree(p, owner));
        }
        eq(all, p.get("stock").get("status"), query.stockStatus());
        if (!query.ratings().isEmpty()) {
            all.add(rated(p, owner));
        }
        createdWithin(all, p.get("createdAt"));
        ids(all, p);
        return all.toArray(Predicate[]::new);
    }

    /** Variations appear only when asked for by type or through their parent; visibility as in {@link #listed}. */
    private Predicate scope(Root<Product> p) {
        if (query.variationsOf() != null) {
            return cb.equal(p.get("parent").get("id"), query.variationsOf());
        }
        return query.type() == null
                ? cb.and(listed(p.get("visibility")), cb.notEqual(p.get("type"), "variation"))
                : cb.and(listed(p.get("visibility")), cb.equal(p.get("type"), query.type()));
    }

    /**
     * {@code catalog_visibility}. {@code visible}, the default, lists every product a storefront may show
     * somewhere (all but hidden ones), so a request without the parameter lists what it always did.
     */
    private Predicate listed(Path<String> visibility) {
        return switch (query.catalogVisibility()) {
            case "any" -> cb.conjunction();
            case "catalog" -> visibility.in("visible", "catalog");
            case "search" -> visibility.in("visible", "search");
            case "hidden" -> cb.equal(visibility, "hidden");
            default -> cb.notEqual(visibility, "hidden");
        };
    }

    /** Name or SKU contains the words, case-insensitively, or the id is the number searched for. */
    private Predicate search(Root<Product> p) {
        String like = "%" + likeEscaped(query.search()) + "%";
        Predicate text = cb.or(cb.like(cb.lower(p.get("name")), like, '\\'),
                cb.like(cb.lower(p.get("sku")), like, '\\'));
        return query.search().matches("\\d{1,18}") ? cb.or(text, cb.equal(p.get("id"), Long.valueOf(query.search())))
                : text;
    }

    /** The search words in lower case with LIKE's wildcards escaped by a backslash. */
    static String likeEscaped(String search) {
        return search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private void taxonomies(List<Predicate> all, Root<Product> p, AbstractQuery<?> owner) {
        if (query.categories() != null) {
            all.add(terms.terms(p, owner, "categories", query.categories().operator(), categoryGroups));
        }
        if (query.tags() != null) {
            all.add(terms.terms(p, owner, "tags", query.tags().operator(), tagGroups));
        }
        // The store has no brands taxonomy: no product carries a brand, so a brand is never matched and never
        // excluded (docs/api.md, Products).
        if (query.brands() != null) {
            all.add(query.brands().operator() == TermOperator.NOT_IN ? cb.conjunction() : cb.disjunction());
        }
        if (query.attribute() != null) {
            all.add(terms.attribute(p, owner, query.attribute()));
        }
        if (!query.attributes().isEmpty()) {
            all.add(terms.attributes(p, owner, query.attributes(), query.anyAttribute()));
        }
    }

    /**
     * {@code rating}: WooCommerce files a product under "rated-N" with N its average rating of approved, rated
     * reviews rounded half up (4.5 is rated-5); products without a rating are in no bucket.
     */
    private Predicate rated(Root<Product> p, AbstractQuery<?> owner) {
        Subquery<Long> rated = owner.subquery(Long.class);
        Root<Review> r = rated.from(Review.class);
        Expression<Integer> rating = r.get("rating");
        rated.select(r.get("productId"))
                .where(cb.equal(r.get("status"), "approved"), cb.gt(rating, 0))
                .groupBy(r.get("productId"))
                .having(cb.round(cb.avg(rating), 0).in(query.ratings().stream().map(Integer::doubleValue).toList()));
        return p.get("id").in(rated);
    }

    private void createdWithin(List<Predicate> all, Path<Instant> created) {
        if (query.after() != null) {
            all.add(cb.greaterThan(created, query.after()));
        }
        if (query.before() != null) {
            all.add(cb.lessThan(created, query.before()));
        }
    }

    private void ids(List<Predicate> all, Root<Product> p) {
        if (!query.include().isEmpty()) {
            all.add(p.get("id").in(query.include()));
        }
        if (!query.exclude().isEmpty()) {
            all.add(cb.not(p.get("id").in(query.exclude())));
        }
        if (!query.parents().isEmpty()) {
            all.add(p.get("parent").get("id").in(query.parents()));
        }
        if (!query.parentsExcluded().isEmpty()) {
            // A product without a parent has none of the excluded parents; NOT IN alone would drop it (NULL).
            all.add(cb.or(cb.isNull(p.get("parent")), cb.not(p.get("parent").get("id").in(query.parentsExcluded()))));
        }
    }

    private <T> void eq(List<Predicate> all, Path<T> path, T value) {
        if (value != null) {
            all.add(cb.equal(path, value));
        }
    }
}
