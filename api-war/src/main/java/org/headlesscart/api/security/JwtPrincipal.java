package org.headlesscart.api.security;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified access token as MicroProfile JWT's {@link JsonWebToken}, so code downstream of the filter sees the MP
 * type whichever way the token was checked. Claim values use MP-JWT's Java types: strings, {@code Long} times,
 * {@code Set<String>} groups and audience. The name ({@code upn}) is the user id as a string, as Basic's principal
 * is: the application knows users by id (and a user's cart key is that id).
 */
public record JwtPrincipal(String rawToken, String issuer, String audience, String subject, String username,
        Set<String> groups, long issuedAt, long expiresAt, String tokenId) implements JsonWebToken {

    public JwtPrincipal {
        groups = Set.copyOf(groups);
    }

    @Override
    public String getName() {
        return subject;
    }

    @Override
    public Set<String> getClaimNames() {
        return claims().keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims().get(claimName);
    }

    private Map<String, Object> claims() {
        return Map.of(Claims.raw_token.name(), rawToken, Claims.iss.name(), issuer,
                Claims.aud.name(), Set.of(audience), Claims.sub.name(), subject, Claims.upn.name(), subject,
                Claims.preferred_username.name(), username, Claims.groups.name(), new LinkedHashSet<>(groups),
                Claims.iat.name(), issuedAt, Claims.exp.name(), expiresAt, Claims.jti.name(), tokenId);
    }

    /** Never the raw token: it is a credential. */
    @Override
    public String toString() {
        return "JwtPrincipal[sub=" + subject + ", jti=" + tokenId + ", exp=" + expiresAt + "]";
    }
}
