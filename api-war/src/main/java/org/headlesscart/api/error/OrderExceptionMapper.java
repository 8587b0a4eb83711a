package org.headlesscart.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.order.boundary.OrderException;

/**
 * Order and checkout refusals on the wire, CoCart Plus's codes (COCART-PLUS §1.3), and the orders admin's,
 * WooCommerce's REST codes (docs/orders-admin.md); exhaustive, so a new reason does not compile unmapped.
 * WooCommerce answers a refused refund 500; we answer 400, as nothing failed on the server.
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
            case ADMIN_ORDER_NOT_FOUND, NOTES_ORDER_NOT_FOUND, REFUNDS_ORDER_NOT_FOUND, NOTE_NOT_FOUND,
                    REFUND_NOT_FOUND -> 404;
            case ORDER_TO_UPDATE_NOT_FOUND, PRODUCT_ID_REQUIRED, PRODUCT_INVALID, PRODUCT_QUANTITY_INVALID,
                    COUPON_INVALID, REFUND_NEGATIVE, REFUND_INVALID_AMOUNT, REFUND_INVALID_LINE,
                    REFUND_GATEWAY_FAILED -> 400;
            case ORDER_MODIFIED -> 412;
            case ORDER_ALREADY_TRASHED -> 410;
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
            case ADMIN_ORDER_NOT_FOUND, ORDER_TO_UPDATE_NOT_FOUND -> "woocommerce_rest_shop_order_invalid_id";
            case NOTES_ORDER_NOT_FOUND -> "woocommerce_rest_order_invalid_id";
            case REFUNDS_ORDER_NOT_FOUND -> "woocommerce_rest_invalid_order_id";
            case NOTE_NOT_FOUND, REFUND_NOT_FOUND -> "woocommerce_rest_invalid_id";
            case ORDER_MODIFIED -> "woocommerce_rest_order_modified";
            case ORDER_ALREADY_TRASHED -> "woocommerce_rest_already_trashed";
            case PRODUCT_ID_REQUIRED, PRODUCT_INVALID -> "woocommerce_rest_invalid_product_id";
            case PRODUCT_QUANTITY_INVALID -> "woocommerce_rest_invalid_product_quantity";
            case COUPON_INVALID -> "woocommerce_rest_invalid_coupon";
            case REFUND_NEGATIVE -> "woocommerce_rest_invalid_order_refund";
            case REFUND_INVALID_AMOUNT, REFUND_INVALID_LINE, REFUND_GATEWAY_FAILED ->
                    "woocommerce_rest_cannot_create_order_refund";
        };
    }
}
