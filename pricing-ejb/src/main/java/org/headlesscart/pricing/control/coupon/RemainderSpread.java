package org.headlesscart.pricing.control.coupon;

import java.util.List;

/**
 * WooCommerce's {@code apply_coupon_remainder}: what integer division or per-line flooring left over is handed out
 * one minor unit per unit of each item, items in price order, until it is used up or nothing is left to discount.
 */
final class RemainderSpread {

    private RemainderSpread() {
    }

    static long spread(DiscountLedger ledger, String code, List<DiscountLedger.Item> items, long amount) {
        long total = 0;
        for (DiscountLedger.Item item : items) {
            for (long unit = 0; unit < item.units(); unit++) {
                long one = Math.min(ledger.remaining(item), 1);
                ledger.add(code, item, one);
                total += one;
                if (total >= amount) {
                    return total;
                }
            }
        }
        return total;
    }
}
