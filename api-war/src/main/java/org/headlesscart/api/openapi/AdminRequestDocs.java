package org.headlesscart.api.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The bodies of the WooCommerce REST v3 admin writes ({@code api.wc.v3}: {@code ProductRequest},
 * {@code TermRequest}, {@code CustomerRequest}) and of making a REST API key, with the fields those readers take.
 * Every field is optional on an update; a create needs what the route says ({@code name} for terms and attributes,
 * {@code email} and {@code password} for customers, {@code description} and {@code permissions} for keys).
 */
final class AdminRequestDocs {

    private AdminRequestDocs() {
    }

    static void addTo(Map<String, Schema> schemas) {
        schemas.put(RequestDocs.PRODUCT, priced(Schemas.object("A product's fields, as WooCommerce's REST API v3."))
                .addProperty("name", Schemas.string(null))
                .addProperty("slug", Schemas.string(null))
                .addProperty("type", Schemas.string("simple (default), variable, grouped or external."))
                .addProperty("featured", Schemas.bool(null))
                .addProperty("catalog_visibility", Schemas.string("visible, catalog, search or hidden."))
                .addProperty("description", Schemas.string(null))
                .addProperty("short_description", Schemas.string(null))
                .addProperty("external_url", Schemas.string(null))
                .addProperty("button_text", Schemas.string(null))
                .addProperty("categories", ids("Category ids, as [{\"id\": 9}] or [9]."))
                .addProperty("tags", ids("Tag ids, as [{\"id\": 9}] or [9]."))
                .addProperty("images", Schemas.array(Schemas.object(null)
                        .addProperty("src", Schemas.string(null))
                        .addProperty("name", Schemas.string(null))
                        .addProperty("alt", Schemas.string(null)), null))
                .addProperty("attributes", Schemas.array(Schemas.object(null)
                        .addProperty("id", Schemas.integer("A global attribute, or 0 for a local one."))
                        .addProperty("name", Schemas.string(null))
                        .addProperty("position", Schemas.integer(null))
                        .addProperty("visible", Schemas.bool(null))
                        .addProperty("variation", Schemas.bool(null))
                        .addProperty("options", Schemas.array(Schemas.string(null), null)), null))
                .addProperty("default_attributes", Schemas.array(choice(), null))
                .addProperty("upsell_ids", Schemas.array(Schemas.integer(null), null))
                .addProperty("cross_sell_ids", Schemas.array(Schemas.integer(null), null))
                .addProperty("grouped_products", Schemas.array(Schemas.integer(null), null)));
        schemas.put(RequestDocs.VARIATION, priced(Schemas.object("A variation's fields."))
                .addProperty("description", Schemas.string(null))
                .addProperty("image", Schemas.object(null).addProperty("src", Schemas.string(null)))
                .addProperty("attributes", Schemas.array(choice(), "The parent's variation attributes chosen.")));
        schemas.put(RequestDocs.TERM, Schemas.object("A category, tag, shipping class or attribute term; name is required to create.")
                .addProperty("name", Schemas.string(null))
                .addProperty("slug", Schemas.string(null))
                .addProperty("parent", Schemas.integer("Categories: the parent category, 0 for the top level."))
                .addProperty("description", Schemas.string(null))
                .addProperty("image", Schemas.object("Categories: {} or an empty src removes the image.")
                        .addProperty("src", Schemas.string(null)))
                .addProperty("menu_order", Schemas.integer(null)));
        schemas.put(RequestDocs.ATTRIBUTE, Schemas.object("A global attribute; name is required to create.")
                .addProperty("name", Schemas.string(null))
                .addProperty("slug", Schemas.string("Gets the pa_ prefix."))
                .addProperty("type", Schemas.string("select."))
                .addProperty("order_by", Schemas.string("menu_order, name, name_num or id."))
                .addProperty("has_archives", Schemas.bool(null)));
        schemas.put(RequestDocs.CUSTOMER, Schemas.object("A customer; email and password are required to create.")
                .addProperty("email", Schemas.string(null).format("email"))
                .addProperty("first_name", Schemas.string(null))
                .addProperty("last_name", Schemas.string(null))
                .addProperty("username", Schemas.string("Defaults to the e-mail's name; cannot be changed."))
                .addProperty("password", Schemas.string(null).format("password"))
                .addProperty("billing", address(true))
                .addProperty("shipping", address(false)));
        schemas.put(RequestDocs.API_KEY, Schemas.object("A REST API key to make.")
                .addProperty("description", Schemas.string("What the key is for, at most 200 characters.")
                        .maxLength(200))
                .addProperty("permissions", Schemas.string("read, write or read_write."))
                .addProperty("user_id", Schemas.integer("The administrator or shop manager the key acts as; "
                        + "default the caller."))
                .required(List.of("description", "permissions")));
    }

    /** The fields products and variations share. */
    private static Schema priced(Schema schema) {
        return schema
                .addProperty("status", Schemas.string("publish, draft, pending or private."))
                .addProperty("sku", Schemas.string(null))
                .addProperty("regular_price", Schemas.string("Major units, e.g. \"19.99\"."))
                .addProperty("sale_price", Schemas.string(null))
                .addProperty("date_on_sale_from", Schemas.string("ISO 8601, store time."))
                .addProperty("date_on_sale_to", Schemas.string(null))
                .addProperty("manage_stock", Schemas.bool(null))
                .addProperty("stock_quantity", Schemas.integer(null))
                .addProperty("stock_status", Schemas.string("instock, outofstock or onbackorder."))
                .addProperty("backorders", Schemas.string("no, notify or yes."))
                .addProperty("low_stock_amount", Schemas.integer(null))
                .addProperty("sold_individually", Schemas.bool(null))
                .addProperty("virtual", Schemas.bool(null))
                .addProperty("downloadable", Schemas.bool(null))
                .addProperty("weight", Schemas.string(null))
                .addProperty("dimensions", Schemas.object(null)
                        .addProperty("length", Schemas.string(null))
                        .addProperty("width", Schemas.string(null))
                        .addProperty("height", Schemas.string(null)))
                .addProperty("tax_status", Schemas.string("taxable, shipping or none."))
                .addProperty("tax_class", Schemas.string(null))
                .addProperty("shipping_class", Schemas.string("A shipping class slug; \"\" (or an unknown slug) for"
                        + " none, which for a variation means its parent's."))
                .addProperty("menu_order", Schemas.integer(null));
    }

    private static Schema choice() {
        return Schemas.object(null)
                .addProperty("id", Schemas.integer(null))
                .addProperty("name", Schemas.string(null))
                .addProperty("option", Schemas.string(null));
    }

    private static Schema ids(String description) {
        return Schemas.array(Schemas.any("An id, or an object with an id."), description);
    }

    private static Schema address(boolean billing) {
        Schema address = Schemas.object(billing ? "The billing address." : "The shipping address.");
        for (String field : List.of("first_name", "last_name", "company", "address_1", "address_2", "city", "state",
                "postcode", "country", "phone")) {
            address.addProperty(field, Schemas.string(null));
        }
        return billing ? address.addProperty("email", Schemas.string(null).format("email")) : address;
    }
}
