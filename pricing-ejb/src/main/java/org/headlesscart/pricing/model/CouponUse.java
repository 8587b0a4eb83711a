package org.headlesscart.pricing.model;

/**
 * One placed order's use of one coupon, for counting ({@code usage_count}, {@code used_by}).
 *
 * @param code       the coupon code as the order applied it (any case)
 * @param customerId the order's customer, 0 for a guest
 * @param email      the order's billing e-mail: a guest's uses are known by it
 */
public record CouponUse(String code, long customerId, String email) {

    public CouponUse {
        email = email == null ? "" : email;
    }
}
