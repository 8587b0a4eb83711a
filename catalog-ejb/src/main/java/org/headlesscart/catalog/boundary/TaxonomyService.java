package org.headlesscart.catalog.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.headlesscart.catalog.control.TaxonomyLookup;
import org.headlesscart.catalog.model.AttributeView;
import org.headlesscart.catalog.model.Taxonomy;
import org.headlesscart.catalog.model.TermPage;
import org.headlesscart.catalog.model.TermQuery;
import org.headlesscart.catalog.model.TermView;

/**
 * The catalog's taxonomies as storefronts browse them: categories, tags, global attributes and their terms, each
 * with the number of published products it lists. Reads only; each call is one transaction, so a list and its
 * counts come from the same moment.
 */
@Stateless
public class TaxonomyService {

    @Inject
    TaxonomyLookup lookup;

    /** One page of a taxonomy's terms, filtered and ordered as asked (by name by default). */
    public TermPage listTerms(Taxonomy taxonomy, TermQuery query) {
        return lookup.page(taxonomy, query);
    }

    /**
     * One category or tag by id.
     *
     * @throws CatalogException TERM_NOT_FOUND when the taxonomy has no term with that id
     */
    public TermView getTerm(Taxonomy taxonomy, long id) {
        return lookup.term(taxonomy, id)
                .orElseThrow(() -> CatalogFailure.TERM_NOT_FOUND.exception(taxonomy + " " + id));
    }

    /** Every global attribute, by slug; CoCart does not page this list. */
    public List<AttributeView> listAttributes() {
        return lookup.attributes();
    }

    /**
     * One global attribute by id.
     *
     * @throws CatalogException ATTRIBUTE_NOT_FOUND when there is none
     */
    public AttributeView getAttribute(long id) {
        return lookup.attribute(id).orElseThrow(() -> CatalogFailure.ATTRIBUTE_NOT_FOUND.exception(id));
    }

    /**
     * One page of a global attribute's terms, filtered and ordered as asked.
     *
     * @throws CatalogException TAXONOMY_NOT_FOUND when there is no such attribute
     */
    public TermPage listAttributeTerms(long attributeId, TermQuery query) {
        return lookup.attributeTerms(attributeId, query)
                .orElseThrow(() -> CatalogFailure.TAXONOMY_NOT_FOUND.exception("attribute " + attributeId));
    }

    /**
     * One term of a global attribute.
     *
     * @throws CatalogException TAXONOMY_NOT_FOUND when there is no such attribute, TERM_NOT_FOUND when the term
     *         does not exist or belongs to another attribute
     */
    public TermView getAttributeTerm(long attributeId, long termId) {
        if (lookup.attribute(attributeId).isEmpty()) {
            throw CatalogFailure.TAXONOMY_NOT_FOUND.exception("attribute " + attributeId);
        }
        return lookup.attributeTerm(attributeId, termId).orElseThrow(
                () -> CatalogFailure.TERM_NOT_FOUND.exception("attribute " + attributeId + " term " + termId));
    }
}
