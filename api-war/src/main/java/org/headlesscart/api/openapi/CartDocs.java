package org.headlesscart.api.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The cart object of contract §3 and its item (§3.3) as schema components. The cart is written field by field with
 * JSON-P ({@code CartJson}), not from a record, so Payara cannot derive its schema. Fields that PHP writes as an
 * object or as {@code []} (§1.2) have no one type and are left untyped.
 */
public final class CartDocs {

    public static final String CART = "Cart";
    public static final String ITEM = "CartItem";

    private CartDocs() {
    }

    static Map<String, Schema> schemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(CART, Schemas.object("The cart (contract §3); fields=... keeps only the fields named.")
                .addProperty("cart_hash", Schemas.string("Changes with the cart's contents and total."))
                .addProperty("cart_key", Schemas.string("The cart's key: send it back to go on with this cart."))
                .addProperty("currency", Schemas.object("The store currency: currency_code, currency_symbol, "
                        + "currency_minor_unit, currency_decimal_separator, ...").additionalPropertiesBoolean(true))
                .addProperty("customer", Schemas.any("billing_address and shipping_address."))
                .addProperty("items", Schemas.array(Schemas.ref(ITEM), "The lines, in the order they were added."))
                .addProperty("item_count", Schemas.number("The sum of the quantities."))
                .addProperty("items_weight", Schemas.string("Total weight in the store's unit."))
                .addProperty("coupons", Schemas.array(Schemas.any(null), null))
                .addProperty("needs_payment", Schemas.bool(null))
                .addProperty("needs_shipping", Schemas.bool(null))
                .addProperty("shipping", Schemas.any("Packages and rates, or []."))
                .addProperty("fees", Schemas.any("Fee id to {name, fee}, or []."))
                .addProperty("taxes", Schemas.any("Tax lines, or []."))
                .addProperty("totals", Schemas.map(Schemas.string(null), "subtotal, subtotal_tax, fee_total, fee_tax, "
                        + "discount_total, discount_tax, shipping_total, shipping_tax, total, total_tax: minor units "
                        + "as strings."))
                .addProperty("removed_items", Schemas.array(Schemas.any(null), "Removed lines that can be "
                        + "restored; quantity is a bare number."))
                .addProperty("cross_sells", Schemas.array(Schemas.any(null), null))
                .addProperty("notices", Schemas.any("Type (success, error, notice, info) to messages, or []; "
                        + "each notice is sent once.")));
        schemas.put(ITEM, Schemas.object("A line of the cart (contract §3.3).")
                .addProperty("item_key", Schemas.string("The line's key in the item routes."))
                .addProperty("id", Schemas.integer("The product, or the variation."))
                .addProperty("name", Schemas.string(null))
                .addProperty("title", Schemas.string(null))
                .addProperty("price", Schemas.string("Unit price in minor units."))
                .addProperty("quantity", Schemas.object(null)
                        .addProperty("value", Schemas.number(null))
                        .addProperty("min_purchase", Schemas.number(null))
                        .addProperty("max_purchase", Schemas.number("-1: no limit.")))
                .addProperty("totals", Schemas.object("subtotal in minor units as a string; the others as "
                        + "WooCommerce's numbers in major units.")
                        .addProperty("subtotal", Schemas.string(null))
                        .addProperty("subtotal_tax", Schemas.number(null))
                        .addProperty("total", Schemas.number(null))
                        .addProperty("tax", Schemas.number(null)))
                .addProperty("slug", Schemas.string(null))
                .addProperty("meta", Schemas.object("product_type, sku, dimensions, weight, variation.")
                        .additionalPropertiesBoolean(true))
                .addProperty("backorders", Schemas.string(null))
                .addProperty("cart_item_data", Schemas.any("The line's item_data, or []."))
                .addProperty("featured_image", Schemas.string(null)));
        return schemas;
    }
}
