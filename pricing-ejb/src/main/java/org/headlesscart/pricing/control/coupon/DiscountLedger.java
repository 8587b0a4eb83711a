package org.headlesscart.pricing.control.coupon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.model.CartInput;

/**
 * The items {@code WC_Discounts} works on and what each coupon has taken off them so far. Every rule reads the
 * remaining price here, so a line never goes below 0 whatever the order of coupons.
 */
final class DiscountLedger {

    /** A cart line as {@code WC_Discounts} sees it: its undiscounted price and its whole units. */
    record Item(CartInput.Line line, long price, long units) {

        String key() {
            return line.key();
        }
    }

    private final List<Item> items;
    private final Map<String, Long> discountedByKey = new HashMap<>();
    private final Map<String, Map<String, Long>> byCoupon = new LinkedHashMap<>();
    private final List<String> lineKeys = new ArrayList<>();

    DiscountLedger(List<CartInput.Line> lines) {
        List<Item> sorted = new ArrayList<>();
        for (CartInput.Line line : lines) {
            sorted.add(new Item(line, line.amountMinor(), units(line.quantity())));
            lineKeys.add(line.key());
        }
        // WooCommerce's sort_by_price compares price × quantity where price already is the line price (unit ×
        // quantity): the key is the line price times the quantity once more. List.sort is stable, as PHP 8's.
        sorted.sort(Comparator.comparingLong((Item item) -> item.price() * item.units()).reversed());
        this.items = List.copyOf(sorted);
    }

    /** Discounts count whole units: a fractional quantity counts as the next whole one. */
    static long units(BigDecimal quantity) {
        return quantity.signum() <= 0 ? 0 : quantity.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    List<Item> items() {
        return items;
    }

    /** The price still left to discount on {@code item} after every coupon so far. */
    long remaining(Item item) {
        return item.price() - discountedByKey.getOrDefault(item.key(), 0L);
    }

    void open(String code) {
        byCoupon.computeIfAbsent(code, c -> zeroPerLine());
    }

    void add(String code, Item item, long discount) {
        if (discount == 0) {
            return;
        }
        byCoupon.get(code).merge(item.key(), discount, Long::sum);
        discountedByKey.merge(item.key(), discount, Long::sum);
    }

    /** Coupon code to (line key to discount), line keys in the cart's order, each present. */
    Map<String, Map<String, Long>> result(List<String> codesInInputOrder) {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        for (String code : codesInInputOrder) {
            result.put(code, Collections.unmodifiableMap(byCoupon.getOrDefault(code, zeroPerLine())));
        }
        return result;
    }

    private Map<String, Long> zeroPerLine() {
        Map<String, Long> zero = new LinkedHashMap<>();
        lineKeys.forEach(key -> zero.put(key, 0L));
        return zero;
    }
}
