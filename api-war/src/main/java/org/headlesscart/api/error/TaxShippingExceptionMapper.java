package org.headlesscart.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.pricing.boundary.TaxShippingException;
import org.headlesscart.pricing.boundary.TaxShippingFailure;

/**
 * The tax and shipping admin's refusals with WooCommerce's codes, words and statuses (its REST taxes, tax classes
 * and shipping zone controllers, and {@code WC_Tax::create_tax_class}). Exhaustive: a new reason does not compile
 * until mapped.
 */
@Provider
public class TaxShippingExceptionMapper implements ExceptionMapper<TaxShippingException> {

    static final String ZONE_ZERO = "The \"locations not covered by your other zones\" zone cannot be updated.";

    @Override
    public Response toResponse(TaxShippingException e) {
        if (e.failure() == TaxShippingFailure.INVALID_FIELDS) {
            return CoCartError.response(400, "rest_invalid_param", "Invalid parameter(s): "
                    + String.join(", ", e.fields().keySet()),
                    InvalidParamMapper.data(e.fields(), InvalidParamException.GENERIC_CODE));
        }
        if (e.failure() == TaxShippingFailure.IMPORT_TOO_MANY_ROWS) {
            return CoCartError.response(413, "cocart_request_too_large", e.getMessage());
        }
        return response(e.failure());
    }

    public static Response response(TaxShippingFailure failure) {
        return switch (failure) {
            case UNKNOWN_TAX_RATE -> CoCartError.response(404, "woocommerce_rest_invalid_id", "Invalid resource ID.");
            // WooCommerce's delete looks the rate up after the force check and answers 400 there.
            case UNKNOWN_TAX_RATE_TO_DELETE -> CoCartError.response(400, "woocommerce_rest_invalid_id",
                    "Invalid resource ID.");
            case TAX_CLASS_INVALID_NAME -> CoCartError.response(400, "woocommerce_rest_tax_class_invalid_name",
                    "Tax class requires a valid name");
            case TAX_CLASS_EXISTS -> CoCartError.response(400, "woocommerce_rest_tax_class_exists",
                    "Tax class already exists");
            case TAX_CLASS_SLUG_INVALID -> CoCartError.response(400, "woocommerce_rest_tax_class_slug_invalid",
                    "Tax class slug is invalid");
            case TAX_CLASS_SLUG_EXISTS -> CoCartError.response(400, "woocommerce_rest_tax_class_slug_exists",
                    "Tax class slug already exists");
            case UNKNOWN_TAX_CLASS -> CoCartError.response(400, "woocommerce_rest_invalid_id", "Invalid resource id.");
            case UNKNOWN_ZONE -> CoCartError.response(404, "woocommerce_rest_shipping_zone_invalid",
                    "Resource does not exist.");
            case ZONE_ZERO_NOT_EDITABLE -> CoCartError.response(403, "woocommerce_rest_shipping_zone_invalid_zone",
                    ZONE_ZERO);
            case ZONE_ZERO_LOCATIONS_NOT_EDITABLE -> CoCartError.response(403,
                    "woocommerce_rest_shipping_zone_locations_invalid_zone", ZONE_ZERO);
            case UNKNOWN_METHOD_INSTANCE -> CoCartError.response(404, "woocommerce_rest_shipping_zone_method_invalid",
                    "Resource does not exist.");
            case INVALID_SETTING -> CoCartError.response(400, "rest_setting_value_invalid",
                    "An invalid setting value was passed.");
            case IMPORT_TOO_MANY_ROWS -> CoCartError.response(413, "cocart_request_too_large",
                    "The request body is too large.");
            // Only the console's file upload refuses a whole file; the API's import route reads rows as sent.
            case IMPORT_NOT_TAX_RATES -> CoCartError.response(400, "rest_invalid_param", "Invalid parameter(s).");
            case INVALID_FIELDS -> CoCartError.response(400, "rest_invalid_param", "Invalid parameter(s).");
        };
    }
}
