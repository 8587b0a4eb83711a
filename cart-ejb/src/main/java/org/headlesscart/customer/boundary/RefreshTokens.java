package org.headlesscart.customer.boundary;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.customer.control.RefreshTokenStore;
import org.headlesscart.customer.entity.RefreshToken;

/**
 * JWT refresh tokens (docs/authentication.md, JWT): opaque random values stored only as hashes, used once each
 * (rotation), at most {@code headlesscart.jwt.max-refresh-tokens} live per user, revocable. Issuing the access token itself is the
 * REST layer's job; this component only says whose a refresh token is.
 */
@Stateless
public class RefreshTokens {

    private static final Logger LOG = System.getLogger(RefreshTokens.class.getName());

    @Inject
    RefreshTokenStore tokens;

    @Inject
    @ConfigProperty(name = "headlesscart.jwt.refresh-lifetime", defaultValue = "P30D")
    Duration lifetime;

    @Inject
    @ConfigProperty(name = "headlesscart.jwt.max-refresh-tokens", defaultValue = "5")
    int maxPerUser;

    /** A new token family for a login; the user's oldest live tokens are revoked beyond the limit. */
    public String issue(long userId) {
        Instant now = Instant.now();
        RefreshTokenStore.beyondLimit(tokens.liveOf(userId, now), maxPerUser).forEach(old -> old.revoke(now));
        return add(userId, RefreshTokenStore.newFamily(), now);
    }

    /**
     * Uses {@code presented} once and returns its successor in the same family. A token already used revokes its
     * whole family: one of two holders replayed it, and the chain can no longer be told apart from a thief's.
     *
     * @throws AccountException {@link AccountFailure#INVALID_REFRESH_TOKEN} or {@link AccountFailure#EXPIRED_REFRESH_TOKEN}
     */
    public RefreshGrant rotate(String presented) {
        Instant now = Instant.now();
        RefreshToken token = tokens.findForUpdate(presented).orElseThrow(RefreshTokens::invalid);
        RefreshToken.Use use = token.use(now);
        switch (use) {
            case ROTATED -> {
                return new RefreshGrant(token.getUserId(), add(token.getUserId(), token.getFamily(), now));
            }
            case EXPIRED -> throw new AccountException(AccountFailure.EXPIRED_REFRESH_TOKEN, "Refresh token expired");
            case REUSED -> {
                int revoked = tokens.revokeFamily(token.getFamily(), now);
                LOG.log(Level.WARNING, "A rotated refresh token of user {0} was presented again; revoked its family "
                        + "({1} tokens)", token.getUserId(), revoked);
                // The revocation must survive the refusal, so it is not thrown as a rolling-back exception.
                return RefreshGrant.refused(token.getUserId());
            }
            default -> throw invalid();
        }
    }

    /** Revokes the family of {@code presented} (one device's logout); an unknown token is no error. */
    public void revoke(String presented) {
        Instant now = Instant.now();
        tokens.findForUpdate(presented).ifPresent(token -> tokens.revokeFamily(token.getFamily(), now));
    }

    /** Revokes every refresh token of the user (logout everywhere). */
    public void revokeAll(long userId) {
        tokens.revokeAllOf(userId, Instant.now());
    }

    private String add(long userId, String family, Instant now) {
        String value = RefreshTokenStore.newTokenValue();
        tokens.add(new RefreshToken(RefreshTokenStore.hash(value), userId, family, now, now.plus(lifetime)));
        return value;
    }

    private static AccountException invalid() {
        return new AccountException(AccountFailure.INVALID_REFRESH_TOKEN, "Unknown or revoked refresh token");
    }
}
