package org.headlesscart.catalog.model;

/**
 * A global attribute to create or change, modelled on WooCommerce REST v3; {@code null} leaves a value as it is.
 * The slug is given without WooCommerce's {@code pa_} prefix, which the catalog adds.
 */
public record AttributeDraft(String name, String slug, String type, String orderBy, Boolean hasArchives) {
}
