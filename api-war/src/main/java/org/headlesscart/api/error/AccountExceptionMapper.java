package org.headlesscart.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.customer.boundary.AccountException;
import org.headlesscart.customer.boundary.AccountFailure;

/**
 * The customer component's reasons on the wire, with CoCart 4.8's messages (contract §7.1): neither names the
 * login, so nothing a client sent is echoed back. Exhaustive: a new reason does not compile until mapped.
 */
@Provider
public class AccountExceptionMapper implements ExceptionMapper<AccountException> {

    static final String UNKNOWN_LOGIN =
            "Authentication is invalid. Please check your login details are correct and try again.";
    static final String WRONG_PASSWORD = "The password you entered is incorrect.";
    public static final String INVALID_REFRESH_TOKEN = "Invalid refresh token.";
    static final String EXPIRED_REFRESH_TOKEN = "Refresh token expired.";

    @Override
    public Response toResponse(AccountException e) {
        return response(e.failure());
    }

    public static Response response(AccountFailure failure) {
        return switch (failure) {
            case UNKNOWN_LOGIN -> CoCartError.response(401, "cocart_authentication_error", UNKNOWN_LOGIN);
            case WRONG_PASSWORD -> CoCartError.response(401, "cocart_authentication_error", WRONG_PASSWORD);
            // The JWT add-on's refresh refusals (contract §7.1: cocart_authentication_error 401).
            case INVALID_REFRESH_TOKEN -> CoCartError.response(401, "cocart_authentication_error", INVALID_REFRESH_TOKEN);
            case EXPIRED_REFRESH_TOKEN -> CoCartError.response(401, "cocart_authentication_error", EXPIRED_REFRESH_TOKEN);
        };
    }
}
