package org.headlesscart.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.pricing.boundary.PricingException;

/** Pricing's failure reasons on the wire, WooCommerce's codes; exhaustive, so a new reason does not compile unmapped. */
@Provider
public class PricingExceptionMapper implements ExceptionMapper<PricingException> {

    @Override
    public Response toResponse(PricingException e) {
        return switch (e.failure()) {
            case SETTING_GROUP_NOT_FOUND -> CoCartError.response(404, "rest_setting_setting_group_invalid", e.getMessage());
            case SETTING_NOT_FOUND -> CoCartError.response(404, "rest_setting_setting_invalid", e.getMessage());
            case SETTING_VALUE_INVALID -> CoCartError.response(400, "rest_setting_value_invalid", e.getMessage());
            case COUPON_NOT_FOUND -> CoCartError.response(404, "woocommerce_rest_shop_coupon_invalid_id", e.getMessage());
            case COUPON_TO_UPDATE_NOT_FOUND ->
                    CoCartError.response(400, "woocommerce_rest_shop_coupon_invalid_id", e.getMessage());
            case COUPON_CODE_EMPTY -> CoCartError.response(400, "woocommerce_rest_empty_coupon_code", e.getMessage());
            case COUPON_CODE_EXISTS ->
                    CoCartError.response(400, "woocommerce_rest_coupon_code_already_exists", e.getMessage());
            case COUPON_INVALID_AMOUNT -> CoCartError.response(400, "coupon_invalid_amount", e.getMessage());
            case COUPON_INVALID_EMAIL -> CoCartError.response(400, "coupon_invalid_email_address", e.getMessage());
            case COUPON_ALREADY_TRASHED -> CoCartError.response(410, "woocommerce_rest_already_trashed", e.getMessage());
            // Only the console's conditional save refuses so; no API route sends a coupon's expected state.
            case COUPON_CHANGED -> CoCartError.response(409, "cocart_coupon_changed", e.getMessage());
            case INVALID_FIELDS -> CoCartError.response(400, "rest_invalid_param", e.getMessage(),
                    InvalidParamMapper.data(e.fields(), InvalidParamException.GENERIC_CODE));
        };
    }
}
