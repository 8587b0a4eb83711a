package org.headlesscart.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * The bodies of the write routes as OpenAPI request body components, each a JSON object schema of the same name
 * with the route's parameters (contract §2, §7, §11.1, §12; the admin APIs' main fields). Routes refer to them with
 * {@code @RequestBody(ref = RequestDocs.ADD_ITEM)}. The cart routes read the same parameters from a form body or
 * the query string too, as WordPress does; the document shows JSON, which is what storefronts send.
 */
public final class RequestDocs {

    public static final String ADD_ITEM = "AddItemRequest";
    public static final String ADD_ITEMS = "AddItemsRequest";
    public static final String UPDATE_ITEM = "UpdateItemRequest";
    public static final String REMOVE_ITEM = "RemoveItemRequest";
    public static final String RESTORE_ITEM = "RestoreItemRequest";
    public static final String CALCULATE = "CalculateRequest";
    public static final String CLEAR = "ClearRequest";
    public static final String UPDATE_CART = "UpdateCartRequest";
    public static final String BATCH = "BatchRequest";
    public static final String LOGIN = "LoginRequest";
    public static final String REFRESH_TOKEN = "RefreshTokenRequest";
    public static final String REVIEW = "ReviewWrite";
    public static final String PRODUCT = "ProductWrite";
    public static final String VARIATION = "VariationWrite";
    public static final String TERM = "TermWrite";
    public static final String ATTRIBUTE = "AttributeWrite";
    public static final String CUSTOMER = "CustomerWrite";
    public static final String API_KEY = "ApiKeyWrite";
    public static final String COUPON = "CouponWrite";
    public static final String COUPONS_BATCH = "CouponsBatchWrite";
    public static final String SETTING = "SettingWrite";
    public static final String SETTINGS_BATCH = "SettingsBatchWrite";
    public static final String APPLY_COUPON = "ApplyCouponRequest";
    public static final String ADD_FEE = "AddFeeRequest";
    public static final String SET_SHIPPING_METHOD = "SetShippingMethodRequest";
    public static final String ORDER = OrderRequestDocs.ORDER;
    public static final String ORDERS_BATCH = OrderRequestDocs.ORDERS_BATCH;
    public static final String WEBHOOK = "WebhookWrite";
    public static final String WEBHOOKS_BATCH = "WebhooksBatchWrite";
    public static final String ORDER_NOTE = OrderRequestDocs.ORDER_NOTE;
    public static final String ORDER_REFUND = OrderRequestDocs.ORDER_REFUND;
    public static final String REGISTER = AccountRequestDocs.REGISTER;
    public static final String ACCOUNT_DETAILS = AccountRequestDocs.ACCOUNT_DETAILS;
    public static final String ACCOUNT_ADDRESS = AccountRequestDocs.ACCOUNT_ADDRESS;
    public static final String TAX = TaxShippingRequestDocs.TAX;
    public static final String TAX_BATCH = TaxShippingRequestDocs.TAX_BATCH;
    public static final String TAX_CLASS = TaxShippingRequestDocs.TAX_CLASS;
    public static final String ZONE = TaxShippingRequestDocs.ZONE;
    public static final String ZONE_LOCATIONS = TaxShippingRequestDocs.ZONE_LOCATIONS;
    public static final String ZONE_METHOD = TaxShippingRequestDocs.ZONE_METHOD;
    public static final String PAY_ORDER = PaymentRequestDocs.PAY_ORDER;
    public static final String CHECKOUT_UPDATE = CheckoutRequestDocs.CHECKOUT_UPDATE;
    public static final String CHECKOUT_PROCESS = CheckoutRequestDocs.CHECKOUT_PROCESS;

    private RequestDocs() {
    }

    /** The request body components by name; {@link #schemas()} holds the schema of each under the same name. */
    static Map<String, RequestBody> bodies() {
        Map<String, RequestBody> bodies = new LinkedHashMap<>();
        for (String name : schemas().keySet()) {
            Content json = OASFactory.createContent().addMediaType("application/json",
                    OASFactory.createMediaType().schema(Schemas.ref(name)));
            bodies.put(name, OASFactory.createRequestBody().content(json));
        }
        bodies.get(ADD_ITEM).required(true);
        bodies.get(ADD_ITEMS).required(true);
        bodies.get(UPDATE_ITEM).required(true);
        bodies.get(UPDATE_CART).required(true);
        bodies.get(BATCH).required(true);
        bodies.get(API_KEY).required(true);
        bodies.get(COUPONS_BATCH).required(true);
        bodies.get(SETTING).required(true);
        bodies.get(SETTINGS_BATCH).required(true);
        bodies.get(TAX_BATCH).required(true);
        bodies.get(ORDERS_BATCH).required(true);
        bodies.get(WEBHOOKS_BATCH).required(true);
        bodies.get(ORDER_NOTE).required(true);
        bodies.get(ZONE_LOCATIONS).required(true);
        bodies.get(PAY_ORDER).required(true);
        bodies.get(REVIEW).required(true)
                .getContent().addMediaType("application/x-www-form-urlencoded",
                        OASFactory.createMediaType().schema(Schemas.ref(REVIEW)));
        return bodies;
    }

