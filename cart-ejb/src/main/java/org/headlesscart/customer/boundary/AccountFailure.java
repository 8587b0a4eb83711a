package org.headlesscart.customer.boundary;

/**
 * Every way the customer component refuses a request. The WAR maps each reason to CoCart's code and message
 * (contract §7.1) in one exhaustive switch.
 */
public enum AccountFailure {
    /** No account has this username, e-mail or billing phone. */
    UNKNOWN_LOGIN,
    /** The account exists and the password is not its password. */
    WRONG_PASSWORD,
    /** A refresh token that is unknown, revoked, or was already used (which revokes its family). */
    INVALID_REFRESH_TOKEN,
    /** A refresh token past its expiry. */
    EXPIRED_REFRESH_TOKEN
}
