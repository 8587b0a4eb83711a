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
    /** The console's edit of an account that changed after the staff read it. */
    STALE_ACCOUNT,
    /** A REST API key that is unknown, revoked, malformed, or whose secret is not its secret: one reason for all. */
    INVALID_API_KEY,
    /** No REST API key has this id. */
    API_KEY_NOT_FOUND,
    /** Fields with problems: names, addresses, password; {@link AccountException#fields()} says which. */
    INVALID_FIELDS,

    // Registration (POST cocart/v2/register, and a guest's create_account at checkout): CoCart Plus's own codes.
    /** Not an e-mail address, or none. */
    REGISTRATION_INVALID_EMAIL,
    /** Another account has this e-mail address. */
    REGISTRATION_EMAIL_EXISTS,
    /** A username WordPress would not accept. */
    REGISTRATION_INVALID_USERNAME,
    /** Another account has this username. */
    REGISTRATION_USERNAME_EXISTS,
    /** A name kept for the shop ({@code admin} …). */
    REGISTRATION_RESERVED_USERNAME,
    /** No password. */
    REGISTRATION_MISSING_PASSWORD,
    /** A password that fails the strength rule; the exception's message says why. */
    REGISTRATION_WEAK_PASSWORD,
    /** The account could not be written for another reason. */
    REGISTRATION_FAILED,

    // My Account (POST cocart/v2/my-account, PATCH my-account/address): CoCart Plus's codes, WooCommerce's words.
    /** A required field of the account details is empty; {@link AccountException#fields()} has its name under "id". */
    ACCOUNT_MISSING_REQUIRED_FIELD,
    /** The new e-mail is not an e-mail address. */
    ACCOUNT_INVALID_EMAIL,
    /** Another account has the new e-mail. */
    ACCOUNT_EMAIL_EXISTS,
    /** The display name is an e-mail address. */
    ACCOUNT_EMAIL_AS_DISPLAY_NAME,
    /** The current password was given without a new one. */
    ACCOUNT_FILL_ALL_PASSWORD_FIELDS,
    /** A new password without the current one. */
    ACCOUNT_ENTER_CURRENT_PASSWORD,
    /** A new password without its repetition. */
    ACCOUNT_REENTER_PASSWORD,
    /** The new password and its repetition differ. */
    ACCOUNT_PASSWORDS_DO_NOT_MATCH,
    /** The current password is not the account's. */
    ACCOUNT_INCORRECT_CURRENT_PASSWORD,
    /** The new password fails the strength rule; the exception's message says why. */
    ACCOUNT_WEAK_PASSWORD,
    /** An address change without any address. */
    ACCOUNT_NO_ADDRESS_DATA,
    /** Address fields with problems; the message joins them all, {@link AccountException#fields()} has each. */
    ACCOUNT_INVALID_ADDRESS_FIELDS
}
