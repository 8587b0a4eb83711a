package org.headlesscart.catalog.model;

/** A global attribute: {@code slug} has WooCommerce's {@code pa_} prefix, {@code type} is e.g. {@code select}. */
public record AttributeView(long id, String name, String slug, String type, String orderBy, boolean hasArchives) {
}
