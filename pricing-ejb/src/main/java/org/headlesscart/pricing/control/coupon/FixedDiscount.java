package org.headlesscart.pricing.control.coupon;

import java.util.List;

import org.headlesscart.pricing.model.Coupon;

/**
 * {@code fixed_product} and {@code fixed_cart} as {@code WC_Discounts} computes them, in integer minor units.
 * Neither depends on the sequential setting: both take a fixed amount off what is left of each line.
 */
final class FixedDiscount {

    private FixedDiscount() {
    }

    /** {@code amount} off each covered unit, never more than what is left of the line. */
    static long applyPerUnit(DiscountLedger ledger, Coupon coupon, List<DiscountLedger.Item> items, long amount) {
        long limit = Limits.of(coupon);
        long applied = 0;
        long total = 0;
        for (DiscountLedger.Item item : items) {
            long quantity = Limits.applyQuantity(limit, applied, item.units());
            long wanted = limit == Limits.NONE ? amount * quantity : limitedDiscount(item, amount, quantity);
            long discount = Math.min(ledger.remaining(item), wanted);
            ledger.add(coupon.code(), item, discount);
            total += discount;
            applied += quantity;
        }
        return total;
    }

    /**
     * With an item limit WooCommerce caps the amount at the unit price, {@code min(amount, price / qty) × applied}.
     * The unit price is a whole number of minor units for whole quantities; otherwise we floor where PHP would keep
     * a fraction of a cent.
     */
    private static long limitedDiscount(DiscountLedger.Item item, long amount, long quantity) {
        if (amount * item.units() <= item.price()) {
            return amount * quantity;
        }
        return item.price() * quantity / item.units();
    }

    /**
     * {@code fixed_cart}: an equal whole amount per unit over the lines with something left, again with what the
     * lines could not take, and the last minor units one at a time.
     */
    static long applyCart(DiscountLedger ledger, Coupon coupon, List<DiscountLedger.Item> items, long amount) {
        List<DiscountLedger.Item> priced = items.stream().filter(item -> ledger.remaining(item) > 0).toList();
        long unitCount = priced.stream().mapToLong(DiscountLedger.Item::units).sum();
        if (unitCount == 0 || amount <= 0) {
            return 0;
        }
        long perUnit = amount / unitCount;
        if (perUnit == 0) {
            return RemainderSpread.spread(ledger, coupon.code(), priced, amount);
        }
        long total = applyPerUnit(ledger, coupon, priced, perUnit);
        if (total > 0 && total < amount) {
            total += applyCart(ledger, coupon, priced, amount - total);
        }
        return total;
    }
}
