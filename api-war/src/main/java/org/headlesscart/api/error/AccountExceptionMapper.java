package org.headlesscart.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.customer.boundary.AccountException;
import org.headlesscart.customer.boundary.AccountFailure;

/**
 * The customer component's reasons on the wire: logins with CoCart 4.8's messages (contract §7.1), which do not
 * name the login, so nothing a client sent is echoed back; the admin customers API with WooCommerce's. Exhaustive: a new reason does not compile until mapped.
 */
@Provider
public class AccountExceptionMapper implements ExceptionMapper<AccountException> {

    static final String UNKNOWN_LOGIN =
            "Authentication is invalid. Please check your login details are correct and try again.";
    static final String WRONG_PASSWORD = "The password you entered is incorrect.";
    public static final String INVALID_REFRESH_TOKEN = "Invalid refresh token.";
    static final String EXPIRED_REFRESH_TOKEN = "Refresh token expired.";
    /** WooCommerce says "Consumer key is invalid." or "Consumer secret is invalid."; one message tells neither. */
    public static final String INVALID_API_KEY = "Consumer key or secret is invalid.";

    @Override
    public Response toResponse(AccountException e) {
        if (e.failure() == AccountFailure.INVALID_FIELDS) {
            return CoCartError.response(400, "rest_invalid_param", e.getMessage(),
                    InvalidParamMapper.data(e.fields(), InvalidParamException.GENERIC_CODE));
        }
        return response(e.failure());
    }

    public static Response response(AccountFailure failure) {
        return switch (failure) {
            case UNKNOWN_LOGIN -> CoCartError.response(401, "cocart_authentication_error", UNKNOWN_LOGIN);
            case WRONG_PASSWORD -> CoCartError.response(401, "cocart_authentication_error", WRONG_PASSWORD);
            // The JWT add-on's refresh refusals (contract §7.1: cocart_authentication_error 401).
            case INVALID_REFRESH_TOKEN -> CoCartError.response(401, "cocart_authentication_error", INVALID_REFRESH_TOKEN);
            case EXPIRED_REFRESH_TOKEN -> CoCartError.response(401, "cocart_authentication_error", EXPIRED_REFRESH_TOKEN);
            // The admin customers API: WooCommerce's codes and words (wc/v3/customers, wc_create_new_customer).
            case CUSTOMER_NOT_FOUND -> CoCartError.response(404, "woocommerce_rest_invalid_id", "Invalid resource ID.");
            case EMAIL_EXISTS -> CoCartError.response(400, "registration-error-email-exists",
                    "An account is already registered with your email address. Please log in.");
            case USERNAME_EXISTS -> CoCartError.response(400, "registration-error-username-exists",
                    "An account is already registered with that username. Please choose another.");
            case INVALID_EMAIL -> CoCartError.response(400, "registration-error-invalid-email",
                    "Please provide a valid email address.");
            case INVALID_USERNAME -> CoCartError.response(400, "registration-error-invalid-username",
                    "Please enter a valid account username.");
            case MISSING_PASSWORD -> CoCartError.response(400, "registration-error-missing-password",
                    "Please enter an account password.");
            case USERNAME_NOT_EDITABLE -> CoCartError.response(400, "woocommerce_rest_customer_invalid_argument",
                    "Username isn't editable.");
            case NOT_EDITABLE -> CoCartError.response(403, "woocommerce_rest_cannot_edit",
                    "Sorry, you are not allowed to edit this resource.");
            case NOT_DELETABLE -> CoCartError.response(403, "woocommerce_rest_cannot_delete",
                    "Sorry, you are not allowed to delete this resource.");
            // WooCommerce's REST authentication (WC_REST_Authentication), 401 for either half.
            case INVALID_API_KEY -> CoCartError.response(401, "woocommerce_rest_authentication_error", INVALID_API_KEY);
            case API_KEY_NOT_FOUND -> CoCartError.response(404, "woocommerce_rest_invalid_id", "Invalid resource ID.");
            case INVALID_FIELDS -> CoCartError.response(400, "rest_invalid_param", "Invalid parameter(s).");
        };
    }
}
