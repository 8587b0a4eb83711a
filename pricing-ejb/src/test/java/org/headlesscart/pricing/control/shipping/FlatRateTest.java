package org.headlesscart.pricing.control.shipping;

import static org.headlesscart.pricing.control.shipping.ShippingFixtures.line;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.method;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.request;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.rules;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.PricingRules;
import org.headlesscart.pricing.model.ShippingZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Flat rate with shipping classes. The cart: a Sofa (class 7) $100 × 2, a Lamp (class 7) $25 × 1, a Cap (no
 * class) $16 × 1: 4 items, $241.
 */
class FlatRateTest {

    static final List<CartInput.Line> CART = List.of(line("s", "Sofa", 10000, 2, 7), line("l", "Lamp", 2500, 1, 7),
            line("c", "Cap", 1600, 1, 0));

    static final String BASE = "2 + [fee percent=\"10\" min_fee=\"1\"]";

    @Test
    void perClassAddsEveryClassCost() {
        // base 2 + 10 % of 241.00 = 26.10; class 7: 3 items × 3 = 9; no class: 1. 26.10 + 9 + 1 = 36.10
        assertEquals(3610, cost(flat("cost", BASE, "class_cost_7", "[qty] * 3", "no_class_cost", "1",
                "type", "class"), request(CART)));
    }

    @Test
    void classIsTheDefaultCalculationType() {
        assertEquals(3610, cost(flat("cost", BASE, "class_cost_7", "[qty] * 3", "no_class_cost", "1"),
                request(CART)));
    }

    @Test
    void perOrderAddsOnlyTheHighestClassCost() {
        // base 26.10 + max(9, 1) = 35.10
        assertEquals(3510, cost(flat("cost", BASE, "class_cost_7", "[qty] * 3", "no_class_cost", "1",
                "type", "order"), request(CART)));
    }

    @Test
    void perOrderIgnoresNegativeClassCosts() {
        // the highest cost starts at 0, so a class cost of -5 never wins
        assertEquals(1000, cost(flat("cost", "10", "class_cost_7", "-5", "type", "order"), request(CART)));
        assertEquals(500, cost(flat("cost", "10", "class_cost_7", "-5", "type", "class"), request(CART)));
    }

    @Test
    void aClassCostSeesOnlyItsLinesAfterDiscounts() {
        Map<String, Long> totals = new HashMap<>(request(CART).lineNetTotals());
        totals.put("s", 18000L); // a $20 discount on the sofas
        ShippingRequest discounted = new ShippingRequest(CART, totals, 24100, 2000, false,
                ShippingFixtures.CA_90210, true, Map.of());
        // base: 2 + 10 % of 221.00 = 24.10; class 7: [cost] 205.00 / 100 = 2.05; total 26.15
        assertEquals(2615, cost(flat("cost", BASE, "class_cost_7", "[cost] / 100"), discounted));
    }

    @Test
    void offersNoRateWhenEveryApplicableCostIsBlank() {
        PricingRules store = rules(zone(0, List.of(), flat("cost", "", "class_cost_9", "5"),
                method(2, "local_pickup")));
        // class 9 is not in the cart, so its cost does not count
        assertEquals(List.of("local_pickup:2"),
                ShippingQuotes.quote(store, request(CART)).get(0).rates().stream().map(QuotedPackage.Rate::id)
                        .toList());
    }

    @Test
    void aClassCostAloneMakesARate() {
        assertEquals(400, cost(flat("cost", "", "class_cost_7", "4"), request(CART)));
    }

    @Test
    void aZeroCostIsStillARate() {
        assertEquals(0, cost(flat("cost", "0"), request(CART)));
    }

    @ParameterizedTest(name = "{1} with {0} decimals = {2} minor units")
    @CsvSource(delimiter = '|', value = {
            "2 | 10 / 3 | 333",
            // 0.20 × 0.125 = 0.025: half-up to 0.03
            "2 | 0.025 | 3",
            "2 | 0.0249 | 2",
            "0 | 2.5 | 3",
            "0 | 2.49 | 2",
            "3 | 1 / 8 | 125",
            "3 | 1 / 16 | 63",
    })
    void roundsTheRateHalfUpToTheCurrency(int decimals, String formula, long expected) {
        PricingRules store = rules(decimals, zone(0, List.of(), flat("cost", formula)));
        assertEquals(expected, ShippingQuotesTest.only(ShippingQuotes.quote(store, request(CART))).cost());
    }

    @Test
    void roundsANegativeRateAwayFromZero() {
        assertEquals(-3, cost(flat("cost", "0 - 0.025"), request(CART)));
    }

    @Test
    void taxStatusNoneMakesTheRateUntaxed() {
        PricingRules store = rules(zone(0, List.of(), flat("cost", "5", "tax_status", "none")));
        assertEquals(false, ShippingQuotesTest.only(ShippingQuotes.quote(store, request(CART))).taxable());
    }

    static ShippingZone.Method flat(String... settings) {
        return method(1, "flat_rate", settings);
    }

    static long cost(ShippingZone.Method flat, ShippingRequest request) {
        return ShippingQuotesTest.only(ShippingQuotes.quote(rules(zone(0, List.of(), flat)), request)).cost();
    }
}
