package org.headlesscart.pricing.boundary;

/**
 * An order may not count a use of a coupon: its usage limit, or its limit per customer, is used up (WooCommerce
 * error 106). Nothing was counted; the caller's transaction is to be rolled back.
 *
 * @see CouponUsageService#record
 */
public class CouponUsageLimitReached extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public CouponUsageLimitReached(String code) {
        super("Coupon usage limit reached: " + code, null, false, false);
        this.code = code;
    }

    /** The coupon's code, lower-case. */
    public String code() {
        return code;
    }
}
