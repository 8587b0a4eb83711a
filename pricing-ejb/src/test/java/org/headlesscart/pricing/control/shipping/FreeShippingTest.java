package org.headlesscart.pricing.control.shipping;

import static org.headlesscart.pricing.control.shipping.ShippingFixtures.line;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.method;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.request;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.rules;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.PricingRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Free shipping's {@code requires}: a $52 cart (2 Beanies at $18, a Cap at $16), minimum amount $50. */
class FreeShippingTest {

    static final List<CartInput.Line> CART = List.of(line("b", "Beanie", 1800, 2, 0), line("c", "Cap", 1600, 1, 0));

    @ParameterizedTest(name = "requires {0}, discount {1}, ignore {2}, coupon {3}: offered {4}")
    @CsvSource({
            "'', 0, no, false, true",
            "'', 5000, no, false, true",
            "coupon, 0, no, false, false",
            "coupon, 0, no, true, true",
            // 52.00 >= 50
            "min_amount, 0, no, false, true",
            // 52.00 - 2.00 = 50.00 >= 50: equal is enough
            "min_amount, 200, no, false, true",
            // 52.00 - 2.01 = 49.99 < 50
            "min_amount, 201, no, false, false",
            // before discounts: 52.00 >= 50
            "min_amount, 201, yes, false, true",
            "either, 201, no, false, false",
            "either, 201, no, true, true",
            "either, 0, no, false, true",
            "both, 0, no, false, false",
            "both, 0, no, true, true",
            "both, 201, no, true, false",
    })
    void offersFreeShippingAsWooCommerce(String requires, long discount, String ignoreDiscounts, boolean coupon,
            boolean offered) {
        PricingRules store = rules(zone(0, List.of(), method(2, "free_shipping", "requires", requires,
                "min_amount", "50", "ignore_discounts", ignoreDiscounts)));

        List<QuotedPackage.Rate> rates = ShippingQuotes.quote(store, request(CART, discount, coupon, Map.of()))
                .get(0).rates();

        assertEquals(offered ? List.of(new QuotedPackage.Rate("free_shipping:2", "free_shipping", 2,
                "Free shipping", 0, false)) : List.of(), rates);
    }

    @ParameterizedTest(name = "min_amount {0} against 52.00: offered {1}")
    @CsvSource({"52, true", "52.00, true", "52.01, false", "'', true", "0, true"})
    void comparesTheMinimumAsADecimal(String minAmount, boolean offered) {
        PricingRules store = rules(zone(0, List.of(), method(2, "free_shipping", "requires", "min_amount",
                "min_amount", minAmount)));

        int rates = ShippingQuotes.quote(store, request(CART)).get(0).rates().size();

        assertEquals(offered ? 1 : 0, rates);
    }
}
