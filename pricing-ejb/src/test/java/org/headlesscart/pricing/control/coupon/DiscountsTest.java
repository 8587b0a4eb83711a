package org.headlesscart.pricing.control.coupon;

import static org.headlesscart.pricing.control.coupon.Fixtures.coupon;
import static org.headlesscart.pricing.control.coupon.Fixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Coupon;
import org.junit.jupiter.api.Test;

/**
 * Expected values are worked out by hand from {@code WC_Discounts}' rules (COCART-PLUS §3.1); each test says how.
 * Prices are minor units; "sort" means WooCommerce's item order (line price × quantity, descending, stable).
 */
class DiscountsTest {

    private static Map<String, Map<String, Long>> compute(List<CartInput.Line> lines, boolean sequential,
            int decimals, Coupon... coupons) {
        return Discounts.compute(lines, List.of(coupons), sequential, decimals);
    }

    @Test
    void percentSpreadsTheRemainderCentOverTheLinesInSortOrder() {
        // 3 × 3.33 at 10 %: each line floor(333 × 0.1 = 33.3) = 33, 99 in all; the cart as a whole would get
        // round(999 × 0.1 = 99.9) = 100, so the 1 cent short goes to the first line (all tie: input order).
        var result = compute(List.of(line("a", 1, 333, 1), line("b", 2, 333, 1), line("c", 3, 333, 1)), false, 2,
                coupon(1, "ten", Coupon.PERCENT, "10").build());
        assertEquals(Map.of("a", 34L, "b", 33L, "c", 33L), result.get("ten"));
    }

    @Test
    void percentSplitFollowsPhpFloatsNotExactDecimals() {
        // 29 %: A = 2 × 2.00 (400, sorted first), B = 1.00. PHP: 400 × 0.29 = 115.99999999999999, floor 115;
        // 100 × 0.29 = 28.999999999999996, floor 28; 143 given. Cart: 500 × 0.29 = 145.0 → 2 short, spread one
        // cent per unit in sort order: both go to A's two units. Exact decimals would have said A 116, B 29.
        var result = compute(List.of(line("b", 2, 100, 1), line("a", 1, 200, 2)), false, 2,
                coupon(1, "p29", Coupon.PERCENT, "29").build());
        assertEquals(Map.of("a", 117L, "b", 28L), result.get("p29"));
    }

    @Test
    void percentCartLevelRoundingIsHalfDown() {
        // 50 % of 1.01: floor(50.5) = 50; cart-level round half down (WC_DISCOUNT_ROUNDING_MODE) of 50.5 = 50,
        // so no top-up. Half up would have made it 51.
        var result = compute(List.of(line("a", 1, 101, 1)), false, 2, coupon(1, "half", Coupon.PERCENT, "50").build());
        assertEquals(50L, result.get("half").get("a"));
    }

    @Test
    void percentCartLevelRoundingPreRoundsLikePhp() {
        // 7 % of 0.50: 50 × 0.07 = 3.5000000000000004 in doubles. PHP's round first trims to 15 significant digits
        // (3.5), then half down gives 3 = floor, no top-up. A plain half-down of the double would give 4.
        var result = compute(List.of(line("a", 1, 50, 1)), false, 2, coupon(1, "seven", Coupon.PERCENT, "7").build());
        assertEquals(3L, result.get("seven").get("a"));
    }

    @Test
    void fixedCartSplitsTenOverThreeEqualLinesWithTheRemainderCentOnTheFirst() {
        // 10.00 over 3 units: floor(1000 / 3) = 333 each = 999; again with the 1 left: floor(1 / 3) = 0, so the
        // cent goes one at a time from the first line in sort order (all tie: input order).
        var result = compute(List.of(line("a", 1, 500, 1), line("b", 2, 500, 1), line("c", 3, 500, 1)), false, 2,
                coupon(1, "tenoff", Coupon.FIXED_CART, "10.00").build());
        assertEquals(Map.of("a", 334L, "b", 333L, "c", 333L), result.get("tenoff"));
    }

    @Test
    void fixedCartBiggerThanTheCartTakesTheWholeCartAndNoMore() {
        // 15.00 over A 10.00 and B 2.00: 750 each → A 750, B capped at 200 (950). Again with 550 over the lines
        // with something left (A, 250 left): 550 per unit capped at 250. Again with 300: nothing left → stop.
        var result = compute(List.of(line("a", 1, 1000, 1), line("b", 2, 200, 1)), false, 2,
                coupon(1, "big", Coupon.FIXED_CART, "15").build());
        assertEquals(Map.of("a", 1000L, "b", 200L), result.get("big"));
    }

