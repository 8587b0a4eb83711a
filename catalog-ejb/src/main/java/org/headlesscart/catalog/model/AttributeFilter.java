package org.headlesscart.catalog.model;

import java.util.List;

/**
 * One global-attribute filter, such as {@code pa_color} with the slugs {@code red, blue}. Terms are named by id
 * ({@code termIds}) or by slug ({@code slugs}); ids win when both are given, as in WooCommerce.
 */
public record AttributeFilter(String attribute, List<String> slugs, List<Long> termIds, TermOperator operator) {

    public boolean byTermId() {
        return !termIds.isEmpty();
    }

    /** The term ids or the slugs, whichever names the terms. */
    public List<?> terms() {
        return byTermId() ? termIds : slugs;
    }
}
