package org.headlesscart.pricing.control.totals;

import static org.headlesscart.pricing.control.totals.PricingFixtures.BERLIN;
import static org.headlesscart.pricing.control.totals.PricingFixtures.BEVERLY_HILLS;
import static org.headlesscart.pricing.control.totals.PricingFixtures.CHICAGO;
import static org.headlesscart.pricing.control.totals.PricingFixtures.LONDON;
import static org.headlesscart.pricing.control.totals.PricingFixtures.MONTREAL;
import static org.headlesscart.pricing.control.totals.PricingFixtures.NEW_YORK;
import static org.headlesscart.pricing.control.totals.PricingFixtures.PARIS;
import static org.headlesscart.pricing.control.totals.PricingFixtures.REDUCED;
import static org.headlesscart.pricing.control.totals.PricingFixtures.ZERO;
import static org.headlesscart.pricing.control.totals.PricingFixtures.cart;
import static org.headlesscart.pricing.control.totals.PricingFixtures.coupon;
import static org.headlesscart.pricing.control.totals.PricingFixtures.flatRate;
import static org.headlesscart.pricing.control.totals.PricingFixtures.freeShippingCoupon;
import static org.headlesscart.pricing.control.totals.PricingFixtures.method;
import static org.headlesscart.pricing.control.totals.PricingFixtures.store;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.headlesscart.pricing.control.totals.PricingFixtures.Cart;
import org.headlesscart.pricing.control.totals.PricingFixtures.Store;
import org.headlesscart.pricing.model.PricedCart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole carts priced under WooCommerce's rules (COCART-PLUS §3). Every expected figure was worked out by hand from
 * those rules (WC_Cart_Totals, WC_Tax, WC_Discounts, get_tax_totals), written next to each scenario; none comes from
 * the code under test. Totals are in the cart object's order: subtotal, subtotal_tax, fee_total, fee_tax,
 * discount_total, discount_tax, shipping_total, shipping_tax, total, total_tax. "→" marks a rounding; "tax mode" is
 * half-up with prices excl. tax and half-down with prices incl. tax; line amounts are rounded half-up.
 */
class CartPricingScenariosTest {

