package org.headlesscart.pricing.control.coupon;

import java.math.RoundingMode;
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
        DiscountLedger ledger = new DiscountLedger(lines);
        coupons.stream().sorted(CouponPriority.ORDER).forEach(coupon -> apply(ledger, coupon, sequential, decimals));
        return ledger.result(coupons.stream().map(Coupon::code).distinct().toList());
    }

    private static void apply(DiscountLedger ledger, Coupon coupon, boolean sequential, int decimals) {
        ledger.open(coupon.code());
        if (coupon.amount().signum() <= 0) {
            return;  // a zero coupon discounts nothing; a negative one must not add to the price
        }
        List<DiscountLedger.Item> items = ledger.items().stream()
                .filter(item -> item.units() > 0 && ledger.remaining(item) > 0)
                .filter(item -> CouponEligibility.discounts(coupon, item.line()))
                .toList();
        switch (coupon.discountType()) {
            case Coupon.PERCENT -> PercentDiscount.apply(ledger, coupon, items, sequential);
            case Coupon.FIXED_PRODUCT -> FixedDiscount.applyPerUnit(ledger, coupon, items, minor(coupon, decimals));
            case Coupon.FIXED_CART -> FixedDiscount.applyCart(ledger, coupon, items, minor(coupon, decimals));
            default -> { } // types we do not know discount nothing rather than guess
        }
    }

    /**
     * The coupon's amount in minor units. WooCommerce keeps fractions of a cent when an amount has more decimals
     * than the currency; we round half up to whole minor units (the admin routes store amounts at the currency's
     * decimals anyway).
     */
    static long minor(Coupon coupon, int decimals) {
        return coupon.amount().movePointRight(decimals).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
