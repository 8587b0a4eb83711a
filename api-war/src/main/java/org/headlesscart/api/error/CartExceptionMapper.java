package org.headlesscart.api.error;

import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.cart.boundary.CartException;
import org.headlesscart.cart.boundary.CartFailure;

/**
 * The cart's failure reasons on the wire (contract §10); exhaustive, so a new reason does not compile until mapped.
 * The cart headers are added by the cart routes' response filter, as on successes.
 */
@Provider
public class CartExceptionMapper implements ExceptionMapper<CartException> {

    /** Not in CoCart: the cart stayed locked, or its creation raced, beyond our retries (STYLE §3.4). */
    public static final String BUSY = "The cart is busy with another request. Please try again.";

    @Override
    public Response toResponse(CartException e) {
        return response(e.failure(), e.getMessage(), e.params());
    }

    /**
     * A refusal the REST layer finds itself on a cart it has read (an empty cart's items, an item key that is not
     * in the cart): thrown with its response, which JAX-RS sends as it is.
     */
    public static WebApplicationException refusal(CartFailure failure, String message) {
        return new WebApplicationException(message, response(failure, message, Map.of()));
    }

    static Response response(CartFailure failure, String message, Map<String, String> params) {
        return switch (failure) {
            case INVALID_CART_KEY, INVALID_PARAM -> CoCartError.response(400, "rest_invalid_param", message,
                    Map.of("params", new TreeMap<>(params)));
            case MUST_AUTHENTICATE_USER -> CoCartError.response(403, "cocart_must_authenticate_user", message);
            case PRODUCT_ID_REQUIRED -> CoCartError.response(404, "cocart_product_id_required", message);
            case UNKNOWN_PRODUCT_ID -> CoCartError.response(404, "cocart_unknown_product_id", message);
            case INVALID_PRODUCT -> CoCartError.response(400, "cocart_invalid_product", message);
            case QUANTITY_NOT_NUMERIC -> CoCartError.response(405, "cocart_quantity_not_numeric", message);
            case QUANTITY_INVALID_AMOUNT -> CoCartError.response(405, "cocart_quantity_invalid_amount", message);
            case NO_VARIATION_FOUND -> CoCartError.response(404, "cocart_no_variation_found", message);
            case INVALID_VARIATION_DATA -> CoCartError.response(400, "cocart_invalid_variation_data", message);
            case MISSING_VARIATION_DATA -> CoCartError.response(400, "cocart_missing_variation_data", message);
            case INVALID_PARENT_PRODUCT -> CoCartError.response(404, "cocart_cart_invalid_parent_product", message);
            case PRODUCT_FAILED_VALIDATION -> CoCartError.response(400, "cocart_product_failed_validation", message);
            case CANNOT_ADD_PRODUCT_TYPE ->
                    CoCartError.response(403, "cocart_cannot_add_product_type_to_cart", message);
            case SOLD_INDIVIDUALLY -> CoCartError.response(403, "cocart_product_sold_individually", message);
            case CANNOT_BE_PURCHASED -> CoCartError.response(400, "cocart_cannot_be_purchased", message);
            case OUT_OF_STOCK -> CoCartError.response(404, "cocart_product_out_of_stock", message);
            case NOT_ENOUGH_IN_STOCK -> CoCartError.response(404, "cocart_not_enough_in_stock", message);
            case NOT_ENOUGH_STOCK_REMAINING -> CoCartError.response(404, "cocart_not_enough_stock_remaining", message);
            case GROUPED_PRODUCT_FAILED -> CoCartError.response(404, "cocart_grouped_product_failed", message);
            case GROUPED_PRODUCT_EMPTY -> CoCartError.response(404, "cocart_grouped_product_empty", message);
            case ITEM_KEY_REQUIRED -> CoCartError.response(404, "cocart_cart_item_key_required", message);
            case ITEM_NOT_IN_CART -> CoCartError.response(404, "cocart_item_not_in_cart", message);
            case NO_ITEMS -> CoCartError.response(404, "cocart_no_items", message);
            case NO_ITEMS_IN_CART -> CoCartError.response(404, "cocart_no_items_in_cart", message);
            case CAN_NOT_INCREASE_QUANTITY -> CoCartError.response(405, "cocart_can_not_increase_quantity", message);
            case ITEM_ALREADY_RESTORED -> CoCartError.response(405, "cocart_item_restored_to_cart", message);
            case ITEM_NOT_RESTORABLE -> CoCartError.response(404, "cocart_item_restored_to_cart", message);
            case CART_TOTALS_EMPTY -> CoCartError.response(404, "cocart_cart_totals_empty", message);
            case UPDATE_NO_NAMESPACE -> CoCartError.response(404, "cocart_update_cart_no_namespace_error", message);
            case UPDATE_NAMESPACE_INVALID -> CoCartError.response(404, "cocart_update_cart_namespace_error", message);
            case CART_EMPTY -> CoCartError.response(404, "cocart_cart_empty", message);
            case CART_BUSY -> CartBusyMapper.busy(message);
            case CART_MODIFIED -> CoCartError.response(412, "cocart_cart_modified", message);
            case IDEMPOTENCY_KEY_REUSED -> CoCartError.response(422, "cocart_idempotency_key_reused", message);
            // CoCart Plus v2 (COCART-PLUS §1.2 and decision 4)
            case COUPONS_NOT_ENABLED -> CoCartError.response(404, "cocart_coupons_not_enabled", message);
            case COUPON_CODE_REQUIRED -> CoCartError.response(404, "cocart_coupon_code_required", message);
            case COUPON_REQUIRED -> CoCartError.response(404, "cocart_coupon_required", message);
            case COUPON_NOT_EXIST -> CoCartError.response(404, "cocart_coupon_not_exist", message);
            case COUPON_CANNOT_ADD -> CoCartError.response(404, "cocart_coupon_cannot_add", message);
            case COUPON_FAILED_TO_APPLY -> CoCartError.response(400, "cocart_coupon_failed_to_apply", message,
                    Map.of("wc_code", Integer.parseInt(params.getOrDefault("wc_code", "100"))));
            case COUPON_NOT_IN_CART -> CoCartError.response(404, "cocart_cart_coupon_invalid_code", message);
            case NO_COUPONS_APPLIED -> CoCartError.response(404, "cocart_cart_no_coupons_applied", message);
            case FEE_MISSING_NAME -> CoCartError.response(404, "cocart_fee_missing_name", message);
            case FEE_MISSING_AMOUNT -> CoCartError.response(404, "cocart_fee_missing_amount", message);
            case FEE_CANNOT_ADD -> CoCartError.response(404, "cocart_fee_cannot_add", message);
            case SHIPPING_DISABLED -> CoCartError.response(404, "cocart_shipping_disabled", message);
            case MISSING_RATE_ID -> CoCartError.response(404, "cocart_missing_rate_id", message);
            case SHIPPING_NOT_CALCULATED -> CoCartError.response(404, "cocart_shipping_not_calculated", message);
            case SHIPPING_METHOD_INCORRECT -> CoCartError.response(404, "cocart_shipping_method_incorrect", message);
            case QUOTE_EXTERNAL_DENIED -> CoCartError.response(403,
                    "cocart_calculate_product_shipping_rates_external_types_denied", message);
            case QUOTE_GROUPED_DENIED -> CoCartError.response(403,
                    "cocart_calculate_product_shipping_rates_grouped_types_denied", message);
        };
    }
}
