package org.headlesscart.pricing.control.totals;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.PricingRules;

/**
 * A cart's totals in {@code WC_Cart_Totals}'s order (COCART-PLUS §3.2): item subtotals, discounts, item totals,
 * shipping, fees, grand total.
 */
public final class CartPricing {

    private CartPricing() {
    }

    /** Prices {@code cart} under {@code rules}; its coupons are already validated. */
    public static PricedCart price(PricingRules rules, CartInput cart) {
        throw new UnsupportedOperationException("not written yet");
    }
}