    @Test
    void fixedProductTakesTheAmountPerUnitCappedAtTheLine() {
        // 1.00 per unit: A 2 × 4.00 → 200; B 1 × 0.50 → capped at 50.
        var result = compute(List.of(line("a", 1, 400, 2), line("b", 2, 50, 1)), false, 2,
                coupon(1, "one", Coupon.FIXED_PRODUCT, "1").build());
        assertEquals(Map.of("a", 200L, "b", 50L), result.get("one"));
    }

    @Test
    void percentLimitedToXItemsCoversTheDearestUnitsFirst() {
        // 50 % on at most 2 units. Sort: A (3 × 10.00, 3000 × 3) before B (2 × 4.00). A: 2 of 3 units →
        // 3000 / 3 × 2 = 2000 × 0.5 = 1000. B: the allowance is used up → 0. Cart: 2000 × 0.5 = 1000, no top-up.
        var result = compute(List.of(line("b", 2, 400, 2), line("a", 1, 1000, 3)), false, 2,
                coupon(1, "halfoff2", Coupon.PERCENT, "50").limit(2).build());
        assertEquals(Map.of("a", 1000L, "b", 0L), result.get("halfoff2"));
    }

    @Test
    void fixedProductLimitedToXItemsCapsTheAmountAtTheUnitPrice() {
        // 5.00 per unit on at most 3 units. Sort: A (2 × 3.00) before B (1 × 1.00). A: 2 units, 5.00 > 3.00 so
        // min(500, 600 / 2) × 2 = 600. B: 1 unit left in the allowance, min(500, 100) × 1 = 100.
        var result = compute(List.of(line("a", 1, 300, 2), line("b", 2, 100, 1)), false, 2,
                coupon(1, "five3", Coupon.FIXED_PRODUCT, "5").limit(3).build());
        assertEquals(Map.of("a", 600L, "b", 100L), result.get("five3"));
    }

    @Test
    void percentBaseIsTheOriginalPriceUnlessSequential() {
        // 10 % and 20 % on 100.00: 10 % sorts first (same type and limit, smaller amount). Not sequential: both on
        // 10000 → 1000 and 2000. Sequential: 20 % of what is left, 9000 → 1800.
        var lines = List.of(line("a", 1, 10000, 1));
        Coupon ten = coupon(1, "ten", Coupon.PERCENT, "10").build();
        Coupon twenty = coupon(2, "twenty", Coupon.PERCENT, "20").build();
        assertEquals(2000L, compute(lines, false, 2, twenty, ten).get("twenty").get("a"));
        var sequential = compute(lines, true, 2, twenty, ten);
        assertEquals(1000L, sequential.get("ten").get("a"));
        assertEquals(1800L, sequential.get("twenty").get("a"));
    }

    @Test
    void fixedProductRunsBeforePercentWhateverTheOrderApplied() {
        // Sequential, applied percent first: WooCommerce still runs fixed_product (5.00 → 9500 left) before
        // percent, which then takes 10 % of 9500 = 950.
        var result = compute(List.of(line("a", 1, 10000, 1)), true, 2,
                coupon(1, "ten", Coupon.PERCENT, "10").build(), coupon(2, "five", Coupon.FIXED_PRODUCT, "5").build());
        assertEquals(500L, result.get("five").get("a"));
        assertEquals(950L, result.get("ten").get("a"));
        assertEquals(List.of("ten", "five"), List.copyOf(result.keySet()));
    }

    @Test
    void saleItemsAreSkippedWhenTheCouponExcludesThem() {
        // A is on sale: a percent coupon excluding sale items takes 10 % of B only.
        var result = compute(List.of(
                        line("a", 1, 0, 2000, BigDecimal.ONE, Set.of(), true),
                        line("b", 2, 0, 1000, BigDecimal.ONE, Set.of(), false)), false, 2,
                coupon(1, "nosale", Coupon.PERCENT, "10").excludeSaleItems().build());
        assertEquals(Map.of("a", 0L, "b", 100L), result.get("nosale"));
    }

    @Test
    void fixedCartDiscountsEveryLineWhateverItsRestrictions() {
        // Restrictions only gate whether a fixed_cart coupon may be applied: 3.00 over both units, 150 each.
        var result = compute(List.of(
                        line("a", 1, 0, 2000, BigDecimal.ONE, Set.of(), true),
                        line("b", 2, 0, 1000, BigDecimal.ONE, Set.of(), false)), false, 2,
                coupon(1, "three", Coupon.FIXED_CART, "3").products(2L).excludeSaleItems().build());
        assertEquals(Map.of("a", 150L, "b", 150L), result.get("three"));
    }

