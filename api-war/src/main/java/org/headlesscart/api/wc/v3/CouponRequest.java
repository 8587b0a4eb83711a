package org.headlesscart.api.wc.v3;

import java.util.List;

import jakarta.json.JsonObject;

import org.headlesscart.pricing.model.CouponDraft;

/**
 * A coupon create or update body, read as WooCommerce's coupon schema ({@code wc/v3/coupons}): read-only fields
 * ({@code id} aside, {@code usage_count}, {@code used_by}, dates but the expiry, {@code meta_data}) are ignored, as
 * WordPress ignores them; amounts are strings, as the schema says; {@code discount_type} is one of the three types.
 * Type problems are reported together as {@code rest_invalid_param}.
 */
final class CouponRequest {

    static final List<String> TYPES = List.of("percent", "fixed_cart", "fixed_product");

    private CouponRequest() {
    }

    /** The draft and whether the body named an id (a create refuses it; a batch update needs it). */
    record Parsed(CouponDraft draft, Long id) {
    }

    static Parsed parse(String body) {
        return read(JsonBody.parse(body));
    }

    static Parsed parse(JsonObject item) {
        return read(JsonBody.of(item));
    }

    private static Parsed read(JsonBody json) {
        Long id = json.has("id") ? json.integer("id") : null;
        String type = json.string("discount_type");
        if (type != null && !TYPES.contains(type)) {
            json.report("discount_type", "rest_not_in_enum", "discount_type is not one of "
                    + String.join(", ", TYPES) + ".");
        }
        CouponDraft draft = new CouponDraft(json.string("code"), json.string("amount"), json.string("status"), type,
                json.string("description"), json.string("date_expires"), json.string("date_expires_gmt"),
                json.bool("individual_use"), json.ids("product_ids"), json.ids("excluded_product_ids"),
                json.int32("usage_limit"), json.int32("usage_limit_per_user"), json.int32("limit_usage_to_x_items"),
                json.bool("free_shipping"), json.ids("product_categories"), json.ids("excluded_product_categories"),
                json.bool("exclude_sale_items"), json.string("minimum_amount"), json.string("maximum_amount"),
                json.strings("email_restrictions"));
        json.throwIfAny();
        return new Parsed(draft, id);
    }
}
