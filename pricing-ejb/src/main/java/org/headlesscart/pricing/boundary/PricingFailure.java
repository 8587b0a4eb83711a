package org.headlesscart.pricing.boundary;

import java.util.Map;

/**
 * Why pricing's admin refused a request, worded as WooCommerce's REST API words it. The WAR maps each reason to
 * WooCommerce's code and status in one exhaustive switch.
 */
public enum PricingFailure {

    /** {@code wc/v3/settings/{group}} names a group that does not exist. */
    SETTING_GROUP_NOT_FOUND("Invalid setting group."),

    /** The group has no setting with the id. */
    SETTING_NOT_FOUND("Invalid setting."),

    /** A value a checkbox or select does not take. */
    SETTING_VALUE_INVALID("An invalid setting value was passed."),

    /** No coupon of any status has the id (read or delete). */
    COUPON_NOT_FOUND("Invalid ID."),

    /** An update names a coupon that does not exist (WooCommerce answers 400 here, not 404). */
    COUPON_TO_UPDATE_NOT_FOUND("Invalid ID."),

    /** A create without a code, or a code that is empty once trimmed. */
    COUPON_CODE_EMPTY("The coupon code cannot be empty."),

    /**
     * Another coupon has the code. Unlike WooCommerce, which looks at published coupons only, codes are unique over
     * every coupon, drafts and trash too, so that a code always names one coupon (docs/pricing-admin.md).
     */
    COUPON_CODE_EXISTS("The coupon code already exists"),

    /** A negative amount, or a percentage over 100 (WooCommerce's {@code coupon_invalid_amount}). */
    COUPON_INVALID_AMOUNT("Invalid discount amount"),

    /** An e-mail restriction that is no address (WooCommerce's {@code coupon_invalid_email_address}). */
    COUPON_INVALID_EMAIL("Invalid email address restriction"),

    /** A delete without {@code force} of a coupon already in the trash. */
    COUPON_ALREADY_TRASHED("The shop_coupon has already been deleted."),

    /** A conditional update of a coupon that was changed after the caller read it; nothing was written. */
    COUPON_CHANGED("The coupon was changed since it was read."),

    /** Fields of a coupon are invalid; {@link PricingException#fields()} says which and why. */
    INVALID_FIELDS("Invalid parameter(s): %s");

    private final String message;

    PricingFailure(String message) {
        this.message = message;
    }

    /** The exception to throw for this reason; {@code detail} is logged, not shown to clients. */
    public PricingException exception(Object detail) {
        return new PricingException(this, message, String.valueOf(detail), Map.of());
    }

    /** {@link #INVALID_FIELDS} naming each bad field (its wire name) with its problem, in the order given. */
    public static PricingException invalidFields(Map<String, String> fields) {
        return new PricingException(INVALID_FIELDS, INVALID_FIELDS.message.formatted(String.join(", ",
                fields.keySet())), fields.toString(), fields);
    }
}
