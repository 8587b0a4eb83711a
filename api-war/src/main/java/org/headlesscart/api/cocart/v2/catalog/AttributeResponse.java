package org.headlesscart.api.cocart.v2.catalog;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.catalog.model.AttributeView;

/** A global attribute as {@code GET /products/attributes[/{id}]} shows it (contract §5.5, capture 12). */
@JsonbPropertyOrder({"id", "name", "slug", "type", "orderBy", "hasArchives", "links"})
public record AttributeResponse(long id, String name, String slug, String type, String orderBy, boolean hasArchives,
        @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

    static AttributeResponse from(AttributeView attribute, TermLinks links) {
        return new AttributeResponse(attribute.id(), attribute.name(), attribute.slug(), attribute.type(),
                attribute.orderBy(), attribute.hasArchives(), links.of(attribute.id(), 0));
    }
}
