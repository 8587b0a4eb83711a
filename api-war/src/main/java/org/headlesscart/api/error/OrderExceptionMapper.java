package org.headlesscart.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.order.boundary.OrderException;

/**
 * Order and checkout refusals on the wire, CoCart Plus's codes (COCART-PLUS §1.3); exhaustive, so a new reason does
 * not compile unmapped.
 */
@Provider
public class OrderExceptionMapper implements ExceptionMapper<OrderException> {

    @Override
    public Response toResponse(OrderException e) {
        return CoCartError.response(status(e), code(e), e.getMessage(), e.data());
    }

    public static int status(OrderException e) {
        return switch (e.failure()) {
            case ORDER_NOT_FOUND -> 404;
            case AUTHENTICATION_REQUIRED -> 401;
            case INVALID_STATUS_CHANGE, CART_EMPTY, INVALID_CURRENCY, INVALID_ADDRESS_FIELDS, ADDRESS_FIELD_REQUIRED,
                    INVALID_EMAIL_ADDRESS, INVALID_PHONE_NUMBER, INVALID_BILLING_COUNTRY, INVALID_BILLING_POSTCODE,
                    INVALID_SHIPPING_COUNTRY, INVALID_SHIPPING_POSTCODE, PRODUCT_NOT_EXISTS, PRODUCT_NOT_PURCHASABLE,
                    PRODUCT_OUT_OF_STOCK, INSUFFICIENT_STOCK, INVALID_COUPON, COUPON_USAGE_LIMIT, NO_SHIPPING_METHOD,
                    INVALID_SHIPPING_METHOD, ACCOUNT_CREATION_FAILED, ACCOUNT_ORDER_NOT_CANCELLABLE -> 400;
            case ACCOUNT_NO_ORDERS, ACCOUNT_ORDER_NOT_FOUND -> 404;
        };
    }

    public static String code(OrderException e) {
        return switch (e.failure()) {
            case ORDER_NOT_FOUND -> "cocart_order_not_found";
            case INVALID_STATUS_CHANGE -> "cocart_order_invalid_status";
            case AUTHENTICATION_REQUIRED -> "cocart_rest_authentication_required";
            case CART_EMPTY -> "cocart_cant_checkout_empty_cart";
            case INVALID_CURRENCY -> "cocart_invalid_currency";
            case INVALID_ADDRESS_FIELDS -> "cocart_invalid_address_fields";
            case ADDRESS_FIELD_REQUIRED -> "cocart_address_field_required";
            case INVALID_EMAIL_ADDRESS -> "cocart_invalid_email_address";
            case INVALID_PHONE_NUMBER -> "cocart_invalid_phone_number";
            case INVALID_BILLING_COUNTRY -> "cocart_invalid_billing_country_code";
            case INVALID_BILLING_POSTCODE -> "cocart_invalid_billing_postcode";
            case INVALID_SHIPPING_COUNTRY -> "cocart_invalid_shipping_country_code";
            case INVALID_SHIPPING_POSTCODE -> "cocart_invalid_shipping_postcode";
            case PRODUCT_NOT_EXISTS -> "cocart_product_not_exists";
            case PRODUCT_NOT_PURCHASABLE -> "cocart_product_not_purchasable";
            case PRODUCT_OUT_OF_STOCK -> "cocart_product_out_of_stock";
            case INSUFFICIENT_STOCK -> "cocart_insufficient_stock";
            case INVALID_COUPON -> "cocart_invalid_coupon";
            case COUPON_USAGE_LIMIT -> "cocart_coupon_usage_limit";
            case NO_SHIPPING_METHOD -> "cocart_no_shipping_method";
            case INVALID_SHIPPING_METHOD -> "cocart_invalid_shipping_method";
            case ACCOUNT_CREATION_FAILED -> "cocart_account_creation_failed";
            case ACCOUNT_NO_ORDERS -> "cocart_account_no_orders";
            case ACCOUNT_ORDER_NOT_FOUND -> "cocart_order_does_not_exist";
            case ACCOUNT_ORDER_NOT_CANCELLABLE -> "cocart_order_cannot_be_cancelled";
        };
    }
}
