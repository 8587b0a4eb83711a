package org.headlesscart.customer.boundary;

import java.util.Optional;

/**
 * The outcome of a refresh: the user and the successor token, or (a reused token, whose family was just revoked)
 * no successor. A refusal that is a value rather than an exception, so the family's revocation commits.
 */
public record RefreshGrant(long userId, Optional<String> refreshToken) {

    RefreshGrant(long userId, String refreshToken) {
        this(userId, Optional.of(refreshToken));
    }

    static RefreshGrant refused(long userId) {
        return new RefreshGrant(userId, Optional.empty());
    }
}
