package org.headlesscart.catalog.control.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why an admin change cannot be made. Control code only says why; the boundary decides what that means for the
 * caller and turns it into its own exception (and thereby rolls the transaction back).
 */
public final class AdminRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        ADMIN_PRODUCT_NOT_FOUND, ADMIN_TERM_NOT_FOUND, ADMIN_ATTRIBUTE_NOT_FOUND, INVALID_FIELDS, DUPLICATE_SKU,
        TERM_EXISTS, SLUG_TAKEN,
        /** A variation create that names none of a variation's fields: nothing to make of it. */
        EMPTY_VARIATION,
        /** A category, tag or attribute term whose name is empty (or white space). */
        EMPTY_TERM_NAME,
        /** A parent given for a tag, whose taxonomy has no hierarchy. */
        NOT_HIERARCHICAL,
        /** A global attribute that cannot be created, or changed, as sent; the detail is WooCommerce's message. */
        ATTRIBUTE_NOT_CREATED, ATTRIBUTE_NOT_EDITED;

        AdminRefusal exception(Object detail) {
            return new AdminRefusal(this, String.valueOf(detail), Map.of());
        }
    }

    private final Reason reason;
    private final String detail;
    private final transient Map<String, String> fields;

    private AdminRefusal(Reason reason, String detail, Map<String, String> fields) {
        super(reason + ": " + detail, null, false, false);    // an answer, not a fault: no stack trace
        this.reason = reason;
        this.detail = detail;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    static AdminRefusal invalidFields(Map<String, String> fields) {
        return new AdminRefusal(Reason.INVALID_FIELDS, fields.toString(), fields);
    }

    public Reason reason() {
        return reason;
    }

    /** What the refusal is about: an id or a name for the log, or for the attribute reasons the message to show. */
    public String detail() {
        return detail;
    }

    /** For {@link Reason#INVALID_FIELDS}: each bad field by its wire name, and what is wrong with it. */
    public Map<String, String> fields() {
        return fields;
    }
}
