package org.headlesscart.pricing.control.coupon;

import java.util.List;

import org.headlesscart.pricing.model.Coupon;

/**
 * A {@code percent} coupon as {@code WC_Discounts::apply_coupon_percent} computes it. The arithmetic stays in
 * doubles on purpose: WooCommerce divides and multiplies PHP floats in this order and floors the result, so
 * {@code 100 × (29 / 100)} floors to 28, not 29, and the per-line split (which drives per-line tax) only matches
 * WooCommerce's when the same IEEE operations run in the same order. The cart-level expected discount then tops
 * the lines up one minor unit at a time.
 */
final class PercentDiscount {

    private PercentDiscount() {
    }

    static void apply(DiscountLedger ledger, Coupon coupon, List<DiscountLedger.Item> items, boolean sequential) {
        double rate = coupon.amount().doubleValue() / 100;
        long limit = Limits.of(coupon);
        long applied = 0;
        long totalDiscount = 0;
        double cartTotal = 0;
        for (DiscountLedger.Item item : items) {
            long remaining = ledger.remaining(item);
            double base = sequential ? remaining : item.price();
            long quantity = Limits.applyQuantity(limit, applied, item.units());
            double priceToDiscount = base / item.units() * quantity;
            long discount = Math.min(remaining, (long) Math.floor(priceToDiscount * rate));
            ledger.add(coupon.code(), item, discount);
            cartTotal += priceToDiscount;
            totalDiscount += discount;
            applied += quantity;
        }
        long expected = PhpRound.halfDown(cartTotal * rate);
        if (totalDiscount < expected) {
            RemainderSpread.spread(ledger, coupon.code(), items, expected - totalDiscount);
        }
    }
}
