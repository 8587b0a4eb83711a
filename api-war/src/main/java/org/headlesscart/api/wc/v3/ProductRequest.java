package org.headlesscart.api.wc.v3;

import java.util.List;

import org.headlesscart.catalog.model.ProductDraft;

/**
 * Reads a WooCommerce REST v3 product or variation body into a draft. Fields the catalog does not store (meta
 * data, downloads, purchase note, reviews_allowed) are ignored, as WooCommerce ignores unknown
 * ones. A variation has one {@code image} instead of {@code images}, and {@code attributes} that choose one option
 * each.
 */
final class ProductRequest {

    private ProductRequest() {
    }

    /** @throws org.headlesscart.api.error.InvalidParamException naming every field of the wrong type */
    static ProductDraft product(String body) {
        JsonBody json = JsonBody.parse(body);
        ProductDraft draft = draft(json, false);
        json.throwIfAny();
        return draft;
    }

    static ProductDraft variation(String body) {
        JsonBody json = JsonBody.parse(body);
        ProductDraft draft = draft(json, true);
        json.throwIfAny();
        return draft;
    }

    private static ProductDraft draft(JsonBody json, boolean variation) {
        JsonBody dimensions = json.object("dimensions");
        List<ProductDraft.Image> images;
        if (variation) {
            JsonBody image = json.object("image");
            images = image == null ? null : List.of(image(image));
        } else {
            images = json.objects("images", ProductRequest::image);
        }
        return new ProductDraft(json.string("name"), json.string("slug"), json.string("type"), json.string("status"),
                json.bool("featured"), json.string("catalog_visibility"), json.string("description"),
                json.string("short_description"), json.string("sku"), json.string("regular_price"),
                json.string("sale_price"), json.string("date_on_sale_from"), json.string("date_on_sale_from_gmt"),
                json.string("date_on_sale_to"), json.string("date_on_sale_to_gmt"), json.bool("manage_stock"),
                json.int32("stock_quantity"), json.string("stock_status"), json.string("backorders"),
                json.int32("low_stock_amount"), json.bool("sold_individually"), json.bool("virtual"),
                json.bool("downloadable"), json.string("weight"), dimensions == null ? null : dimensions.string("length"),
                dimensions == null ? null : dimensions.string("width"),
                dimensions == null ? null : dimensions.string("height"), json.string("tax_status"),
                json.string("tax_class"), json.string("shipping_class"), json.string("external_url"),
                json.string("button_text"),
                json.int32("menu_order"), variation ? null : json.ids("categories"),
                variation ? null : json.ids("tags"), images,
                variation ? null : json.objects("attributes", ProductRequest::attribute),
                variation ? null : json.objects("default_attributes", ProductRequest::choice),
                variation ? json.objects("attributes", ProductRequest::choice) : null,
                variation ? null : json.ids("upsell_ids"), variation ? null : json.ids("cross_sell_ids"),
                variation ? null : json.ids("grouped_products"));
    }

    private static ProductDraft.Image image(JsonBody json) {
        return new ProductDraft.Image(json.string("src"), json.string("name"), json.string("alt"));
    }

    private static ProductDraft.Attribute attribute(JsonBody json) {
        return new ProductDraft.Attribute(json.integer("id"), json.string("name"), json.int32("position"),
                json.bool("visible"), json.bool("variation"), json.strings("options"));
    }

    private static ProductDraft.Choice choice(JsonBody json) {
        return new ProductDraft.Choice(json.integer("id"), json.string("name"), json.string("option"));
    }
}