    static Map<String, Schema> schemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(ADD_ITEM, Schemas.object("Add a product, a variation or a SKU to the cart.")
                .addProperty("id", Schemas.string("Product or variation id, or a SKU."))
                .addProperty("quantity", Schemas.string("How many, as a decimal string (WordPress refuses a JSON "
                        + "number here); default \"1\"."))
                .addProperty("variation", Schemas.map(Schemas.string(null), "Attribute choices of a variable "
                        + "product, e.g. {\"attribute_pa_color\": \"red\"}."))
                .addProperty("item_data", Schemas.object("Custom data kept with the line; part of its item key.")
                        .additionalPropertiesBoolean(true))
                .addProperty("email", Schemas.string("The customer's billing e-mail (ignored unless valid)."))
                .addProperty("phone", Schemas.string("The customer's billing phone (ignored unless valid)."))
                .addProperty("price", Schemas.string("A custom unit price in major units; ignored unless the store "
                        + "allows it."))
                .addProperty("return_item", Schemas.bool("Answer the added item instead of the cart."))
                .required(List.of("id")));
        schemas.put(ADD_ITEMS, Schemas.object("Add children of a grouped product.")
                .addProperty("id", Schemas.string("The grouped product's id or SKU."))
                .addProperty("quantity", Schemas.map(Schemas.string(null), "Child product id to quantity."))
                .addProperty("email", Schemas.string("As add-item."))
                .addProperty("phone", Schemas.string("As add-item."))
                .addProperty("return_items", Schemas.bool("Answer the added items instead of the cart."))
                .required(List.of("quantity")));
        schemas.put(UPDATE_ITEM, Schemas.object("Set a line's quantity.")
                .addProperty("quantity", Schemas.string("The new quantity; \"0\" removes the line."))
                .addProperty("return_status", Schemas.bool("Answer {message, quantity} instead of the cart."))
                .required(List.of("quantity")));
        schemas.put(REMOVE_ITEM, Schemas.object("Options of removing a line.")
                .addProperty("return_status", Schemas.bool("Answer the message instead of the cart.")));
        schemas.put(RESTORE_ITEM, Schemas.object("Options of restoring a removed line.")
                .addProperty("return_item", Schemas.bool("Answer the restored item instead of the cart.")));
        schemas.put(CALCULATE, Schemas.object("Options of recalculating the cart.")
                .addProperty("return_totals", Schemas.bool("Accepted; the cart is answered either way, as CoCart "
                        + "4.x does.")));
        schemas.put(CLEAR, Schemas.object("Options of emptying the cart.")
                .addProperty("keep_removed_items", Schemas.bool("Keep what can be restored.")));
        schemas.put(UPDATE_CART, updateCart());
        schemas.put(BATCH, batch());
        schemas.put(LOGIN, Schemas.object("Credentials as parameters, for clients that cannot send the "
                + "Authorization header (prefer the header).")
                .addProperty("username", Schemas.string("Username, e-mail or billing phone."))
                .addProperty("password", Schemas.string(null).format("password")));
        schemas.put(REFRESH_TOKEN, Schemas.object("A refresh token from the login's extras.jwt_refresh, or from "
                + "the last refresh.")
                .addProperty("refresh_token", Schemas.string(null)));
        schemas.put(REVIEW, Schemas.object("A product review.")
                .addProperty("product_id", Schemas.integer(null))
                .addProperty("review", Schemas.string("The text."))
                .addProperty("reviewer", Schemas.string("The reviewer's name."))
                .addProperty("reviewer_email", Schemas.string(null).format("email"))
                .addProperty("rating", Schemas.integer("0 to 5; 0 or none is not rated."))
                .required(List.of("product_id", "review", "reviewer", "reviewer_email")));
        plus(schemas);
        AdminRequestDocs.addTo(schemas);
        PricingRequestDocs.addTo(schemas);
        TaxShippingRequestDocs.addTo(schemas);
        OrderRequestDocs.addTo(schemas);
        AccountRequestDocs.addTo(schemas);
        PaymentRequestDocs.addTo(schemas);
        CheckoutRequestDocs.addTo(schemas);
        schemas.put(WEBHOOK, Schemas.object("A webhook's fields, as WooCommerce's REST API v3; topic and delivery_url "
                + "are required to create.")
                .addProperty("name", Schemas.string("At most 200 characters."))
                .addProperty("status", Schemas.string("active (default), paused or disabled."))
                .addProperty("topic", Schemas.string("order.created, order.updated, order.deleted, order.restored, "
                        + "product.*, customer.*, coupon.* as WooCommerce names them; cart.created, cart.updated, "
                        + "cart.converted, cart.abandoned."))
                .addProperty("delivery_url", Schemas.string("An http or https URL, at most 2000 characters."))
                .addProperty("secret", Schemas.string("Signs deliveries (HMAC-SHA256); write-only; generated when "
                        + "not given.")));
        schemas.put(WEBHOOKS_BATCH, Schemas.object("At most 100 items in all.")
                .addProperty("create", Schemas.array(Schemas.ref(WEBHOOK), null))
                .addProperty("update", Schemas.array(Schemas.ref(WEBHOOK), "Each with its id."))
                .addProperty("delete", Schemas.array(Schemas.integer(null), "Ids.")));
        return schemas;
    }

    /** CoCart Plus v2's cart writes (COCART-PLUS §1.2, decision 3: the field-name variants clients send). */
    private static void plus(Map<String, Schema> schemas) {
        schemas.put(APPLY_COUPON, Schemas.object("Apply a coupon; give code or coupon.")
                .addProperty("code", Schemas.string("The coupon code (case-insensitive)."))
                .addProperty("coupon", Schemas.string("The same, as the official SDKs send it."))
                .addProperty("email", Schemas.string("The customer's e-mail, for e-mail-restricted coupons.")));
        schemas.put(ADD_FEE, Schemas.object("Add a fee to the cart, kept and re-applied on every calculation.")
                .addProperty("name", Schemas.string("The fee's name; its id is the name's WordPress slug."))
                .addProperty("amount", Schemas.any("Net amount in major units, a decimal string or a JSON number; "
                        + "negative for a discount."))
                .addProperty("taxable", Schemas.bool("Whether the fee is taxed; default false."))
                .addProperty("tax_class", Schemas.string("The tax class slug; \"\" for standard.")));
        schemas.put(SET_SHIPPING_METHOD, Schemas.object("Choose a shipping rate; give rate_id, method_key or key.")
                .addProperty("rate_id", Schemas.string("The rate, e.g. flat_rate:1."))
                .addProperty("method_key", Schemas.string("The same, as the JavaScript SDK sends it."))
                .addProperty("key", Schemas.string("The same, as CoCart Plus v1 names it."))
                .addProperty("package_id", Schemas.any("The package index (0, 1, ... or \"default\"); none or "
                        + "blank for every package.")));
    }

    private static Schema updateCart() {
        return Schemas.object("Run a callback on the cart: update-cart sets quantities, update-customer sets the "
                + "customer's addresses (bare billing names such as first_name, email, country, or billing_*; "
                + "shipping_* or s_* for shipping).")
                .addProperty("namespace", Schemas.string("update-cart or update-customer."))
                .addProperty("quantity", Schemas.map(Schemas.string(null), "update-cart: item key to quantity; "
                        + "\"0\" removes the line."))
                .addProperty("data", Schemas.object("Free-form; unused by the built-in callbacks.")
                        .additionalPropertiesBoolean(true))
                .required(List.of("namespace"));
    }

    private static Schema batch() {
        Schema request = Schemas.object("One write to a cart route.")
                .addProperty("method", Schemas.string("POST (default), PUT, PATCH or DELETE."))
                .addProperty("path", Schemas.string("The route below /wp-json with an optional query, e.g. "
                        + "/cocart/v2/cart/add-item?cart_key=..."))
                .addProperty("body", Schemas.object("The route's parameters.").additionalPropertiesBoolean(true))
                .addProperty("headers", Schemas.map(Schemas.any("A string or a list of strings."),
                        "Request headers, e.g. CoCart-API-Cart-Key."))
                .required(List.of("path"));
        return Schemas.object("Up to 25 cart writes.")
                .addProperty("validation", Schemas.string("normal (default) or require-all-validate."))
                .addProperty("requests", Schemas.array(request, null).maxItems(25))
                .required(List.of("requests"));
    }
}
