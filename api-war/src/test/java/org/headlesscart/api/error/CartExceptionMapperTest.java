package org.headlesscart.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.cart.boundary.CartFailure;
import org.junit.jupiter.api.Test;

/** Every cart failure reason on the wire, in the envelope (contract §10). */
class CartExceptionMapperTest {

    final Jsonb jsonb = JsonbBuilder.create(JsonbConfiguration.config());

    /**
     * Each reason's status and code as contract §10 lists them, written down once more here so that an edit of the
     * mapper's switch, where they are declared, cannot change the wire unnoticed.
     */
    static final Map<CartFailure, String> CONTRACT = Map.ofEntries(
            Map.entry(CartFailure.INVALID_CART_KEY, "400 rest_invalid_param"),
            Map.entry(CartFailure.INVALID_PARAM, "400 rest_invalid_param"),
            Map.entry(CartFailure.MUST_AUTHENTICATE_USER, "403 cocart_must_authenticate_user"),
            Map.entry(CartFailure.PRODUCT_ID_REQUIRED, "404 cocart_product_id_required"),
            Map.entry(CartFailure.UNKNOWN_PRODUCT_ID, "404 cocart_unknown_product_id"),
            Map.entry(CartFailure.INVALID_PRODUCT, "400 cocart_invalid_product"),
            Map.entry(CartFailure.QUANTITY_NOT_NUMERIC, "405 cocart_quantity_not_numeric"),
            Map.entry(CartFailure.QUANTITY_INVALID_AMOUNT, "405 cocart_quantity_invalid_amount"),
            Map.entry(CartFailure.NO_VARIATION_FOUND, "404 cocart_no_variation_found"),
            Map.entry(CartFailure.INVALID_VARIATION_DATA, "400 cocart_invalid_variation_data"),
            Map.entry(CartFailure.MISSING_VARIATION_DATA, "400 cocart_missing_variation_data"),
            Map.entry(CartFailure.INVALID_PARENT_PRODUCT, "404 cocart_cart_invalid_parent_product"),
            Map.entry(CartFailure.PRODUCT_FAILED_VALIDATION, "400 cocart_product_failed_validation"),
            Map.entry(CartFailure.CANNOT_ADD_PRODUCT_TYPE, "403 cocart_cannot_add_product_type_to_cart"),
            Map.entry(CartFailure.SOLD_INDIVIDUALLY, "403 cocart_product_sold_individually"),
            Map.entry(CartFailure.CANNOT_BE_PURCHASED, "400 cocart_cannot_be_purchased"),
            Map.entry(CartFailure.OUT_OF_STOCK, "404 cocart_product_out_of_stock"),
            Map.entry(CartFailure.NOT_ENOUGH_IN_STOCK, "404 cocart_not_enough_in_stock"),
            Map.entry(CartFailure.NOT_ENOUGH_STOCK_REMAINING, "404 cocart_not_enough_stock_remaining"),
            Map.entry(CartFailure.GROUPED_PRODUCT_FAILED, "404 cocart_grouped_product_failed"),
            Map.entry(CartFailure.GROUPED_PRODUCT_EMPTY, "404 cocart_grouped_product_empty"),
            Map.entry(CartFailure.ITEM_KEY_REQUIRED, "404 cocart_cart_item_key_required"),
            Map.entry(CartFailure.ITEM_NOT_IN_CART, "404 cocart_item_not_in_cart"),
            Map.entry(CartFailure.NO_ITEMS, "404 cocart_no_items"),
            Map.entry(CartFailure.NO_ITEMS_IN_CART, "404 cocart_no_items_in_cart"),
            Map.entry(CartFailure.CAN_NOT_INCREASE_QUANTITY, "405 cocart_can_not_increase_quantity"),
            Map.entry(CartFailure.ITEM_ALREADY_RESTORED, "405 cocart_item_restored_to_cart"),
            Map.entry(CartFailure.ITEM_NOT_RESTORABLE, "404 cocart_item_restored_to_cart"),
            Map.entry(CartFailure.CART_TOTALS_EMPTY, "404 cocart_cart_totals_empty"),
            Map.entry(CartFailure.UPDATE_NO_NAMESPACE, "404 cocart_update_cart_no_namespace_error"),
            Map.entry(CartFailure.UPDATE_NAMESPACE_INVALID, "404 cocart_update_cart_namespace_error"),
            Map.entry(CartFailure.CART_EMPTY, "404 cocart_cart_empty"),
            Map.entry(CartFailure.CART_BUSY, "409 cocart_cart_busy"),
            Map.entry(CartFailure.CART_MODIFIED, "412 cocart_cart_modified"),
            Map.entry(CartFailure.IDEMPOTENCY_KEY_REUSED, "422 cocart_idempotency_key_reused"),
            // COCART-PLUS §1.2 and decision 4
            Map.entry(CartFailure.COUPONS_NOT_ENABLED, "404 cocart_coupons_not_enabled"),
            Map.entry(CartFailure.COUPON_CODE_REQUIRED, "404 cocart_coupon_code_required"),
            Map.entry(CartFailure.COUPON_REQUIRED, "404 cocart_coupon_required"),
            Map.entry(CartFailure.COUPON_NOT_EXIST, "404 cocart_coupon_not_exist"),
            Map.entry(CartFailure.COUPON_CANNOT_ADD, "404 cocart_coupon_cannot_add"),
            Map.entry(CartFailure.COUPON_FAILED_TO_APPLY, "400 cocart_coupon_failed_to_apply"),
            Map.entry(CartFailure.COUPON_NOT_IN_CART, "404 cocart_cart_coupon_invalid_code"),
            Map.entry(CartFailure.NO_COUPONS_APPLIED, "404 cocart_cart_no_coupons_applied"),
            Map.entry(CartFailure.FEE_MISSING_NAME, "404 cocart_fee_missing_name"),
            Map.entry(CartFailure.FEE_MISSING_AMOUNT, "404 cocart_fee_missing_amount"),
            Map.entry(CartFailure.FEE_CANNOT_ADD, "404 cocart_fee_cannot_add"),
            Map.entry(CartFailure.SHIPPING_DISABLED, "404 cocart_shipping_disabled"),
            Map.entry(CartFailure.MISSING_RATE_ID, "404 cocart_missing_rate_id"),
            Map.entry(CartFailure.SHIPPING_NOT_CALCULATED, "404 cocart_shipping_not_calculated"),
            Map.entry(CartFailure.SHIPPING_METHOD_INCORRECT, "404 cocart_shipping_method_incorrect"),
            Map.entry(CartFailure.QUOTE_EXTERNAL_DENIED,
                    "403 cocart_calculate_product_shipping_rates_external_types_denied"),
            Map.entry(CartFailure.QUOTE_GROUPED_DENIED,
                    "403 cocart_calculate_product_shipping_rates_grouped_types_denied"));

