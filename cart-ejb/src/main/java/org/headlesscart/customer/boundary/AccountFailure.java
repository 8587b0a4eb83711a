package org.headlesscart.customer.boundary;

/**
 * Every way the customer component refuses a request. The WAR maps each reason to its code and message (CoCart's,
 * contract §7.1, for logins; WooCommerce's for the admin customers API) in one exhaustive switch.
 */
public enum AccountFailure {
    /** No account has this username, e-mail or billing phone. */
    UNKNOWN_LOGIN,
    /** The account exists and the password is not its password. */
    WRONG_PASSWORD,
    /** A refresh token that is unknown, revoked, or was already used (which revokes its family). */
    INVALID_REFRESH_TOKEN,
    /** A refresh token past its expiry. */
    EXPIRED_REFRESH_TOKEN,
    /** No account has this id. */
    CUSTOMER_NOT_FOUND,
    /** Another account has this e-mail address. */
    EMAIL_EXISTS,
    /** Another account has this username. */
    USERNAME_EXISTS,
    /** Not an e-mail address, or none where one is required. */
    INVALID_EMAIL,
    /** A username WordPress would not accept. */
    INVALID_USERNAME,
    /** A new account without a password. */
    MISSING_PASSWORD,
    /** A username can be chosen once, when the account is made (WooCommerce). */
    USERNAME_NOT_EDITABLE,
    /** The admin customers API changes customers only; staff accounts are not its to edit. */
    NOT_EDITABLE,
    /** ... nor to delete. */
    NOT_DELETABLE,
    /** A REST API key that is unknown, revoked, malformed, or whose secret is not its secret: one reason for all. */
    INVALID_API_KEY,
    /** No REST API key has this id. */
    API_KEY_NOT_FOUND,
    /** Fields with problems: names, addresses, password; {@link AccountException#fields()} says which. */
    INVALID_FIELDS
}
