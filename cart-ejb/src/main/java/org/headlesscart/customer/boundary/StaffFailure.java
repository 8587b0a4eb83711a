package org.headlesscart.customer.boundary;

/** Every way {@link StaffService} refuses a change; the console words each next to the field it concerns. */
public enum StaffFailure {
    /** Fields with problems; {@link StaffException#fields()} says which (email, username, first_name, ...). */
    INVALID_FIELDS,
    /** No account has this id. */
    NOT_FOUND,
    /** The account is a customer: staff management does not touch it. */
    NOT_STAFF,
    /** The account changed since the form read it (its version). */
    STALE,
    /** The change would leave the store without an administrator. */
    LAST_ADMINISTRATOR,
    /** The account acting is not (or no longer) an administrator. */
    NOT_ADMINISTRATOR
}
