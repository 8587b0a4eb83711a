package org.headlesscart.catalog.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.headlesscart.catalog.model.ReviewQuery;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.Review;

/**
 * Turns a {@link ReviewQuery} into Criteria predicates and an ordering. The field set is fixed here, nothing from
 * the request names a field; every filter combines with AND. Only approved reviews of published products are
 * public.
 */
class ReviewFilter {

    private final CriteriaBuilder cb;
    private final ReviewQuery query;

    ReviewFilter(CriteriaBuilder cb, ReviewQuery query) {
        this.cb = cb;
        this.query = query;
    }

    Predicate[] where(Root<Review> r, AbstractQuery<?> owner) {
        List<Predicate> all = new ArrayList<>();
        all.add(cb.equal(r.get("status"), "approved"));
        Subquery<Long> published = owner.subquery(Long.class);
        Root<Product> p = published.from(Product.class);
        published.select(p.get("id")).where(cb.equal(p.get("status"), "publish"));
        all.add(r.get("productId").in(published));
        if (query.search() != null) {
            all.add(search(r));
        }
        if (query.after() != null) {
            all.add(cb.greaterThan(r.get("createdAt"), query.after()));
        }
        if (query.before() != null) {
            all.add(cb.lessThan(r.get("createdAt"), query.before()));
        }
        in(all, r.get("id"), query.include());
        if (!query.exclude().isEmpty()) {
            all.add(cb.not(r.get("id").in(query.exclude())));
        }
        in(all, r.get("productId"), query.products());
        if (!query.reviewers().isEmpty()) {
            // Reviews are not linked to customer accounts (yet), so no review is by any of these user ids;
            // reviewer_exclude, for the same reason, excludes nothing.
            all.add(cb.disjunction());
        }
        return all.toArray(Predicate[]::new);
    }

    /** The requested key, then the id in the same direction, as WordPress's comment query orders. */
    List<Order> order(Root<Review> r) {
        Expression<?> key = switch (query.orderBy()) {
            case "id" -> r.get("id");
            case "product" -> r.get("productId");
            case "include" -> query.include().isEmpty() ? r.get("createdAt") : positionInInclude(r);
            default -> r.get("createdAt");
        };
        Order first = query.ascending() ? cb.asc(key) : cb.desc(key);
        if ("id".equals(query.orderBy())) {
            return List.of(first);
        }
        return List.of(first, query.ascending() ? cb.asc(r.get("id")) : cb.desc(r.get("id")));
    }

    /** Reviewer name or text contains the words, case-insensitively; e-mail addresses are not searched. */
    private Predicate search(Root<Review> r) {
        String like = "%" + query.search().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return cb.or(cb.like(cb.lower(r.get("reviewer")), like, '\\'), cb.like(cb.lower(r.get("review")), like, '\\'));
    }

    private Expression<Integer> positionInInclude(Root<Review> r) {
        CriteriaBuilder.SimpleCase<Long, Integer> position = cb.selectCase(r.<Long>get("id"));
        for (int i = 0; i < query.include().size(); i++) {
            position.when(query.include().get(i), i);
        }
        return position.otherwise(query.include().size());
    }

    private static void in(List<Predicate> all, Expression<Long> path, List<Long> ids) {
        if (!ids.isEmpty()) {
            all.add(path.in(ids));
        }
    }
}
