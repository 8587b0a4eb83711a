package org.headlesscart.api.security;

/** Thrown by {@link JwtCodec#verify} when a token is not to be believed; {@code expired} tells the client why. */
final class JwtRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean expired;

    JwtRejected(boolean expired, String why) {
        super(why, null, false, false);
        this.expired = expired;
    }

    boolean expired() {
        return expired;
    }
}
