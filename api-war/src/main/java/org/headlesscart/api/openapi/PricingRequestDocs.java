package org.headlesscart.api.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The bodies of the pricing admin writes: coupons ({@code CouponRequest}) and settings, with their batches. */
final class PricingRequestDocs {

    private PricingRequestDocs() {
    }

    static void addTo(Map<String, Schema> schemas) {
        schemas.put(RequestDocs.COUPON, coupon());
        schemas.put(RequestDocs.COUPONS_BATCH, Schemas.object("At most 100 items in all.")
                .addProperty("create", Schemas.array(Schemas.ref(RequestDocs.COUPON), null))
                .addProperty("update", Schemas.array(Schemas.ref(RequestDocs.COUPON), "Each with its id."))
                .addProperty("delete", Schemas.array(Schemas.integer(null), "Ids; deleted for good.")));
        schemas.put(RequestDocs.SETTING, Schemas.object("A setting's new value.")
                .addProperty("value", OASFactory.createSchema().description("yes/no for a checkbox (true and false "
                        + "too), a choice for a select, a list of choices for a multiselect."))
                .required(List.of("value")));
        schemas.put(RequestDocs.SETTINGS_BATCH, Schemas.object("Settings of the group to change.")
                .addProperty("update", Schemas.array(Schemas.object(null)
                        .addProperty("id", Schemas.string(null))
                        .addProperty("value", OASFactory.createSchema()), null)));
    }

    private static Schema coupon() {
        Schema ids = Schemas.array(Schemas.integer(null), null);
        return Schemas.object("A coupon's fields, as WooCommerce's REST API v3; code is required to create.")
                .addProperty("code", Schemas.string("Kept lower-case, unique."))
                .addProperty("amount", Schemas.string("A decimal, e.g. \"10.00\"; a percentage for percent."))
                .addProperty("status", Schemas.string("publish (default), draft, pending or private."))
                .addProperty("discount_type", Schemas.string("percent, fixed_cart (default) or fixed_product."))
                .addProperty("description", Schemas.string(null))
                .addProperty("date_expires", Schemas.string("Store time, Y-m-d\\TH:i:s; \"\" for never."))
                .addProperty("date_expires_gmt", Schemas.string("The same in UTC; wins over date_expires."))
                .addProperty("individual_use", Schemas.bool(null))
                .addProperty("product_ids", ids)
                .addProperty("excluded_product_ids", ids)
                .addProperty("usage_limit", Schemas.integer("0 for unlimited."))
                .addProperty("usage_limit_per_user", Schemas.integer("0 for unlimited."))
                .addProperty("limit_usage_to_x_items", Schemas.integer("0 for no limit."))
                .addProperty("free_shipping", Schemas.bool(null))
                .addProperty("product_categories", ids)
                .addProperty("excluded_product_categories", ids)
                .addProperty("exclude_sale_items", Schemas.bool(null))
                .addProperty("minimum_amount", Schemas.string("\"\" for none."))
                .addProperty("maximum_amount", Schemas.string("\"\" for none."))
                .addProperty("email_restrictions", Schemas.array(Schemas.string(null), "Addresses; * as wildcard."));
    }
}
