package org.headlesscart.pricing.control.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.headlesscart.pricing.model.ShippingMethodTypes;
import org.junit.jupiter.api.Test;

class MethodSettingsTest {

    @Test
    void keepsKnownSettingsAndTheFlatRatesClassCosts() {
        assertEquals(Map.of("cost", "5 + [qty]", "tax_status", "none", "class_cost_12", "2"),
                MethodSettings.accepted(ShippingMethodTypes.FLAT_RATE, Map.of("cost", " 5 + [qty] ",
                        "tax_status", "none", "class_cost_12", "2", "unknown", "x")));
    }

    @Test
    void refusesValuesTheFormRefuses() {
        assertNull(MethodSettings.accepted(ShippingMethodTypes.FLAT_RATE, Map.of("tax_status", "sometimes")));
        assertNull(MethodSettings.accepted(ShippingMethodTypes.FREE_SHIPPING, Map.of("min_amount", "ten")));
        assertNull(MethodSettings.accepted(ShippingMethodTypes.FREE_SHIPPING, Map.of("min_amount", "-1")));
        assertNull(MethodSettings.accepted(ShippingMethodTypes.FREE_SHIPPING, Map.of("ignore_discounts", "1")));
        assertEquals(Map.of("min_amount", "99.50", "requires", "either"), MethodSettings.accepted(
                ShippingMethodTypes.FREE_SHIPPING, Map.of("min_amount", "99.50", "requires", "either")));
    }
}
