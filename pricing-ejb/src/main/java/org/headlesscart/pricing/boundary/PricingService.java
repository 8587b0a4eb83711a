package org.headlesscart.pricing.boundary;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;

import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.CouponCheck;
import org.headlesscart.pricing.model.CouponError;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.PricingRules;

/**
 * PLACEHOLDER with the signatures of branch p-store's boundary, so the cart side compiles before p-store lands;
 * replaced by p-store's class when that branch is merged.
 */
@Stateless
public class PricingService {

    public PricingRules rules() {
        throw new UnsupportedOperationException("p-store");
    }

    public Map<String, Coupon> coupons(Collection<String> codes) {
        throw new UnsupportedOperationException("p-store");
    }

    public PricedCart price(PricingRules rules, org.headlesscart.pricing.model.CartInput cart) {
        throw new UnsupportedOperationException("p-store");
    }

    public Optional<CouponError> check(Coupon coupon, CouponCheck check) {
        throw new UnsupportedOperationException("p-store");
    }
}
