package org.headlesscart.api.cocart.v2.catalog;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.catalog.model.TermView;

/**
 * A product category as {@code GET /products/categories[/{id}]} shows it (contract §5.5, capture 10).
 * {@code display} is always {@code "default"}: categories have no archive display type here. {@code image} is
 * null without an image.
 */
@JsonbPropertyOrder({"id", "name", "slug", "parent", "description", "display", "image", "menuOrder", "count",
    "links"})
public record CategoryResponse(long id, String name, String slug, long parent, String description, String display,
        Image image, int menuOrder, long count, @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

    /**
     * The category image. It is stored as a URL only, so it has no attachment id (0) and no alt text (""); its
     * name is the file name without extension, which is how WordPress titles an uploaded image.
     */
    @JsonbPropertyOrder({"id", "src", "name", "alt"})
    public record Image(long id, String src, String name, String alt) {

        static Image of(String src) {
            if (src == null || src.isBlank()) {
                return null;
            }
            String file = src.replaceAll("[?#].*$", "").replaceAll("^.*/", "");
            int dot = file.lastIndexOf('.');
            return new Image(0, src, dot > 0 ? file.substring(0, dot) : file, "");
        }
    }

    static CategoryResponse from(TermView term, TermLinks links) {
        return new CategoryResponse(term.id(), term.name(), term.slug(), term.parentId(), term.description(),
                "default", Image.of(term.imageSrc()), term.menuOrder(), term.count(),
                links.of(term.id(), term.parentId()));
    }
}
