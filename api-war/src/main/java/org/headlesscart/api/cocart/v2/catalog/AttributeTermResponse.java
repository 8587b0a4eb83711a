package org.headlesscart.api.cocart.v2.catalog;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.catalog.model.TermView;

/** A global attribute's term as {@code GET /products/attributes/{id}/terms[/{id}]} shows it (contract §5.5). */
@JsonbPropertyOrder({"id", "name", "slug", "description", "menuOrder", "count", "links"})
public record AttributeTermResponse(long id, String name, String slug, String description, int menuOrder, long count,
        @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

    static AttributeTermResponse from(TermView term, TermLinks links) {
        return new AttributeTermResponse(term.id(), term.name(), term.slug(), term.description(), term.menuOrder(),
                term.count(), links.of(term.id(), 0));
    }
}
