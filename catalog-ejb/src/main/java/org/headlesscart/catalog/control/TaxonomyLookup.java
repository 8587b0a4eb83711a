package org.headlesscart.catalog.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.headlesscart.catalog.model.AttributeView;
import org.headlesscart.catalog.model.Taxonomy;
import org.headlesscart.catalog.model.TermPage;
import org.headlesscart.catalog.model.TermQuery;
import org.headlesscart.catalog.model.TermView;
import org.headlesscart.catalog.entity.AttributeTerm;
import org.headlesscart.catalog.entity.Category;
import org.headlesscart.catalog.entity.GlobalAttribute;
import org.headlesscart.catalog.entity.ShippingClass;
import org.headlesscart.catalog.entity.Tag;

/**
 * Finds categories, tags, shipping classes, global attributes and attribute terms and turns them into views with their product
 * counts; empty results, never exceptions. A list costs three statements at most (terms, counts, and the terms
 * of one product when filtered by product), whatever its size.
 */
@ApplicationScoped
public class TaxonomyLookup {

    @Inject
    TaxonomyStore store;

    public TermPage page(Taxonomy taxonomy, TermQuery query) {
        Long product = query.product();
        Set<Long> ofProduct = product == null ? null : switch (taxonomy) {
            case CATEGORY -> store.categoryIdsOf(product);
            case TAG -> store.tagIdsOf(product);
            case SHIPPING_CLASS -> store.shippingClassIdsOf(product);
        };
        return TermSelection.page(terms(taxonomy), query, ofProduct);
    }

    public Optional<TermView> term(Taxonomy taxonomy, long id) {
        return switch (taxonomy) {
            case CATEGORY -> store.findCategory(id).map(c -> category(c, store.categoryCounts()));
            case TAG -> store.findTag(id).map(t -> tag(t, store.tagCounts()));
            case SHIPPING_CLASS -> store.findShippingClass(id).map(c -> shippingClass(c, store.shippingClassCounts()));
        };
    }

    public List<AttributeView> attributes() {
        return store.attributes().stream().map(TaxonomyLookup::attribute).toList();
    }

    public Optional<AttributeView> attribute(long id) {
        return store.findAttribute(id).map(TaxonomyLookup::attribute);
    }

    /** A page of an attribute's terms; empty when there is no such attribute. */
    public Optional<TermPage> attributeTerms(long attributeId, TermQuery query) {
        if (store.findAttribute(attributeId).isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Long> counts = store.termCounts(attributeId);
        List<TermView> terms = store.termsOf(attributeId).stream().map(t -> term(t, counts)).toList();
        Set<Long> ofProduct = query.product() == null ? null : store.termIdsOf(attributeId, query.product());
        return Optional.of(TermSelection.page(terms, query, ofProduct));
    }

    /** A term of that attribute; a term of another attribute is not found. */
    public Optional<TermView> attributeTerm(long attributeId, long termId) {
        return store.termsOf(attributeId).stream().filter(t -> t.getId() == termId).findFirst()
                .map(t -> term(t, store.termCounts(attributeId)));
    }

    private List<TermView> terms(Taxonomy taxonomy) {
        return switch (taxonomy) {
            case CATEGORY -> {
                Map<Long, Long> counts = store.categoryCounts();
                yield store.categories().stream().map(c -> category(c, counts)).toList();
            }
            case TAG -> {
                Map<Long, Long> counts = store.tagCounts();
                yield store.tags().stream().map(t -> tag(t, counts)).toList();
            }
            case SHIPPING_CLASS -> {
                Map<Long, Long> counts = store.shippingClassCounts();
                yield store.shippingClasses().stream().map(c -> shippingClass(c, counts)).toList();
            }
        };
    }

    private static TermView category(Category c, Map<Long, Long> counts) {
        return new TermView(c.getId(), c.getName(), c.getSlug(), c.getParentId() == null ? 0 : c.getParentId(),
                c.getDescription(), c.getImageSrc(), c.getMenuOrder(), counts.getOrDefault(c.getId(), 0L));
    }

    private static TermView tag(Tag t, Map<Long, Long> counts) {
        return new TermView(t.getId(), t.getName(), t.getSlug(), 0, t.getDescription(), null, 0,
                counts.getOrDefault(t.getId(), 0L));
    }

    private static TermView shippingClass(ShippingClass c, Map<Long, Long> counts) {
        return new TermView(c.getId(), c.getName(), c.getSlug(), 0, c.getDescription(), null, 0,
                counts.getOrDefault(c.getId(), 0L));
    }

    private static TermView term(AttributeTerm t, Map<Long, Long> counts) {
        return new TermView(t.getId(), t.getName(), t.getSlug(), 0, t.getDescription(), null, t.getMenuOrder(),
                counts.getOrDefault(t.getId(), 0L));
    }

    private static AttributeView attribute(GlobalAttribute a) {
        return new AttributeView(a.getId(), a.getName(), a.getSlug(), a.getType(), a.getOrderBy(), a.hasArchives());
    }
}
