package org.headlesscart.pricing.control.coupon;

import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Coupon;

/**
 * WooCommerce's discount arithmetic ({@code WC_Discounts}, COCART-PLUS §3.1 "Discount arithmetic"): how much each
 * coupon takes off each line, in integer minor units of the price as entered (gross when prices include tax).
 */
public final class Discounts {

    private Discounts() {
    }

    /**
     * The discounts of already validated coupons.
     *
     * @param lines      the cart's lines; {@link CartInput.Line#amountMinor()} is the base price
     * @param coupons    in the order applied; this method sorts them as WooCommerce does
     * @param sequential {@code woocommerce_calc_discounts_sequentially}
     * @param decimals   the currency's decimals, to turn coupon amounts into minor units
     * @return coupon code to (line key to discount), codes in the input order, every line key present
     */
    public static Map<String, Map<String, Long>> compute(List<CartInput.Line> lines, List<Coupon> coupons,
            boolean sequential, int decimals) {
        throw new UnsupportedOperationException("not written yet");
    }
}
