package org.headlesscart.pricing.control.shipping;

import static org.headlesscart.pricing.control.shipping.ShippingFixtures.method;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.request;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.rules;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.model.PricingRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Zone 0 offers flat rate, local pickup and free shipping, in that method order. */
class ChosenRateTest {

    static final PricingRules STORE = rules(zone(0, List.of(), method(1, "flat_rate", "cost", "5"),
            method(2, "local_pickup"), method(3, "free_shipping")));

    @ParameterizedTest(name = "chose {0}, free-shipping coupon {1}: {2}")
    @CsvSource({
            // nothing chosen: the first rate in method order
            "'', false, flat_rate:1",
            "local_pickup:2, false, local_pickup:2",
            // a choice that is no longer offered falls back to the default
            "flat_rate:9, false, flat_rate:1",
            // a free-shipping coupon makes the free-shipping rate the default...
            "'', true, free_shipping:3",
            // ...which is how apply-coupon's literal "free_shipping" choice resolves
            "free_shipping, true, free_shipping:3",
            // ...but a choice still offered is kept
            "flat_rate:1, true, flat_rate:1",
    })
    void choosesAsWooCommerce(String chosen, boolean freeShippingCoupon, String expected) {
        Map<Integer, String> choice = chosen.isEmpty() ? Map.of() : Map.of(0, chosen);

        QuotedPackage shipping = ShippingQuotes.quote(STORE,
                request(FreeShippingTest.CART, 0, freeShippingCoupon, choice)).get(0);

        assertEquals(expected, shipping.chosenRateId());
    }

    @ParameterizedTest(name = "free-shipping coupon without a free-shipping rate: {0}")
    @CsvSource({"''", "free_shipping"})
    void aCouponWithoutAFreeRateFallsBackToTheFirst(String chosen) {
        PricingRules store = rules(zone(0, List.of(), method(1, "flat_rate", "cost", "5"),
                method(2, "local_pickup")));
        Map<Integer, String> choice = chosen.isEmpty() ? Map.of() : Map.of(0, chosen);

        assertEquals("flat_rate:1", ShippingQuotes.quote(store, request(FreeShippingTest.CART, 0, true, choice))
                .get(0).chosenRateId());
    }

    @ParameterizedTest(name = "a choice for package {0} does not leak into package 0")
    @CsvSource({"1"})
    void readsTheChoiceOfItsOwnPackage(int index) {
        QuotedPackage shipping = ShippingQuotes.quote(STORE,
                request(FreeShippingTest.CART, 0, false, Map.of(index, "local_pickup:2"))).get(0);

        assertEquals("flat_rate:1", shipping.chosenRateId());
    }
}
