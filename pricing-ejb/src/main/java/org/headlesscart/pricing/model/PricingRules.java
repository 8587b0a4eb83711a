package org.headlesscart.pricing.model;

import java.util.List;

/**
 * Everything store-wide a cart's totals depend on, read at one pricing revision. Immutable and shared by every
 * request until an admin change bumps the revision. Coupons are not here: a cart reads only the few it applies.
 *
 * @param zones in matching order, zone 0 last
 */
public record PricingRules(long revision, PricingSettings settings, List<TaxRate> taxRates,
        List<ShippingZone> zones) {

    public PricingRules {
        taxRates = List.copyOf(taxRates);
        zones = List.copyOf(zones);
    }
}