    @Test
    void includeListsMatchTheProductItsParentOrACategory() {
        // Variation 71 of product 7 matches product_ids [7]; product 8 in category 5 matches [5]; product 9 matches
        // neither. 10 % each of 10.00.
        var lines = List.of(
                line("v", 71, 7, 1000, BigDecimal.ONE, Set.of(3L), false),
                line("c", 8, 0, 1000, BigDecimal.ONE, Set.of(5L), false),
                line("x", 9, 0, 1000, BigDecimal.ONE, Set.of(3L), false));
        var byProduct = compute(lines, false, 2, coupon(1, "p", Coupon.PERCENT, "10").products(7L).build());
        assertEquals(Map.of("v", 100L, "c", 0L, "x", 0L), byProduct.get("p"));
        var byCategory = compute(lines, false, 2, coupon(1, "c", Coupon.PERCENT, "10").categories(5L).build());
        assertEquals(Map.of("v", 0L, "c", 100L, "x", 0L), byCategory.get("c"));
        var either = compute(lines, false, 2, coupon(1, "e", Coupon.PERCENT, "10").products(7L).categories(5L).build());
        assertEquals(Map.of("v", 100L, "c", 100L, "x", 0L), either.get("e"));
    }

    @Test
    void exclusionsBeatInclusions() {
        // Category 3 is included, but variation 71's parent 7 is excluded by id and product 9 by category 4.
        var lines = List.of(
                line("v", 71, 7, 1000, BigDecimal.ONE, Set.of(3L), false),
                line("c", 8, 0, 1000, BigDecimal.ONE, Set.of(3L), false),
                line("x", 9, 0, 1000, BigDecimal.ONE, Set.of(3L, 4L), false));
        var result = compute(lines, false, 2, coupon(1, "ex", Coupon.FIXED_PRODUCT, "2").categories(3L)
                .excludedProducts(7L).excludedCategories(4L).build());
        assertEquals(Map.of("v", 0L, "c", 200L, "x", 0L), result.get("ex"));
    }

    @Test
    void zeroDecimalCurrency() {
        // JPY: 100 yen fixed cart over 3 units: floor(100 / 3) = 33 each, 1 yen left to the first line in sort
        // order (1000 yen). 15 % of 999 yen: floor(149.85) = 149, cart round(149.85) = 150 → 1 yen top-up.
        var lines = List.of(line("s", 2, 333, 1), line("l", 1, 1000, 1), line("m", 3, 500, 1));
        var cart = compute(lines, false, 0, coupon(1, "yen", Coupon.FIXED_CART, "100").build());
        assertEquals(Map.of("l", 34L, "m", 33L, "s", 33L), cart.get("yen"));
        var percent = compute(List.of(line("a", 1, 999, 1)), false, 0, coupon(2, "p", Coupon.PERCENT, "15").build());
        assertEquals(150L, percent.get("p").get("a"));
    }

    @Test
    void threeDecimalCurrencyAndTheSortKeyCountsQuantityTwice() {
        // KWD 1.001 → 1001 fils over A = 1 × 2.000 and B = 2 × 1.000. Both lines cost 2000, but WooCommerce sorts
        // by line price × quantity: B (4000) before A (2000). floor(1001 / 3) = 333 per unit → B 666, A 333; the
        // 2 left go one per unit from the first item: both to B.
        var result = compute(List.of(line("a", 1, 2000, 1), line("b", 2, 1000, 2)), false, 3,
                coupon(1, "kwd", Coupon.FIXED_CART, "1.001").build());
        assertEquals(Map.of("a", 333L, "b", 668L), result.get("kwd"));
    }

    @Test
    void severalCouponsTogether() {
        // A = 1 × 20.00, B = 2 × 5.00: both sort keys are 2000 → input order. Applied: cart, percent, product.
        // fixed_product 1.00/unit: A 100, B 200. percent 10 % of the original prices: A 200, B 100, cart 300.
        // fixed_cart 5.00 over 3 units: 166 each → A 166, B 332 (498); 2 left one per unit: A +1, B +1.
        var result = compute(List.of(line("a", 1, 2000, 1), line("b", 2, 500, 2)), false, 2,
                coupon(3, "cart5", Coupon.FIXED_CART, "5").build(),
                coupon(2, "pct10", Coupon.PERCENT, "10").build(),
                coupon(1, "prod1", Coupon.FIXED_PRODUCT, "1").build());
        assertEquals(List.of("cart5", "pct10", "prod1"), List.copyOf(result.keySet()));
        assertEquals(Map.of("a", 100L, "b", 200L), result.get("prod1"));
        assertEquals(Map.of("a", 200L, "b", 100L), result.get("pct10"));
        assertEquals(Map.of("a", 167L, "b", 333L), result.get("cart5"));
    }

