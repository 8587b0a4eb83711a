package org.headlesscart.api.cocart.jwt;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.openapi.ResponseDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.ratelimit.RateGroup;
import org.headlesscart.api.ratelimit.RateLimited;
import org.headlesscart.api.security.AuthRefusal;
import org.headlesscart.api.security.BearerAuthentication;
import org.headlesscart.api.security.Caller;
import org.headlesscart.api.security.JwtTokens.TokenPair;
import org.headlesscart.api.security.JwtTokens;

/**
 * The CoCart JWT Authentication add-on's routes (contract §7.1, decision 11), outside {@code cocart/v2}. While JWT
 * is off both answer 403 {@code cocart_jwt_auth_bad_config}. The Bearer token itself is checked by the
 * authentication filter, so an expired or tampered one never reaches here: it is 401 there.
 */
@RequestScoped
@Path("cocart/jwt")
@Produces(CoCartV2.JSON)
@Tag(name = "Account")
public class JwtResource {

    @Inject
    JwtTokens tokens;

    @Inject
    Caller caller;

    @POST
    @Path("refresh-token")
    @RateLimited(RateGroup.LOGIN)
    @Operation(operationId = "jwtRefreshToken",
            summary = "Uses refresh_token once: {token, refresh_token}; 403 cocart_jwt_auth_missing_refresh_token, "
            + "401 cocart_authentication_error, 403 cocart_jwt_auth_bad_config")
    @RequestBody(ref = RequestDocs.REFRESH_TOKEN)
    @APIResponse(responseCode = "200", ref = ResponseDocs.TOKEN_PAIR)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    public TokenPair refresh(@QueryParam(TokenParam.NAME) String query, @Context HttpHeaders headers,
            String body) {
        tokens.requireEnabled();
        MediaType type = headers.getMediaType();
        String refreshToken = TokenParam.read(query, type, body)
                .orElseThrow(AuthRefusal.REFRESH_TOKEN_MISSING::exception);
        return tokens.refresh(refreshToken);
    }

    @POST
    @Path("validate-token")
    @Operation(operationId = "jwtValidateToken",
            summary = "{\"message\":\"Token is valid.\"} for a valid Bearer token; 401 cocart_authentication_error")
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @SecurityRequirement(name = SecurityDocs.BEARER)
    public Map<String, String> validate() {
        tokens.requireEnabled();
        if (caller.account().isEmpty() || !BearerAuthentication.SCHEME.equals(caller.scheme())) {
            throw AuthRefusal.TOKEN_MISSING.exception();
        }
        return Map.of("message", "Token is valid.");
    }
}
