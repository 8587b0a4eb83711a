package org.headlesscart.api.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.headlesscart.customer.boundary.AccountException;
import org.headlesscart.customer.boundary.AccountFailure;
import org.headlesscart.customer.boundary.AccountService;
import org.headlesscart.customer.model.AccountView;
import org.headlesscart.customer.boundary.RefreshGrant;
import org.headlesscart.customer.boundary.RefreshTokens;

/**
 * Issues the JWT add-on's tokens: an access token signed here and a refresh token kept (hashed) by the customer
 * component, on login and on refresh; and revokes refresh tokens on logout.
 */
@ApplicationScoped
public class JwtTokens {

    @Inject
    JwtSettings settings;

    @EJB
    RefreshTokens refreshTokens;

    @EJB
    AccountService accounts;

    /** The pair of a refresh: the new access token and the refresh token that replaces the one used. */
    public record TokenPair(String token, String refreshToken) {
    }

    /** {@code POST /login}'s {@code extras}: {@code jwt_token} and {@code jwt_refresh} while JWT is on, else none. */
    public Map<String, Object> loginExtras(AccountView user) {
        if (!settings.enabled()) {
            return Map.of();
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("jwt_token", settings.codec().sign(user, settings.tokenLifetime()));
        extras.put("jwt_refresh", refreshTokens.issue(user.id()));
        return extras;
    }

    /**
     * Uses a refresh token once: a new access token and its successor.
     *
     * @throws org.headlesscart.api.error.ApiRefusal 403 {@code cocart_jwt_auth_bad_config} while JWT is off
     * @throws AccountException a refresh token unknown, revoked, reused or expired; or a user who is gone
     */
    public TokenPair refresh(String refreshToken) {
        JwtCodec codec = settings.codec();
        RefreshGrant grant = refreshTokens.rotate(refreshToken);
        String successor = grant.refreshToken().orElseThrow(JwtTokens::invalid);
        AccountView user = accounts.find(grant.userId()).orElseThrow(JwtTokens::invalid);
        return new TokenPair(codec.sign(user, settings.tokenLifetime()), successor);
    }

    /** Logout: the presented refresh token's family, or else all of the user's refresh tokens. */
    public void revoke(String refreshToken, Long userId) {
        if (!settings.enabled()) {
            return;
        }
        if (refreshToken != null && !refreshToken.isEmpty()) {
            refreshTokens.revoke(refreshToken);
        } else if (userId != null) {
            refreshTokens.revokeAll(userId);
        }
    }

    /** Whether JWT is on at all, for the routes that refuse with 403 {@code cocart_jwt_auth_bad_config}. */
    public void requireEnabled() {
        settings.codec();
    }

    private static AccountException invalid() {
        return new AccountException(AccountFailure.INVALID_REFRESH_TOKEN, "Refresh token reused or user gone");
    }
}
