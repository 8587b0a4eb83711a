package org.headlesscart.api.cocart.v2.catalog;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.catalog.model.TermView;

/** A product tag as {@code GET /products/tags[/{id}]} shows it (contract §5.5, capture 11). */
@JsonbPropertyOrder({"id", "name", "slug", "description", "count", "links"})
public record TagResponse(long id, String name, String slug, String description, long count,
        @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

    static TagResponse from(TermView term, TermLinks links) {
        return new TagResponse(term.id(), term.name(), term.slug(), term.description(), term.count(),
                links.of(term.id(), 0));
    }
}
