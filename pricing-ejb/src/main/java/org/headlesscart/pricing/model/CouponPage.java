package org.headlesscart.pricing.model;

import java.util.List;

/** One page of the admin's coupon list and how many coupons the whole list has. */
public record CouponPage(List<CouponAdminView> coupons, long total) {

    public CouponPage {
        coupons = List.copyOf(coupons);
    }
}