    @Test
    void laterCouponsOnlyGetWhatIsLeft() {
        // fixed_product 8.00 leaves 2.00 of 10.00; 50 % (not sequential) wants floor(500) but is capped at the
        // 200 left; the cart-level top-up finds nothing left either.
        var result = compute(List.of(line("a", 1, 1000, 1)), false, 2,
                coupon(1, "half", Coupon.PERCENT, "50").build(), coupon(2, "eight", Coupon.FIXED_PRODUCT, "8").build());
        assertEquals(800L, result.get("eight").get("a"));
        assertEquals(200L, result.get("half").get("a"));
    }

    @Test
    void fractionalQuantitiesCountWholeUnits() {
        // 1.5 × 4.00 = 600 counts as 2 units: 1.00 per unit → 200.
        var result = compute(List.of(line("a", 1, 0, 400, new BigDecimal("1.5"), Set.of(), false)), false, 2,
                coupon(1, "one", Coupon.FIXED_PRODUCT, "1").build());
        assertEquals(200L, result.get("one").get("a"));
    }

    @Test
    void everyLineKeyIsPresentAndAnEmptyCartGivesZeroes() {
        var result = compute(List.of(), false, 2, coupon(1, "ten", Coupon.PERCENT, "10").build());
        assertEquals(Map.of("ten", Map.of()), result);
        var noMatch = compute(List.of(line("a", 1, 1000, 1)), false, 2,
                coupon(1, "p", Coupon.PERCENT, "10").products(99L).build());
        assertEquals(Map.of("a", 0L), noMatch.get("p"));
    }

    @Test
    void equalCouponsRunNewestFirst() {
        // Two fixed_cart 0.80 coupons on 1.00: same type, limit and amount → the higher id runs first and takes
        // 80; the older one gets the 20 left.
        var result = compute(List.of(line("a", 1, 100, 1)), false, 2,
                coupon(1, "old", Coupon.FIXED_CART, "0.80").build(), coupon(2, "new", Coupon.FIXED_CART, "0.8").build());
        assertEquals(20L, result.get("old").get("a"));
        assertEquals(80L, result.get("new").get("a"));
    }

    @Test
    void aCouponWithoutItemLimitRunsBeforeOneWithALimit() {
        // Sequential, 2 × 10.00, two 50 % coupons: "all" (no limit, id 1) sorts before "one" (limit 1, id 2), as
        // PHP ranks null below 1. all: 50 % of 2000 = 1000. one: 50 % of one unit of the 1000 left,
        // 1000 / 2 × 1 = 500 → 250.
        var result = compute(List.of(line("a", 1, 1000, 2)), true, 2,
                coupon(2, "one", Coupon.PERCENT, "50").limit(1).build(), coupon(1, "all", Coupon.PERCENT, "50").build());
        assertEquals(1000L, result.get("all").get("a"));
        assertEquals(250L, result.get("one").get("a"));
    }

    @Test
    void percentLimitedToXItemsStillGetsTheCartLevelTopUp() {
        // 10 % on 1 item of 3 × 3.33: 999 / 3 × 1 = 333 × 0.1 = 33.3 → 33, and the cart level only counts the
        // covered unit, round(33.3) = 33: no top-up. With a limit of 3: floor(99.9) = 99, round(99.9) = 100 →
        // 1 cent onto the first unit.
        var result = compute(List.of(line("a", 1, 333, 3)), false, 2,
                coupon(1, "lim", Coupon.PERCENT, "10").limit(1).build());
        assertEquals(33L, result.get("lim").get("a"));
        var three = compute(List.of(line("a", 1, 333, 3)), false, 2,
                coupon(1, "lim3", Coupon.PERCENT, "10").limit(3).build());
        assertEquals(100L, three.get("lim3").get("a"));
    }

    @Test
    void fullyDiscountedLinesAreLeftOutOfTheFixedCartSplit() {
        // fixed_product 2.00 empties B (2.00); the 3.00 fixed_cart then splits over A's 2 units only: 150 each.
        var result = compute(List.of(line("a", 1, 1000, 2), line("b", 2, 200, 1)), false, 2,
                coupon(1, "cart3", Coupon.FIXED_CART, "3").build(),
                coupon(2, "two", Coupon.FIXED_PRODUCT, "2").products(2L).build());
        assertEquals(Map.of("a", 0L, "b", 200L), result.get("two"));
        assertEquals(Map.of("a", 300L, "b", 0L), result.get("cart3"));
    }

    @Test
    void zeroAndNegativeAmountsDiscountNothing() {
        var result = compute(List.of(line("a", 1, 1000, 1)), false, 2,
                coupon(1, "zero", Coupon.FIXED_CART, "0").build(), coupon(2, "neg", Coupon.PERCENT, "-10").build());
        assertEquals(Map.of("zero", Map.of("a", 0L), "neg", Map.of("a", 0L)), result);
    }
}
