package org.headlesscart.pricing.control.shipping;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricingRules;
import org.headlesscart.pricing.model.PricingSettings;
import org.headlesscart.pricing.model.ShippingZone;

/** Small builders for shipping tests: a 2-decimal store shipping everywhere unless told otherwise. */
final class ShippingFixtures {

    static final Location CA_90210 = new Location("US", "CA", "90210", "Beverly Hills");

    private ShippingFixtures() {
    }

    static PricingSettings settings(int decimals, boolean enabled, Set<String> shipTo) {
        return new PricingSettings(decimals, true, false, false, false, "shipping", "inherit", false, false, false,
                true, List.of(), new Location("US", "CA", "94103", "San Francisco"), enabled, shipTo, false);
    }

    static PricingRules rules(ShippingZone... zones) {
        return new PricingRules(1, settings(2, true, Set.of()), List.of(), List.of(zones));
    }

    static PricingRules rules(int decimals, ShippingZone... zones) {
        return new PricingRules(1, settings(decimals, true, Set.of()), List.of(), List.of(zones));
    }

    static ShippingZone zone(long id, List<ShippingZone.Location> locations, ShippingZone.Method... methods) {
        return new ShippingZone(id, "Zone " + id, (int) id, locations, List.of(methods));
    }

    static ShippingZone.Location loc(String type, String code) {
        return new ShippingZone.Location(code, type);
    }

    /** A method from alternating setting ids and values. */
    static ShippingZone.Method method(long instanceId, String methodId, String... settings) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            values.put(settings[i], settings[i + 1]);
        }
        return new ShippingZone.Method(instanceId, methodId, true, (int) instanceId, values);
    }

    static ShippingZone.Method disabled(ShippingZone.Method method) {
        return new ShippingZone.Method(method.instanceId(), method.methodId(), false, method.order(),
                method.settings());
    }

    /** A shippable line of {@code qty} units at {@code unitMinor}, in shipping class {@code classId}. */
    static CartInput.Line line(String key, String name, long unitMinor, int qty, long classId) {
        return new CartInput.Line(key, key.hashCode(), 0, name, unitMinor, BigDecimal.valueOf(qty), unitMinor * qty,
                "taxable", "", false, Set.of(), true, classId);
    }

    static CartInput.Line virtual(String key, String name, long unitMinor, int qty) {
        return new CartInput.Line(key, key.hashCode(), 0, name, unitMinor, BigDecimal.valueOf(qty), unitMinor * qty,
                "taxable", "", false, Set.of(), false, 0);
    }

    /** A request whose line totals are the undiscounted amounts, displayed subtotal their sum, no discount. */
    static ShippingRequest request(List<CartInput.Line> lines) {
        return request(lines, 0, false, Map.of());
    }

    static ShippingRequest request(List<CartInput.Line> lines, long discount, boolean freeShippingCoupon,
            Map<Integer, String> chosen) {
        Map<String, Long> totals = new HashMap<>();
        long subtotal = 0;
        for (CartInput.Line line : lines) {
            totals.put(line.key(), line.amountMinor());
            subtotal += line.amountMinor();
        }
        return new ShippingRequest(lines, totals, subtotal, discount, freeShippingCoupon, CA_90210, true, chosen);
    }
}
