package org.headlesscart.catalog.control;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.headlesscart.catalog.model.AttributeFilter;
import org.headlesscart.catalog.model.TermOperator;
import org.headlesscart.catalog.entity.AttributeTerm;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductAttribute;

/**
 * Category, tag and attribute filters with their operators, as subqueries of the one list statement:
 * {@code in} carries any of the terms, {@code not_in} none of them, {@code and} every one of them.
 */
class TermPredicates {

    private final CriteriaBuilder cb;

    TermPredicates(CriteriaBuilder cb) {
        this.cb = cb;
    }

    /**
     * Categories or tags ({@code association}). Each group holds the ids one reference stands for (a category
     * with its sub-categories); an empty group is an unknown reference, which is never carried.
     */
    Predicate terms(Root<Product> p, AbstractQuery<?> owner, String association, TermOperator operator,
            List<Set<Long>> groups) {
        Set<Long> any = new HashSet<>();
        groups.forEach(any::addAll);
        return switch (operator) {
            case IN -> linkedTo(p, owner, association, any);
            case NOT_IN -> any.isEmpty() ? cb.conjunction() : cb.not(linkedTo(p, owner, association, any));
            case AND -> cb.and(groups.stream().map(group -> linkedTo(p, owner, association, group))
                    .toArray(Predicate[]::new));
        };
    }

    /** Several attribute filters, all of them (AND) or any of them (OR). */
    Predicate attributes(Root<Product> p, AbstractQuery<?> owner, List<AttributeFilter> filters, boolean any) {
        Predicate[] each = filters.stream().map(f -> attribute(p, owner, f)).toArray(Predicate[]::new);
        return any ? cb.or(each) : cb.and(each);
    }

    /** One attribute filter; without terms it matches nothing (the REST layer drops such entries). */
    Predicate attribute(Root<Product> p, AbstractQuery<?> owner, AttributeFilter filter) {
        List<?> terms = filter.terms();
        return switch (filter.operator()) {
            case IN -> carries(p, owner, filter, terms);
            case NOT_IN -> terms.isEmpty() ? cb.conjunction() : cb.not(carries(p, owner, filter, terms));
            case AND -> terms.isEmpty() ? cb.disjunction() : cb.and(terms.stream()
                    .map(term -> carries(p, owner, filter, List.of(term))).toArray(Predicate[]::new));
        };
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

    /** The product has the attribute with one of these values; a global attribute's values are term slugs. */
    private Predicate carries(Root<Product> p, AbstractQuery<?> owner, AttributeFilter filter, List<?> terms) {
        if (terms.isEmpty()) {
            return cb.disjunction();
        }
        Subquery<Long> withTerm = owner.subquery(Long.class);
        Root<ProductAttribute> a = withTerm.from(ProductAttribute.class);
        Join<ProductAttribute, String> value = a.join("values");
        withTerm.select(a.get("product").get("id"));
        if (filter.byTermId()) {
            Root<AttributeTerm> t = withTerm.from(AttributeTerm.class);
            withTerm.where(cb.equal(a.get("name"), filter.attribute()),
                    cb.equal(t.get("attribute").get("id"), a.get("attribute").get("id")),
                    cb.equal(t.get("slug"), value), t.get("id").in(terms));
        } else {
            withTerm.where(cb.equal(a.get("name"), filter.attribute()), value.in(terms));
        }
        return p.get("id").in(withTerm);
    }
}
