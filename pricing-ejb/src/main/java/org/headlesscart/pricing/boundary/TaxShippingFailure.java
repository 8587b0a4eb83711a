package org.headlesscart.pricing.boundary;

/**
 * Every way the tax and shipping admin refuses a request. The WAR maps each to WooCommerce's code, message and
 * status (its REST taxes, tax classes and shipping zone controllers) in one exhaustive switch.
 */
public enum TaxShippingFailure {
    /** No tax rate has this id (read, update). */
    UNKNOWN_TAX_RATE,
    /** No tax rate has this id (delete: WooCommerce answers 400 there, not 404). */
    UNKNOWN_TAX_RATE_TO_DELETE,
    /** A tax class name that is blank once cleaned. */
    TAX_CLASS_INVALID_NAME,
    /** A tax class of this name exists. */
    TAX_CLASS_EXISTS,
    /** The name makes no slug. */
    TAX_CLASS_SLUG_INVALID,
    /** A tax class of this slug exists (Standard's "standard" included). */
    TAX_CLASS_SLUG_EXISTS,
    /** No stored class has this slug; Standard is never stored, so it cannot be deleted. */
    UNKNOWN_TAX_CLASS,
    /** No shipping zone has this id. */
    UNKNOWN_ZONE,
    /** Zone 0's name and order are WooCommerce's and fixed. */
    ZONE_ZERO_NOT_EDITABLE,
    /** Zone 0 covers what other zones do not; it has no locations of its own. */
    ZONE_ZERO_LOCATIONS_NOT_EDITABLE,
    /** The zone has no method instance with this id. */
    UNKNOWN_METHOD_INSTANCE,
    /** A setting value the method's form refuses (not one of a select's options, not a price ...). */
    INVALID_SETTING,
    /** A tax rate CSV with more data rows than {@code headlesscart.pricing.tax-import-max-rows}. */
    IMPORT_TOO_MANY_ROWS,
    /** A file that is not a WooCommerce tax rate export (not UTF-8 text, or not its header); the message says why. */
    IMPORT_NOT_TAX_RATES,
    /** Fields with problems; {@link TaxShippingException#fields()} says which. */
    INVALID_FIELDS
}
