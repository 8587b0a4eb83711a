package org.headlesscart.api.wc.v3;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.catalog.model.AttributeView;
import org.headlesscart.catalog.model.TermView;

/** Categories, tags, shipping classes, attributes and attribute terms as WooCommerce REST v3 shows them. */
final class TermResponses {

    private TermResponses() {
    }

    /** {@code display} is always WooCommerce's {@code default}: the catalog does not store display types. */
    @JsonbPropertyOrder({"id", "name", "slug", "parent", "description", "display", "image", "menu_order", "count"})
    public record Category(long id, String name, String slug, long parent, String description, String display,
            Image image, int menuOrder, long count) {

        static Category from(TermView t) {
            return new Category(t.id(), t.name(), t.slug(), t.parentId(), t.description(), "default",
                    t.imageSrc() == null ? null : new Image(t.imageSrc()), t.menuOrder(), t.count());
        }
    }

    @JsonbPropertyOrder({"src"})
    public record Image(String src) {
    }

    @JsonbPropertyOrder({"id", "name", "slug", "description", "count"})
    public record Tag(long id, String name, String slug, String description, long count) {

        static Tag from(TermView t) {
            return new Tag(t.id(), t.name(), t.slug(), t.description(), t.count());
        }
    }

    /** WooCommerce's shipping class schema has exactly a tag's fields. */
    @JsonbPropertyOrder({"id", "name", "slug", "description", "count"})
    public record ShippingClass(long id, String name, String slug, String description, long count) {

        static ShippingClass from(TermView t) {
            return new ShippingClass(t.id(), t.name(), t.slug(), t.description(), t.count());
        }
    }

    @JsonbPropertyOrder({"id", "name", "slug", "type", "order_by", "has_archives"})
    public record Attribute(long id, String name, String slug, String type, String orderBy, boolean hasArchives) {

        static Attribute from(AttributeView a) {
            return new Attribute(a.id(), a.name(), a.slug(), a.type(), a.orderBy(), a.hasArchives());
        }
    }

    @JsonbPropertyOrder({"id", "name", "slug", "description", "menu_order", "count"})
    public record AttributeTerm(long id, String name, String slug, String description, int menuOrder, long count) {

        static AttributeTerm from(TermView t) {
            return new AttributeTerm(t.id(), t.name(), t.slug(), t.description(), t.menuOrder(), t.count());
        }
    }
}
