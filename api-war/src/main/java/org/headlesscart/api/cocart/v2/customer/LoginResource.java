package org.headlesscart.api.cocart.v2.customer;


import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.jwt.TokenParam;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.cocart.v2.cart.CartCalls;
import org.headlesscart.api.cocart.v2.cart.CartHeaderDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.ratelimit.RateGroup;
import org.headlesscart.api.ratelimit.RateLimited;
import org.headlesscart.api.security.AuthRefusal;
import org.headlesscart.api.security.Caller;
import org.headlesscart.api.security.JwtTokens;

/**
 * Routes 14 and 15: {@code POST /login} and {@code POST /logout} (contract §7.2, §7.3). Authentication itself
 * happens in the filter, on every route; login shows who the credentials belong to, and a customer's login naming a
 * guest cart key absorbs that cart into theirs ({@link CartCalls#absorbNamedCart}). Neither route shows a cart, so
 * neither carries cart headers.
 */
@RequestScoped
@Path(CoCartV2.NAMESPACE)
@Produces(CoCartV2.JSON)
@Tag(name = "Account")
public class LoginResource {

    @Inject
    Caller caller;

    @Inject
    JwtTokens jwt;

    @Inject
    CartCalls carts;

    @Context
    SecurityContext security;

    @POST
    @Path("login")
    @RateLimited(RateGroup.LOGIN)
    @Operation(operationId = "login",
            summary = "The authenticated user (Basic or username/password); 401 cocart_rest_not_authorized when "
            + "anonymous, 401 cocart_authentication_error, 429 cocart_too_many_attempts; with JWT on, extras "
            + "jwt_token and jwt_refresh; a customer naming a guest cart key absorbs that cart")
    @Parameters(@Parameter(ref = CartHeaderDocs.CART_KEY))   // a lone @Parameter(ref) is lost by Payara
    @RequestBody(ref = RequestDocs.LOGIN)
    public LoginResponse login(String credentials) {
        // The body's username and password were read by BasicAuthenticationFilter already; the parameter is here
        // because Payara documents a request body only for a method that takes one.
        LoginResponse answer = caller.account()
                .map(user -> LoginResponse.from(user, jwt.loginExtras(user), security.isSecure()))
                .orElseThrow(AuthRefusal.NOT_AUTHORIZED::exception);
        carts.absorbNamedCart(credentials);
        return answer;
    }

    /**
     * Always {@code true}. There is no server session to end: every request carries its credentials. The user's
     * cart is kept (upstream's logout destroys the session), so the next login finds it (docs/authentication.md).
     * With JWT on, a {@code refresh_token} parameter revokes that token's family (this device); without one, an
     * authenticated caller's refresh tokens are all revoked (everywhere). Access tokens live until they expire.
     */
    @POST
    @Path("logout")
    @Operation(operationId = "logout",
            summary = "Answers true; the user's cart is kept; revokes the refresh_token given, else all of the "
            + "caller's")
    @RequestBody(ref = RequestDocs.REFRESH_TOKEN)
    public boolean logout(@QueryParam(TokenParam.NAME) String query, @Context HttpHeaders headers, String body) {
        jwt.revoke(TokenParam.read(query, headers.getMediaType(), body).orElse(null),
                caller.account().map(user -> user.id()).orElse(null));
        return true;
    }
}
