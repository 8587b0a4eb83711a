package org.headlesscart.api.error;

import java.util.Map;

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
        return switch (e.failure()) {
            case INVALID_FIELDS -> CoCartError.response(400, "rest_invalid_param", e.getMessage(),
                    InvalidParamMapper.data(e.fields(), InvalidParamException.GENERIC_CODE));
            // The component words why (PasswordStrength); the message never contains the password.
            case REGISTRATION_WEAK_PASSWORD -> CoCartError.response(400, "cocart_registration_error_weak_password",
                    e.getMessage());
            case ACCOUNT_WEAK_PASSWORD -> CoCartError.response(400, "cocart_account_weak_password", e.getMessage());
            // WooCommerce's "%s is a required field." with the field's label; data.id names the field.
            case ACCOUNT_MISSING_REQUIRED_FIELD -> CoCartError.response(400, "cocart_account_missing_required_field",
                    e.getMessage(), Map.of("id", e.fields().getOrDefault("id", "")));
            // Every address problem, joined, as CoCart Plus joins them; data.fields has each.
            case ACCOUNT_INVALID_ADDRESS_FIELDS -> CoCartError.response(400, "cocart_invalid_address_fields",
                    e.getMessage(), Map.of("fields", e.fields()));
            default -> response(e.failure());
        };
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
            // Only the console's edit asks for it (the REST API sends no copy's time); answered as a conflict.
            case STALE_ACCOUNT -> CoCartError.response(409, "headlesscart_customer_changed",
                    "The customer was changed meanwhile. Reload it and try again.");
            // WooCommerce's REST authentication (WC_REST_Authentication), 401 for either half.
            case INVALID_API_KEY -> CoCartError.response(401, "woocommerce_rest_authentication_error", INVALID_API_KEY);
            case API_KEY_NOT_FOUND -> CoCartError.response(404, "woocommerce_rest_invalid_id", "Invalid resource ID.");
            case INVALID_FIELDS -> CoCartError.response(400, "rest_invalid_param", "Invalid parameter(s).");
            // POST cocart/v2/register: CoCart Plus's codes and statuses (COCART-PLUS §1.4), WooCommerce's words.
            case REGISTRATION_INVALID_EMAIL -> CoCartError.response(404, "cocart_registration_invalid_email",
                    "Please provide a valid email address.");
            case REGISTRATION_EMAIL_EXISTS -> CoCartError.response(405, "cocart_registration_error_email_exists",
                    "An account is already registered with your email address. Please log in.");
            case REGISTRATION_INVALID_USERNAME -> CoCartError.response(404,
                    "cocart_registration_error_invalid_username", "Please enter a valid account username.");
            case REGISTRATION_USERNAME_EXISTS -> CoCartError.response(405, "cocart_registration_error_username_exists",
                    "An account is already registered with that username. Please choose another.");
            case REGISTRATION_RESERVED_USERNAME -> CoCartError.response(400,
                    "cocart_registration_error_reserved_username", "Sorry, that username is not allowed.");
            case REGISTRATION_MISSING_PASSWORD -> CoCartError.response(404, "registration-error-missing-password",
                    "Please enter an account password.");
            case REGISTRATION_WEAK_PASSWORD -> CoCartError.response(400, "cocart_registration_error_weak_password",
                    "The password is too weak.");
            case REGISTRATION_FAILED -> CoCartError.response(400, "cocart_registration_error_failed_creation",
                    "Couldn't register you. Please contact us if you continue to have problems.");
            // POST cocart/v2/my-account and PATCH my-account/address (COCART-PLUS §1.4), WooCommerce's words
            // (WC_Form_Handler::save_account_details).
            case ACCOUNT_MISSING_REQUIRED_FIELD -> CoCartError.response(400, "cocart_account_missing_required_field",
                    "A required field is missing.");
            case ACCOUNT_INVALID_EMAIL -> CoCartError.response(400, "cocart_account_provide_valid_email",
                    "Please provide a valid email address.");
            case ACCOUNT_EMAIL_EXISTS -> CoCartError.response(403, "cocart_account_email_already_registered",
                    "This email address is already registered.");
            case ACCOUNT_EMAIL_AS_DISPLAY_NAME -> CoCartError.response(403, "cocart_cannot_set_email_as_display_name",
                    "Display name cannot be changed to email address due to privacy concern.");
            case ACCOUNT_FILL_ALL_PASSWORD_FIELDS -> CoCartError.response(400,
                    "cocart_account_fill_all_password_fields", "Please fill out all password fields.");
            case ACCOUNT_ENTER_CURRENT_PASSWORD -> CoCartError.response(400, "cocart_account_enter_current_password",
                    "Please enter your current password.");
            case ACCOUNT_REENTER_PASSWORD -> CoCartError.response(400, "cocart_account_reenter_password",
                    "Please re-enter your password.");
            case ACCOUNT_PASSWORDS_DO_NOT_MATCH -> CoCartError.response(400,
                    "cocart_account_new_passwords_do_not_match", "New passwords do not match.");
            case ACCOUNT_INCORRECT_CURRENT_PASSWORD -> CoCartError.response(400,
                    "cocart_account_incorrect_current_password", "Your current password is incorrect.");
            case ACCOUNT_WEAK_PASSWORD -> CoCartError.response(400, "cocart_account_weak_password",
                    "The password is too weak.");
            case ACCOUNT_NO_ADDRESS_DATA -> CoCartError.response(400, "cocart_no_address_data",
                    "No address data provided.");
            case ACCOUNT_INVALID_ADDRESS_FIELDS -> CoCartError.response(400, "cocart_invalid_address_fields",
                    "Invalid address fields.");
        };
    }
}
