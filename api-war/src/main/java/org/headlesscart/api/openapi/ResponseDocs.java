package org.headlesscart.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Success answers of routes that also name error statuses, as response components. Payara describes a route's
 * answer from its return type only while the route names no status of its own, so these routes refer to the
 * answer by name, {@code @APIResponse(responseCode = "200", ref = ResponseDocs.PRODUCT)}. The schemas are the ones
 * Payara derives from the response records, named after the record (the validator in the build checks that each
 * exists), or {@link #schemas()} where Payara derives none.
 */
public final class ResponseDocs {

    public static final String PRODUCT = "Product";
    public static final String VARIATION = "Variation";
    public static final String CATEGORY = "Category";
    public static final String TAG = "Tag";
    public static final String SHIPPING_CLASS = "ShippingClass";
    public static final String ATTRIBUTE = "Attribute";
    public static final String ATTRIBUTE_TERM = "AttributeTerm";
    public static final String CUSTOMER = "Customer";
    public static final String TOKEN_PAIR = "TokenPair";
    public static final String API_KEY = "ApiKey";
    public static final String COUPON = "Coupon";
    public static final String SETTING = "Setting";
    public static final String SETTINGS = "Settings";
    public static final String ORDER = "Order";
    public static final String BATCH_ANSWER = "AdminBatchAnswer";
    public static final String NEW_API_KEY = "NewApiKey";

    private ResponseDocs() {
    }

    static Map<String, APIResponse> responses() {
        Map<String, APIResponse> responses = new LinkedHashMap<>();
        responses.put(PRODUCT, answer("A product, as WooCommerce's REST API v3 shows it.", "ProductResponse"));
        responses.put(VARIATION, answer("A variation.", "VariationResponse"));
        responses.put(CATEGORY, answer("A product category.", "Category"));
        responses.put(TAG, answer("A product tag.", "Tag"));
        responses.put(SHIPPING_CLASS, answer("A product shipping class.", "ShippingClass"));
        responses.put(ATTRIBUTE, answer("A global attribute.", "Attribute"));
        responses.put(ATTRIBUTE_TERM, answer("A term of a global attribute.", "AttributeTerm"));
        responses.put(CUSTOMER, answer("A customer.", "CustomerResponse"));
        responses.put(COUPON, answer("A coupon, as WooCommerce's REST API v3 shows it.", "CouponResponse"));
        responses.put(ORDER, answer("An order, as WooCommerce's REST API v3 shows it.", "OrderResponse"));
        responses.put(SETTING, answer("A store setting, as WooCommerce's REST API v3 shows it.", "SettingResponse"));
        responses.put(SETTINGS, OASFactory.createAPIResponse().description("A group's settings.").content(
                OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(Schemas.array(Schemas.ref("SettingResponse"), null)))));
        responses.put(BATCH_ANSWER, answer("Each list sent (create, update, delete) with one answer per item, in "
                + "order: the object, or {id, error} for a refused item.", "AdminBatchAnswer"));
        responses.put(TOKEN_PAIR, answer("A new access token and its refresh token.", "TokenPair"));
        responses.put(API_KEY, answer("A REST API key, without its secret.", "ApiKeyResponse"));
        responses.put(NEW_API_KEY, answer("A REST API key just made, with its consumer key and secret, shown this "
                + "once.", "NewApiKeyResponse"));
        return responses;
    }

    /**
     * Schemas of answers that Payara derives none for, as no route returns their record as its Java type: making a
     * key answers a {@code Response} with a {@code NewApiKeyResponse}, the key's fields and its two halves.
     */
    static Map<String, Schema> schemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put("NewApiKeyResponse", OASFactory.createSchema()
                .addAllOf(Schemas.ref("ApiKeyResponse"))
                .addAllOf(Schemas.object(null)
                        .addProperty("consumer_key", Schemas.string("ck_ and 40 hex digits."))
                        .addProperty("consumer_secret", Schemas.string("cs_ and 40 hex digits; kept only as a hash."))
                        .required(List.of("consumer_key", "consumer_secret"))));
        schemas.put("SettingResponse", Schemas.object("WooCommerce's setting: id, label, description, type "
                        + "(checkbox, select, radio, multiselect), default, tip and options when it has them, value "
                        + "(a list for a multiselect), _links.")
                .addProperty("id", Schemas.string(null))
                .addProperty("label", Schemas.string(null))
                .addProperty("description", Schemas.string(null))
                .addProperty("type", Schemas.string(null))
                .addProperty("default", Schemas.string(null))
                .addProperty("tip", Schemas.string(null))
                .addProperty("options", Schemas.object("Choice value to label.").additionalPropertiesBoolean(true))
                .addProperty("value", OASFactory.createSchema().description("Text, or a list of text.")));
        schemas.put("AdminBatchAnswer", Schemas.object(null)
                .addProperty("create", Schemas.array(Schemas.object(null).additionalPropertiesBoolean(true), null))
                .addProperty("update", Schemas.array(Schemas.object(null).additionalPropertiesBoolean(true), null))
                .addProperty("delete", Schemas.array(Schemas.object(null).additionalPropertiesBoolean(true), null)));
        return schemas;
    }

    private static APIResponse answer(String description, String schema) {
        Content content = OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(Schemas.ref(schema)));
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
