package org.headlesscart.api.security;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.error.CoCartError;

/**
 * The refusals of authentication and authorization that the REST layer decides itself, with CoCart's codes and
 * 4.8 messages (contract §7, §10). Wrong logins and passwords are the customer component's reasons, mapped by
 * {@code AccountExceptionMapper}. No {@code WWW-Authenticate} challenge, as upstream: a browser would pop up its own
 * login dialog over the storefront.
 */
public enum AuthRefusal {
    /** Only one of login and password, or a malformed Basic header (§7.1). */
    INCOMPLETE(401, "cocart_authentication_error", "Authentication invalid!"),
    /** Decision 10, with {@code headlesscart.auth.require-https}: credentials over plain HTTP are not checked. */
    HTTPS_REQUIRED(401, "cocart_authentication_error", "Authentication requires a secure connection (HTTPS)."),
    /** Not in CoCart 4.x (Plus has rate limits): too many failed logins for this login or address. */
    TOO_MANY_ATTEMPTS(429, "cocart_too_many_attempts", "Too many failed login attempts. Please try again later."),
    /** A Bearer token past its {@code exp} (§7.1, JWT). */
    TOKEN_EXPIRED(401, "cocart_authentication_error", "Authentication failed: the token has expired."),
    /** A Bearer token that does not verify: signature, algorithm, issuer, audience, or a user that is gone. */
    TOKEN_INVALID(401, "cocart_authentication_error", "Authentication failed: the token is invalid."),
    /** {@code validate-token} without a Bearer token. */
    TOKEN_MISSING(401, "cocart_authentication_error", "Authentication failed: no token was provided."),
    /** {@code refresh-token} without {@code refresh_token} (§7.1, JWT). */
    REFRESH_TOKEN_MISSING(403, "cocart_jwt_auth_missing_refresh_token", "Refresh token is required."),
    /** {@code POST /login} without credentials (§7.2). */
    NOT_AUTHORIZED(401, "cocart_rest_not_authorized", "Sorry, you are not authorized."),
    /**
     * REST API keys as query parameters over plain HTTP, refused before they are checked: WooCommerce reads them only
     * over HTTPS (over HTTP it takes OAuth 1.0a signatures, which we do not).
     */
    API_KEY_OVER_HTTP(401, "woocommerce_rest_authentication_error",
            "Consumer key and secret are only accepted as query parameters over HTTPS."),
    /** A REST API key on a route that is not an admin route: WooCommerce's refusal of keys outside its namespaces. */
    API_KEY_OUT_OF_SCOPE(401, "woocommerce_rest_authentication_error",
            "The provided API key cannot be used to access this endpoint."),
    /** A write key reading (GET, HEAD): WooCommerce's code, status and words (WC_REST_Authentication). */
    API_KEY_CANNOT_READ(401, "woocommerce_rest_authentication_error",
            "The API key provided does not have read permissions."),
    /** A read key writing (POST, PUT, PATCH, DELETE). */
    API_KEY_CANNOT_WRITE(401, "woocommerce_rest_authentication_error",
            "The API key provided does not have write permissions."),
    /** A REST API key with a method that is neither a read, a write, nor OPTIONS. */
    API_KEY_UNKNOWN_METHOD(401, "woocommerce_rest_authentication_error", "Unknown request method."),
    /** An admin route without credentials (§10, §11.3). */
    STAFF_ONLY_ANONYMOUS(401, "cocart_rest_cannot_view", "Sorry, you cannot list resources."),
    /**
     * An admin route for a user who is neither administrator nor shop manager (§10, §11.3), or an administrators'
     * route ({@link AdministratorOnly}) for one who is not an administrator.
     */
    STAFF_ONLY(403, "cocart_rest_cannot_view", "Sorry, you cannot list resources.");

    private final int status;
    private final String code;
    private final String message;

    AuthRefusal(int status, String code, String message) {
        this.status = status;
        this.code = code;
        this.message = message;
    }

    public Response response() {
        return CoCartError.response(status, code, message);
    }

    /** For resources: JAX-RS sends the response of a {@link WebApplicationException} with an entity as it is. */
    public WebApplicationException exception() {
        return new WebApplicationException(message, response());
    }
}
