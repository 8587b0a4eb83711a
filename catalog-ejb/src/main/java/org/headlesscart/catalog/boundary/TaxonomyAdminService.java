package org.headlesscart.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

import org.headlesscart.catalog.control.TaxonomyLookup;
import org.headlesscart.catalog.control.admin.AdminShippingClasses;
import org.headlesscart.catalog.control.admin.AdminTaxonomies;
import org.headlesscart.catalog.model.AttributeDraft;
import org.headlesscart.catalog.model.AttributeView;
import org.headlesscart.catalog.model.Taxonomy;
import org.headlesscart.catalog.model.TermDraft;
import org.headlesscart.catalog.model.TermView;

/**
 * Categories, tags, shipping classes, global attributes and their terms for the store operator, modelled on WooCommerce REST v3.
 * Reads go through {@link TaxonomyService}; these are the writes. Each call is one transaction that bumps the
 * catalog revision, so the next storefront read shows the change. Deletes are for good: terms have no trash.
 *
 * @see AdminTaxonomies for the naming rules
 */
@Stateless
@Interceptors(AdminRefusals.class)
public class TaxonomyAdminService {

    @Inject
    AdminTaxonomies taxonomies;

    @Inject
    AdminShippingClasses shippingClasses;

    @Inject
    TaxonomyLookup lookup;

    /** @throws CatalogException INVALID_FIELDS, TERM_EXISTS (a sibling has the name), SLUG_TAKEN */
    public TermView createTerm(Taxonomy taxonomy, TermDraft draft) {
        long id = switch (taxonomy) {
            case CATEGORY -> taxonomies.createCategory(draft);
            case TAG -> taxonomies.createTag(draft);
            case SHIPPING_CLASS -> shippingClasses.create(draft);
        };
        return term(taxonomy, id);
    }

    /** Changes what the draft names. @throws CatalogException as for create; ADMIN_TERM_NOT_FOUND */
    public TermView updateTerm(Taxonomy taxonomy, long id, TermDraft draft) {
        switch (taxonomy) {
            case CATEGORY -> taxonomies.updateCategory(id, draft);
            case TAG -> taxonomies.updateTag(id, draft);
            case SHIPPING_CLASS -> shippingClasses.update(id, draft);
        }
        return term(taxonomy, id);
    }

    /** @return the term as it was; @throws CatalogException ADMIN_TERM_NOT_FOUND */
    public TermView deleteTerm(Taxonomy taxonomy, long id) {
        TermView before = term(taxonomy, id);
        switch (taxonomy) {
            case CATEGORY -> taxonomies.deleteCategory(id);
            case TAG -> taxonomies.deleteTag(id);
            case SHIPPING_CLASS -> shippingClasses.delete(id);
        }
        return before;
    }

    /** @throws CatalogException INVALID_FIELDS, SLUG_TAKEN */
    public AttributeView createAttribute(AttributeDraft draft) {
        return attribute(taxonomies.createAttribute(draft));
    }

    /** A new slug is renamed in every product, variation and default that uses the attribute. */
    public AttributeView updateAttribute(long id, AttributeDraft draft) {
        taxonomies.updateAttribute(id, draft);
        return attribute(id);
    }

    /** @return the attribute as it was; products lose it */
    public AttributeView deleteAttribute(long id) {
        AttributeView before = attribute(id);
        taxonomies.deleteAttribute(id);
        return before;
    }

    /** @throws CatalogException ADMIN_ATTRIBUTE_NOT_FOUND, INVALID_FIELDS, TERM_EXISTS, SLUG_TAKEN */
    public TermView createAttributeTerm(long attributeId, TermDraft draft) {
        return attributeTerm(attributeId, taxonomies.createTerm(attributeId, draft));
    }

    public TermView updateAttributeTerm(long attributeId, long termId, TermDraft draft) {
        taxonomies.updateTerm(attributeId, termId, draft);
        return attributeTerm(attributeId, termId);
    }

    /** @return the term as it was; products stop offering it */
    public TermView deleteAttributeTerm(long attributeId, long termId) {
        TermView before = attributeTerm(attributeId, termId);
        taxonomies.deleteTerm(attributeId, termId);
        return before;
    }

    private TermView term(Taxonomy taxonomy, long id) {
        return lookup.term(taxonomy, id).orElseThrow(() -> CatalogFailure.ADMIN_TERM_NOT_FOUND.exception(taxonomy + " " + id));
    }

    private AttributeView attribute(long id) {
        return lookup.attribute(id).orElseThrow(() -> CatalogFailure.ADMIN_ATTRIBUTE_NOT_FOUND.exception(id));
    }

    private TermView attributeTerm(long attributeId, long termId) {
        if (lookup.attribute(attributeId).isEmpty()) {
            throw CatalogFailure.ADMIN_ATTRIBUTE_NOT_FOUND.exception(attributeId);
        }
        return lookup.attributeTerm(attributeId, termId)
                .orElseThrow(() -> CatalogFailure.ADMIN_TERM_NOT_FOUND.exception("term " + termId));
    }
}