    @Test
    void everyReasonHasTheCodeAndStatusOfTheContract() {
        for (CartFailure failure : CartFailure.values()) {
            Response response = CartExceptionMapper.response(failure, "message", Map.of());
            JsonObject body = Captures.parse(jsonb.toJson(response.getEntity()));
            String[] expected = CONTRACT.get(failure).split(" ");

            assertEquals(Integer.parseInt(expected[0]), response.getStatus(), failure.name());
            assertEquals(expected[1], body.getString("code"), failure.name());
            assertEquals(Integer.parseInt(expected[0]), body.getJsonObject("data").getInt("status"), failure.name());
        }
    }

    @Test
    void invalidParametersListThemAndOthersDoNot() {
        JsonObject invalid = body(CartExceptionMapper.response(CartFailure.INVALID_CART_KEY, "Invalid parameter(s): cart_key",
                Map.of("cart_key", "cart_key must match [a-z0-9_-]{1,42}.")));
        JsonObject busy = body(CartExceptionMapper.response(CartFailure.CART_BUSY, CartExceptionMapper.BUSY, Map.of()));

        assertEquals("{\"status\":400,\"params\":{\"cart_key\":\"cart_key must match [a-z0-9_-]{1,42}.\"}}",
                invalid.getJsonObject("data").toString());
        assertEquals(409, busy.getJsonObject("data").getInt("status"));
        assertFalse(busy.getJsonObject("data").containsKey("params"));
    }

    @Test
    void aRefusalFoundByTheRestLayerCarriesItsResponse() {
        var refusal = CartExceptionMapper.refusal(CartFailure.NO_ITEMS_IN_CART, "No items in the cart.");

        assertEquals(404, refusal.getResponse().getStatus());
        assertTrue(refusal.getResponse().hasEntity(), "JAX-RS sends it as it is, no mapper in between");
        assertEquals("cocart_no_items_in_cart", body(refusal.getResponse()).getString("code"));
    }

    private JsonObject body(Response response) {
        return Captures.parse(jsonb.toJson(response.getEntity()));
    }
}