    record Scenario(Store store, Cart cart, long[] totals, Map<String, Long> taxes, Consumer<PricedCart> more) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"taxScenarios", "locationScenarios", "feeScenarios", "couponScenarios", "shippingScenarios"})
    void pricesAsWooCommerce(String name, Scenario scenario) {
        PricedCart priced = CartPricing.price(scenario.store().rules(), scenario.cart().input());
        long[] t = scenario.totals();
        PricedCart.Totals expected = new PricedCart.Totals(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8],
                t[9]);
        Map<String, Long> taxes = new LinkedHashMap<>();
        priced.taxes().forEach(tax -> taxes.put(tax.code(), tax.amount()));
        assertAll(() -> assertEquals(expected, priced.totals()),
                () -> assertEquals(List.copyOf(scenario.taxes().entrySet()), List.copyOf(taxes.entrySet())),
                () -> scenario.more().accept(priced));
    }

    static Arguments scenario(String name, Store store, Cart cart, long[] totals, Map<String, Long> taxes) {
        return scenario(name, store, cart, totals, taxes, priced -> { });
    }

    static Arguments scenario(String name, Store store, Cart cart, long[] totals, Map<String, Long> taxes,
            Consumer<PricedCart> more) {
        return Arguments.of(name, new Scenario(store, cart, totals, taxes, more));
    }

    static long[] totals(long... values) {
        return values;
    }

    /** Rate code and amount pairs, in the order the taxes block lists them. */
    static Map<String, Long> taxes(Object... codeAmounts) {
        Map<String, Long> taxes = new LinkedHashMap<>();
        for (int i = 0; i < codeAmounts.length; i += 2) {
            taxes.put((String) codeAmounts[i], ((Number) codeAmounts[i + 1]).longValue());
        }
        return taxes;
    }

    static final String SALES = "US-IL-SALES TAX-1";
    static final String REDUCED_CODE = "US-IL-REDUCED-1";
    static final String VAT = "GB-VAT-1";

    /** A UK store, prices entered incl. 20 % VAT (also on shipping). */
    static Store ukStore() {
        return store(2).base(LONDON).incl().rate(1, "GB", "", "20.0000", "VAT", 1, "", "shipping");
    }

    static Stream<Arguments> taxScenarios() {
        return Stream.of(
                // Taxes off: no rates are looked up, every tax is 0. 2 × 18.00 = 3600; total = 3600.
                scenario("01 taxes disabled", store(2).taxesOff().salesTax(), cart().line("beanie", 1800, 2),
                        totals(3600, 0, 0, 0, 0, 0, 0, 0, 3600, 0), taxes()),
                // Exclusive 10 %: 3600 × 0.10 = 360 on the line, subtotal and total alike; total 3600 + 360.
                scenario("02 exclusive 10 %", store(2).salesTax(), cart().line("beanie", 1800, 2),
                        totals(3600, 360, 0, 0, 0, 0, 0, 0, 3960, 360), taxes(SALES, 360)),
                // Per line: 3 lines of 105 → 10.5 each → half-up 11 → 33. Total 315 + 33 = 348.
                scenario("03 per-line rounding, half-up", store(2).salesTax(),
                        cart().line("a", 105, 1).line("b", 105, 1).line("c", 105, 1),
                        totals(315, 33, 0, 0, 0, 0, 0, 0, 348, 33), taxes(SALES, 33)),
                // At subtotal: taxes stay 10.5 × 3 = 31.5; subtotal_tax shown half-up 32; total = round(315 +
                // 31.5) = 347 (346.5 half-up); total_tax = tax mode(31.5) = 32; taxes block tax mode(31.5) = 32.
                scenario("04 round at subtotal, excl.", store(2).salesTax().atSubtotal(),
                        cart().line("a", 105, 1).line("b", 105, 1).line("c", 105, 1),
                        totals(315, 32, 0, 0, 0, 0, 0, 0, 347, 32), taxes(SALES, 32)),
                // Incl. 20 %: a 63 gross line holds 63/6 = 10.5 tax → half-DOWN 10; net 63 − 10.5 = 52.5 → 53.
                // Three lines: subtotal 159, tax 30; total = round(159 + 30) = 189 = 3 × 63.
                scenario("05 incl. tax, per line half-down", ukStore(),
                        cart().shipTo(LONDON).line("a", 63, 1).line("b", 63, 1).line("c", 63, 1),
                        totals(159, 30, 0, 0, 0, 0, 0, 0, 189, 30), taxes(VAT, 30)),
                // Same at subtotal: subtotal 157.5 → 158, subtotal_tax 31.5 → 32 (shown half-up); total =
                // round(157.5 + 31.5) = 189; total_tax = tax mode(31.5) = 31 (half-down); block 31.
                scenario("06 incl. tax, round at subtotal", ukStore().atSubtotal(),
                        cart().shipTo(LONDON).line("a", 63, 1).line("b", 63, 1).line("c", 63, 1),
                        totals(158, 32, 0, 0, 0, 0, 0, 0, 189, 31), taxes(VAT, 31)),
                // 0 decimals (yen): 1005 × 10 % = 100.5 → 101; total 1106.
                scenario("07 zero-decimal currency", store(0).salesTax(), cart().line("tea", 1005, 1),
                        totals(1005, 101, 0, 0, 0, 0, 0, 0, 1106, 101), taxes(SALES, 101)),
                // 3 decimals: 1.235 × 3 = 3.705 = 3705 minor; 5 % = 185.25 → 185; total 3890.
                scenario("08 three-decimal currency", store(3).rate(1, "US", "IL", "5.0000", "Sales Tax", 1, ""),
                        cart().line("dates", 1235, 3), totals(3705, 185, 0, 0, 0, 0, 0, 0, 3890, 185),
                        taxes(SALES, 185)),
                // Compound excl.: GST 5 % of 10000 = 500; QST 9.975 % of (10000 + 500) = 1047.375 → 1047.
                // Total 10000 + 1547 = 11547.
                scenario("09 compound rate, excl.", quebec(), cart().shipTo(MONTREAL).line("hat", 10000, 1),
                        totals(10000, 1547, 0, 0, 0, 0, 0, 0, 11547, 1547),
                        taxes("CA-GST-1", 500, "CA-QC-QST-2", 1047)),
                // Compound incl., gross 11500: QST first: 11500 − 11500/1.09975 = 1043.077972 → half-down 1043;
                // left 10456.922028; GST = 0.05/1.05 × that = 497.948668 → 498. Net 11500 − 1541.026640 =
                // 9958.97336 → 9959. Total round(9959 + 1541) = 11500.
                scenario("10 compound rate, incl.", quebec().incl(), cart().shipTo(MONTREAL).line("hat", 11500, 1),
                        totals(9959, 1541, 0, 0, 0, 0, 0, 0, 11500, 1541),
                        taxes("CA-GST-1", 498, "CA-QC-QST-2", 1043)),
                // Three classes, 1000 each: standard 10 % = 100, reduced 5 % = 50, zero 0 % = 0 (a zero amount
                // is hidden from the block). Total 3000 + 150.
                scenario("11 three tax classes", store(2).threeClasses(),
                        cart().line("std", 1000, 1).line("red", 1000, 1, "reduced-rate", "taxable")
                                .line("zero", 1000, 1, "zero-rate", "taxable"),
                        totals(3000, 150, 0, 0, 0, 0, 0, 0, 3150, 150), taxes(SALES, 100, REDUCED_CODE, 50)),
                // Rounding per rate, not per line: 2 rates (10 % p1, 2.5 % p2) on 1010: 101 and 25.25 → 25.
                // 126 per line, 2 lines = 252 (the sum 252.5 would give 253 at subtotal).
                scenario("12 per-rate rounding across two priorities", store(2).salesTax()
                        .rate(4, "US", "IL", List.of("62701"), List.of(), "2.5000", "City Tax", 2, ""),
                        cart().line("a", 1010, 1).line("b", 1010, 1),
                        totals(2020, 252, 0, 0, 0, 0, 0, 0, 2272, 252), taxes(SALES, 202, "US-IL-CITY TAX-2", 50)),
                // Non-taxable line (status none) and a "shipping"-only line pay no item tax: only the taxable
                // 1000 is taxed, 100. Total 3000 + 100.
                scenario("13 tax status none and shipping", store(2).salesTax(),
                        cart().line("taxed", 1000, 1).line("gift card", 1000, 1, "", "none")
                                .line("service", 1000, 1, "", "shipping"),
                        totals(3000, 100, 0, 0, 0, 0, 0, 0, 3100, 100), taxes(SALES, 100)));
    }

    /** Québec: GST 5 % (country-wide, priority 1) and QST 9.975 % compound (priority 2). */
    static Store quebec() {
        return store(2).base(MONTREAL).rate(1, "CA", "", "5.0000", "GST", 1, "", "shipping")
                .rate(2, "CA", "QC", "9.9750", "QST", 2, "", "compound", "shipping");
    }

    static Stream<Arguments> locationScenarios() {
        return Stream.of(
                // Same priority, the rate with postcode rows sorts first and is the only one kept: 8 % of 1000.
                scenario("14 one rate per priority, postcode rate first", metro(), cart().line("a", 1000, 1),
                        totals(1000, 80, 0, 0, 0, 0, 0, 0, 1080, 80), taxes("US-IL-METRO TAX-1", 80)),
                // Chicago 60601 is outside 627*: only the state-wide 10 % matches (100), plus the city-only
                // rate "Chicago" 1 % at priority 2 (10). Total 1000 + 110.
                scenario("15 postcode miss, city rate", metro()
                        .rate(6, "US", "IL", List.of(), List.of("CHICAGO"), "1.0000", "Chicago", 2, ""),
                        cart().shipTo(CHICAGO).line("a", 1000, 1),
                        totals(1000, 110, 0, 0, 0, 0, 0, 0, 1110, 110), taxes(SALES, 100, "US-IL-CHICAGO-2", 10)),
                // An "any country" rate loses to the specific one at the same priority in Illinois...
                scenario("16 specific country before any", store(2).salesTax()
                        .rate(7, "", "", "3.0000", "World", 1, ""), cart().line("a", 1000, 1),
                        totals(1000, 100, 0, 0, 0, 0, 0, 0, 1100, 100), taxes(SALES, 100)),
                // ...and is the only match in Paris: 3 % of 1000 = 30; its code has no country or state.
                scenario("17 any-country rate abroad", store(2).salesTax().rate(7, "", "", "3.0000", "World", 1, ""),
                        cart().shipTo(PARIS).billTo(PARIS).line("a", 1000, 1),
                        totals(1000, 30, 0, 0, 0, 0, 0, 0, 1030, 30), taxes("WORLD-1", 30)),
                // Taxed by billing address: shipping goes to California (no rate) but billing is Illinois: 100.
                scenario("18 based on billing", store(2).salesTax().basedOn("billing"),
                        cart().shipTo(BEVERLY_HILLS).line("a", 1000, 1),
                        totals(1000, 100, 0, 0, 0, 0, 0, 0, 1100, 100), taxes(SALES, 100)),
                // Taxed by shipping address (default): California has no rate here, no tax at all.
                scenario("19 based on shipping, no rate there", store(2).salesTax(),
                        cart().shipTo(BEVERLY_HILLS).line("a", 1000, 1),
                        totals(1000, 0, 0, 0, 0, 0, 0, 0, 1000, 0), taxes()),
                // Taxed at the store's address whatever the customer's: Illinois 10 %.
                scenario("20 based on base address", store(2).salesTax().basedOn("base"),
                        cart().shipTo(NEW_YORK).billTo(NEW_YORK).line("a", 1000, 1),
                        totals(1000, 100, 0, 0, 0, 0, 0, 0, 1100, 100), taxes(SALES, 100)),
                // A guest with no address is taxed at the store's address: 100.
                scenario("21 guest without address", store(2).salesTax(), cart().guest().line("a", 1000, 1),
                        totals(1000, 100, 0, 0, 0, 0, 0, 0, 1100, 100), taxes(SALES, 100)),
                // Incl. prices abroad: 1200 gross for London holds 200 VAT (1200/6); net 1000 gets Germany's 19 %
                // = 190, so the gross becomes 1190. Its tax 1190 − 1190/1.19 = 190, net 1000.
                scenario("22 incl. prices, other country's rate", ukStore()
                        .rate(9, "DE", "", "19.0000", "MwSt", 1, ""), cart().shipTo(BERLIN).line("a", 1200, 1),
                        totals(1000, 190, 0, 0, 0, 0, 0, 0, 1190, 190), taxes("DE-MWST-1", 190)),
                // Incl. prices, customer where no rate applies: base VAT 200 comes off, nothing is added: 1000.
                scenario("23 incl. prices, untaxed country", ukStore(), cart().shipTo(NEW_YORK).line("a", 1200, 1),
                        totals(1000, 0, 0, 0, 0, 0, 0, 0, 1000, 0), taxes()),
                // Incl. prices at home: 1200 gross = 1000 net + 200 VAT.
                scenario("24 incl. prices at the base", ukStore(), cart().shipTo(LONDON).line("a", 1200, 1),
                        totals(1000, 200, 0, 0, 0, 0, 0, 0, 1200, 200), taxes(VAT, 200)));
    }

    /** Illinois 10 % plus a 8 % "Metro Tax" for postcodes 627*, same priority. */
    static Store metro() {
        return store(2).salesTax().rate(5, "US", "IL", List.of("627*"), List.of(), "8.0000", "Metro Tax", 1, "");
    }

    static Stream<Arguments> feeScenarios() {
        return Stream.of(
                // Taxable standard fee 500 → 50; line 1000 → 100. Total 1000 + 500 + 150 = 1650.
                scenario("25 taxable fee", store(2).salesTax(),
                        cart().line("a", 1000, 1).fee("Gift wrap", 500, true, ""),
                        totals(1000, 100, 500, 50, 0, 0, 0, 0, 1650, 150), taxes(SALES, 150)),
                // Untaxed fee 250 and a reduced-class fee 400 → 5 % = 20. Total 1000 + 650 + 100 + 20 = 1770.
                scenario("26 untaxed fee and reduced-class fee", store(2).threeClasses(),
                        cart().line("a", 1000, 1).fee("Handling", 250, false, "")
                                .fee("Insurance", 400, true, "reduced-rate"),
                        totals(1000, 100, 650, 20, 0, 0, 0, 0, 1770, 120), taxes(SALES, 100, REDUCED_CODE, 20)),
                // Negative fee −300 over standard 2000 and reduced 1000 (total 3000): standard share −200 → −20,
                // reduced share −100 → −5. Total 3000 − 300 + 250 − 25 = 2925; total_tax 250 + round(−25).
                // Block: standard 200 − 20 = 180, reduced 50 − 5 = 45.
                scenario("27 negative fee taxed across classes", store(2).threeClasses(),
                        cart().line("std", 2000, 1).line("red", 1000, 1, "reduced-rate", "taxable")
                                .fee("Loyalty", -300, false, ""),
                        totals(3000, 250, -300, -25, 0, 0, 0, 0, 2925, 225), taxes(SALES, 180, REDUCED_CODE, 45)),
                // Taxes off, fee −1500 on a 1000 cart: capped at −round(1000 + 0 + 0) = −1000; total 0.
                scenario("28 negative fee capped", store(2).taxesOff(),
                        cart().line("a", 1000, 1).fee("Voucher", -1500, false, ""),
                        totals(1000, 0, -1000, 0, 0, 0, 0, 0, 0, 0), taxes()),
                // Capped at −1000 again, taxed −100 across the standard class: total 1000 − 1000 + 100 − 100 = 0;
                // total_tax 100 − 100 = 0; the block's 100 − 100 = 0 is hidden.
                scenario("29 negative fee capped with tax", store(2).salesTax(),
                        cart().line("a", 1000, 1).fee("Voucher", -2000, false, ""),
                        totals(1000, 100, -1000, -100, 0, 0, 0, 0, 0, 0), taxes()),
                // Costs: standard 1000, non-taxable 1000 (status none): the standard half of −400 is −200 → −20.
                // Total 2000 − 400 + 100 − 20 = 1680; total_tax 80.
                scenario("30 negative fee with a non-taxable line", store(2).salesTax(),
                        cart().line("a", 1000, 1).line("b", 1000, 1, "", "none").fee("Voucher", -400, false, ""),
                        totals(2000, 100, -400, -20, 0, 0, 0, 0, 1680, 80), taxes(SALES, 80)),
                // At subtotal: line 105 → 10.5, fee 105 → 10.5, both kept. Shown: subtotal_tax 11, fee_tax 11;
                // total = round(105 + 105 + 21) = 231; total_tax = tax mode(10.5 + round(10.5) = 21.5) = 22,
                // while the block rounds items and fees together: tax mode(21) = 21 (WooCommerce's own mismatch).
                scenario("31 fee at subtotal", store(2).salesTax().atSubtotal(),
                        cart().line("a", 105, 1).fee("Wrap", 105, true, ""),
                        totals(105, 11, 105, 11, 0, 0, 0, 0, 231, 22), taxes(SALES, 21)),
                // 3 decimals, fee 1.005 taxable at 5 % = 50.25 → 50; line 2.000 → 100. Total 3005 + 150 = 3155.
                scenario("32 fee in a three-decimal currency",
                        store(3).rate(1, "US", "IL", "5.0000", "Sales Tax", 1, ""),
                        cart().line("a", 2000, 1).fee("Wrap", 1005, true, ""),
                        totals(2000, 100, 1005, 50, 0, 0, 0, 0, 3155, 150), taxes(SALES, 150)));
    }

    static Stream<Arguments> couponScenarios() {
        return Stream.of(
                // 10 % of 3600 = 360 (floor and the cart-wide round agree); its tax 36. Line 3240 → 324.
                // Total 3240 + 324 = 3564.
                scenario("33 percent coupon", store(2).salesTax(),
                        cart().line("beanie", 1800, 2).coupon(coupon(1, "save10", "percent", "10")),
                        totals(3600, 360, 0, 0, 360, 36, 0, 0, 3564, 324), taxes(SALES, 324),
                        priced -> assertEquals(List.of(new PricedCart.CouponTotal("save10", "percent", 360, 36,
                                false)), priced.coupons())),
                // Fixed cart 1000 over 3 units of 1000: floor(1000/3) = 333 each (999), the remaining cent goes to
                // the first line: 334/333/333. Lines 666, 667, 667 → taxes 66.6, 66.7, 66.7 → 67 each = 201.
                // Discount tax 33.4 + 33.3 + 33.3 = 100. Total 2000 + 201 = 2201.
                scenario("34 fixed cart split with a remainder cent", store(2).salesTax(),
                        cart().line("a", 1000, 1).line("b", 1000, 1).line("c", 1000, 1)
                                .coupon(coupon(1, "tenoff", "fixed_cart", "10")),
                        totals(3000, 300, 0, 0, 1000, 100, 0, 0, 2201, 201), taxes(SALES, 201)),
                // Applied fixed cart first, but percent runs first: 10 % → 300 and 200; fixed cart 500 over 2
                // units = 250 each. Lines 2450 → 245, 1550 → 155. Discount tax 55 + 45. Total 4000 + 400.
                scenario("35 percent and fixed cart together", store(2).salesTax(),
                        cart().line("a", 3000, 1).line("b", 2000, 1)
                                .coupon(coupon(2, "fiveoff", "fixed_cart", "5"))
                                .coupon(coupon(1, "save10", "percent", "10")),
                        totals(5000, 500, 0, 0, 1000, 100, 0, 0, 4400, 400), taxes(SALES, 400)),
                // Incl. 20 %: 3 × 600 = 1800 gross, tax 300, net 1500. Fixed product 100 × 3 = 300 gross, its tax
                // 300/6 = 50, so discount 250 + 50. Line 1500 gross → tax 250, net 1250. Total 1500.
                scenario("36 fixed product with prices incl. tax", ukStore(),
                        cart().shipTo(LONDON).line("mug", 600, 3).coupon(coupon(1, "mug1", "fixed_product", "1")),
                        totals(1500, 300, 0, 0, 250, 50, 0, 0, 1500, 250), taxes(VAT, 250)),
                // Yen: 15 % of 999 = floor(149.85) = 149, cart-wide round(149.85) = 150, the cent is added: 150.
                // Subtotal tax 99.9 → 100; line 849 → 84.9 → 85; discount tax 15. Total 849 + 85 = 934.
                scenario("37 percent in a zero-decimal currency", store(0).salesTax(),
                        cart().line("tea", 999, 1).coupon(coupon(1, "p15", "percent", "15")),
                        totals(999, 100, 0, 0, 150, 15, 0, 0, 934, 85), taxes(SALES, 85)),
                // 3 decimals, no tax: fixed cart 1.000 = 1000 over 3 units: 333 each + 1 → 1000. Total 5000.
                scenario("38 fixed cart in a three-decimal currency", store(3).taxesOff(),
                        cart().line("a", 2000, 1).line("b", 2000, 1).line("c", 2000, 1)
                                .coupon(coupon(1, "one", "fixed_cart", "1")),
                        totals(6000, 0, 0, 0, 1000, 0, 0, 0, 5000, 0), taxes()),
                // Two percent coupons on the original price: 10 % = 1000, 20 % = 2000, discount 3000, tax 300.
                // Line 7000 → 700; total 7700.
                scenario("39 two percent coupons", store(2).salesTax(),
                        cart().line("a", 10000, 1).coupon(coupon(1, "ten", "percent", "10"))
                                .coupon(coupon(2, "twenty", "percent", "20")),
                        totals(10000, 1000, 0, 0, 3000, 300, 0, 0, 7700, 700), taxes(SALES, 700)),
                // Sequentially: 10 % = 1000, then 20 % of 9000 = 1800; discount 2800, tax 280; line 7200 → 720.
                scenario("40 two percent coupons, sequential", store(2).salesTax().sequential(),
                        cart().line("a", 10000, 1).coupon(coupon(1, "ten", "percent", "10"))
                                .coupon(coupon(2, "twenty", "percent", "20")),
                        totals(10000, 1000, 0, 0, 2800, 280, 0, 0, 7920, 720), taxes(SALES, 720)),
                // Incl. 20 %, lines 999 and 500 gross, 10 %: floor 99 + 50 = 149, round(149.9) = 150 → +1 to the
                // dearer line: 100 and 50, their tax 16.666667 + 8.333333 = 25, discount 125 net. Subtotals:
                // 999 → tax 166.5 → 166 (half-down), net 832.5 → 833; 500 → 83.333333 → 83, net 416.67 → 417.
                // Totals: 899 → tax 149.833333 → 150, net 749.17 → 749; 450 → 75, net 375. Total 1124 + 225.
                scenario("41 percent with prices incl. tax", ukStore(),
                        cart().shipTo(LONDON).line("a", 999, 1).line("b", 500, 1)
                                .coupon(coupon(1, "save10", "percent", "10")),
                        totals(1250, 249, 0, 0, 125, 25, 0, 0, 1349, 225), taxes(VAT, 225)),
                // Fixed cart 600 over standard 2000 and reduced 1000: 300 each; discount tax 30 + 15. Lines 1700
                // → 170, 700 → 35. Total 2400 + 205 = 2605.
                scenario("42 fixed cart over two classes", store(2).threeClasses(),
                        cart().line("std", 2000, 1).line("red", 1000, 1, "reduced-rate", "taxable")
                                .coupon(coupon(1, "six", "fixed_cart", "6")),
                        totals(3000, 250, 0, 0, 600, 45, 0, 0, 2605, 205), taxes(SALES, 170, REDUCED_CODE, 35)),
                // Fixed cart 1000 over 2 + 1 units: 333 per unit → 666 and 333; the last cent goes to the first
                // unit of the dearer line: 667 / 333. Lines 1333 → 133.3 → 133 and 667 → 66.7 → 67 = 200;
                // discount tax 66.7 + 33.3 = 100. Total 2000 + 200.
                scenario("59 fixed cart remainder with quantities", store(2).salesTax(),
                        cart().line("pair", 1000, 2).line("one", 1000, 1)
                                .coupon(coupon(1, "tenoff", "fixed_cart", "10")),
                        totals(3000, 300, 0, 0, 1000, 100, 0, 0, 2200, 200), taxes(SALES, 200)),
                // Fixed cart 1000 on a 999 cart: 333 × 3 = 999 takes it all; nothing is left to discount the last
                // cent on, so the discount stops at 999 and the total at 0.
                scenario("60 fixed cart larger than the cart", store(2).taxesOff(),
                        cart().line("a", 333, 3).coupon(coupon(1, "tenoff", "fixed_cart", "10")),
                        totals(999, 0, 0, 0, 999, 0, 0, 0, 0, 0), taxes()));
    }

    static Stream<Arguments> shippingScenarios() {
        return Stream.of(
                // COCART-PLUS §2: items 3600 − 360 = 3240, tax 324; gift wrap 500 → 50; flat rate 1000 → 100.
                // total_tax 324 + 50 + 100 = 474; total 3240 + 500 + 1000 + 474 = 5214.
                scenario("43 COCART-PLUS §2 example", section2Store(),
                        cart().line("beanie", 1800, 2).coupon(coupon(1, "save10", "percent", "10"))
                                .fee("Gift wrap", 500, true, "").choose("flat_rate:1"),
                        totals(3600, 360, 500, 50, 360, 36, 1000, 100, 5214, 474), taxes(SALES, 474),
                        CartPricingScenariosTest::section2Blocks),
                // No choice yet: the first rate (flat rate 1000, tax 100) is the default. Total 1000 + 100 +
                // 1000 + 100.
                scenario("44 default rate, taxed", section2Store(), cart().line("a", 1000, 1),
                        totals(1000, 100, 0, 0, 0, 0, 1000, 100, 2200, 200), taxes(SALES, 200)),
                // Inherit, only reduced items: shipping takes the reduced 5 %: 50. Items 50. Total 2000 + 100.
                scenario("45 shipping inherits the only class", store(2).threeClasses().zone("US", flatRate(1, "10")),
                        cart().line("red", 1000, 1, "reduced-rate", "taxable"),
                        totals(1000, 50, 0, 0, 0, 0, 1000, 50, 2100, 100), taxes(REDUCED_CODE, 100)),
                // Inherit with a standard item among others: standard 10 % on shipping (100). Items 100 + 50.
                scenario("46 shipping inherits standard", store(2).threeClasses().zone("US", flatRate(1, "10")),
                        cart().line("std", 1000, 1).line("red", 1000, 1, "reduced-rate", "taxable"),
                        totals(2000, 150, 0, 0, 0, 0, 1000, 100, 3250, 250), taxes(SALES, 200, REDUCED_CODE, 50)),
                // Reduced and zero items, settings order reduced first: shipping at 5 % = 50. Items 50 + 0.
                scenario("47 inherit: first class in settings order", store(2).threeClasses()
                        .zone("US", flatRate(1, "10")),
                        cart().line("red", 1000, 1, "reduced-rate", "taxable")
                                .line("zero", 1000, 1, "zero-rate", "taxable"),
                        totals(2000, 50, 0, 0, 0, 0, 1000, 50, 3100, 100), taxes(REDUCED_CODE, 100)),
                // Same cart with zero rate listed first: shipping at 0 %. Total 2000 + 50 + 1000.
                scenario("48 inherit: settings order decides", store(2).threeClasses().classes(ZERO, REDUCED)
                        .zone("US", flatRate(1, "10")),
                        cart().line("red", 1000, 1, "reduced-rate", "taxable")
                                .line("zero", 1000, 1, "zero-rate", "taxable"),
                        totals(2000, 50, 0, 0, 0, 0, 1000, 0, 3050, 50), taxes(REDUCED_CODE, 50)),
                // No taxable item: shipping is not taxed either. Total 1000 + 1000.
                scenario("49 no taxable items, untaxed shipping", section2Store(),
                        cart().line("book", 1000, 1, "", "none"),
                        totals(1000, 0, 0, 0, 0, 0, 1000, 0, 2000, 0), taxes()),
                // Fixed shipping class reduced: 5 % of 1000 = 50 though the item is standard (100).
                scenario("50 fixed shipping tax class", store(2).threeClasses().shippingClass("reduced-rate")
                        .zone("US", flatRate(1, "10")), cart().line("a", 1000, 1),
                        totals(1000, 100, 0, 0, 0, 0, 1000, 50, 2150, 150), taxes(SALES, 100, REDUCED_CODE, 50)),
                // At subtotal: shipping 1005 taxed 100.5 (kept), item 105 → 10.5. Shown: 11 and 101; total =
                // round(105 + 1005 + 111) = 1221; total_tax = tax mode(10.5 + round(100.5)) = 111.5 → 112;
                // block = tax mode(10.5) + round(100.5) = 11 + 101 = 112.
                scenario("51 shipping at subtotal", store(2).salesTax().atSubtotal().zone("US", flatRate(1, "10.05")),
                        cart().line("a", 105, 1),
                        totals(105, 11, 0, 0, 0, 0, 1005, 101, 1221, 112), taxes(SALES, 112)),
                // A free-shipping coupon (amount 0) makes free shipping the default over flat rate: shipping 0.
                // Items 2000 → 200.
                scenario("52 free-shipping coupon", store(2).salesTax()
                        .zone("US", flatRate(1, "10"), method(2, "free_shipping", "requires", "coupon")),
                        cart().line("a", 2000, 1).coupon(freeShippingCoupon(1, "freeship")),
                        totals(2000, 200, 0, 0, 0, 0, 0, 0, 2200, 200), taxes(SALES, 200),
                        priced -> assertAll(
                                () -> assertEquals("free_shipping:2", priced.packages().get(0).chosenRateId()),
                                () -> assertEquals(List.of(new PricedCart.CouponTotal("freeship", "fixed_cart", 0, 0,
                                        true)), priced.coupons()))),
                // Free shipping from 50.00 after discount: 5000 − 500 = 4500 < 5000, not offered; flat rate.
                // Items 4500 → 450, shipping 1000 → 100. Total 6050.
                scenario("53 free shipping minimum after discount", store(2).salesTax()
                        .zone("US", flatRate(1, "10"), method(2, "free_shipping", "requires", "min_amount",
                                "min_amount", "50")),
                        cart().line("a", 5000, 1).coupon(coupon(1, "save10", "percent", "10")),
                        totals(5000, 500, 0, 0, 500, 50, 1000, 100, 6050, 550), taxes(SALES, 550),
                        priced -> assertEquals(1, priced.packages().get(0).rates().size())),
                // Cart shown incl. tax: the threshold compares 4600 + 460 = 5060 ≥ 5000, so free shipping (first
                // method) is offered and chosen. Total 4600 + 460.
                scenario("54 free shipping minimum incl. tax", store(2).salesTax().displayIncl()
                        .zone("US", method(1, "free_shipping", "requires", "min_amount", "min_amount", "50"),
                                flatRate(2, "10")),
                        cart().line("a", 4600, 1),
                        totals(4600, 460, 0, 0, 0, 0, 0, 0, 5060, 460), taxes(SALES, 460)),
                // Local pickup chosen: taxes use the store's address (Illinois 10 %) although the customer is in
                // California (7.25 %). Item 1000 → 100, pickup 500 → 50. Total 1000 + 500 + 150.
                scenario("55 local pickup taxes at the base", pickupStore(),
                        cart().shipTo(BEVERLY_HILLS).line("a", 1000, 1).choose("local_pickup:3"),
                        totals(1000, 100, 0, 0, 0, 0, 500, 50, 1650, 150), taxes(SALES, 150)),
                // Same customer with flat rate: California 7.25 %: item 72.5 → 73, shipping 72.5 → 73.
                scenario("56 delivery taxes at the destination", pickupStore(),
                        cart().shipTo(BEVERLY_HILLS).line("a", 1000, 1).choose("flat_rate:1"),
                        totals(1000, 73, 0, 0, 0, 0, 1000, 73, 2146, 146), taxes("US-CA-CA TAX-1", 146)),
                // Negative fee −400, reduced item 1000 and shipping 1000 (inherit → the first item's class,
                // reduced): all 2000 reduced, fee tax −20. Total 1000 − 400 + 1000 + 50 + 50 − 20 = 1680;
                // total_tax 50 + round(−20 + 50) = 80.
                scenario("57 negative fee with taxed shipping", store(2).threeClasses().zone("US", flatRate(1, "10")),
                        cart().line("red", 1000, 1, "reduced-rate", "taxable").fee("Voucher", -400, false, ""),
                        totals(1000, 50, -400, -20, 0, 0, 1000, 50, 1680, 80), taxes(REDUCED_CODE, 80)),
                // Shown incl. tax, free shipping from 54.60 ignoring discounts: WooCommerce still takes the
                // discount's tax off: 5000 + 500 − 50 = 5450 < 5460, so only flat rate is offered. Items 5000 −
                // 500 = 4500 → 450, shipping 1000 → 100. Total 6050.
                scenario("58 free shipping ignoring discounts still loses their tax", store(2).salesTax()
                        .displayIncl().zone("US", method(1, "free_shipping", "requires", "min_amount",
                                "min_amount", "54.60", "ignore_discounts", "yes"), flatRate(2, "10")),
                        cart().line("a", 5000, 1).coupon(coupon(1, "save10", "percent", "10")),
                        totals(5000, 500, 0, 0, 500, 50, 1000, 100, 6050, 550), taxes(SALES, 550),
                        priced -> assertEquals("flat_rate:2", priced.packages().get(0).chosenRateId())));
    }

    /** §2's store: Illinois 10 % on items and shipping, flat rate 10.00 and free shipping in the US zone. */
    static Store section2Store() {
        return store(2).salesTax().zone("US", flatRate(1, "10.00"), method(2, "free_shipping", "title",
                "Free shipping"));
    }

    static Store pickupStore() {
        return store(2).salesTax().rate(8, "US", "CA", "7.2500", "CA Tax", 1, "", "shipping")
                .zone("US", flatRate(1, "10"), method(3, "local_pickup", "title", "Local pickup", "cost", "5"));
    }

    /** §2's cart blocks: both rates offered, flat rate chosen with its tax, the coupon's saving. */
    static void section2Blocks(PricedCart priced) {
        PricedCart.Package pack = priced.packages().get(0);
        assertAll(() -> assertEquals("flat_rate:1", pack.chosenRateId()),
                () -> assertEquals(new PricedCart.Rate("flat_rate:1", "flat_rate", 1, "Flat rate", 1000,
                        Map.of(1L, 100L)), pack.rates().get(0)),
                () -> assertEquals(new PricedCart.Rate("free_shipping:2", "free_shipping", 2, "Free shipping", 0,
                        Map.of()), pack.rates().get(1)),
                () -> assertEquals("beanie × 2", pack.itemsLabel()),
                () -> assertEquals(List.of(new PricedCart.CouponTotal("save10", "percent", 360, 36, false)),
                        priced.coupons()),
                () -> assertEquals(List.of(new PricedCart.FeeTotal("gift-wrap", "Gift wrap", 500, 50,
                        Map.of(1L, 50L))), priced.fees()),
                () -> assertEquals(new PricedCart.Line("beanie", 3600, 360, 3240, 324, Map.of(1L, 324L)),
                        priced.lines().get(0)),
                () -> assertEquals(true, priced.needsShipping()));
    }
}
