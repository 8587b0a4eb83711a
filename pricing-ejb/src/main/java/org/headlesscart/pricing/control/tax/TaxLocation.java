package org.headlesscart.pricing.control.tax;

import java.util.Collection;
import java.util.Set;

import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricingSettings;

/**
 * Where a cart is taxed ({@code WC_Customer::get_taxable_address}): the shipping or billing address per
 * {@code woocommerce_tax_based_on}, the store's address when it says {@code base} or when a local pickup rate is
 * chosen ({@code woocommerce_apply_base_tax_for_local_pickup}, default true), and the store's address for a customer
 * who has not given that address yet (WooCommerce's default customer location is the shop base).
 */
public final class TaxLocation {

    /** {@code woocommerce_local_pickup_methods} plus the blocks pickup method. */
    static final Set<String> PICKUP_METHODS = Set.of("legacy_local_pickup", "local_pickup", "pickup_location");

    private TaxLocation() {
    }

    /**
     * @param chosenRateIds the rate ids the customer chose ({@code local_pickup:3}); only their method part counts
     */
    public static Location of(PricingSettings settings, Location shipping, Location billing,
            Collection<String> chosenRateIds) {
        boolean pickup = chosenRateIds.stream().anyMatch(id -> PICKUP_METHODS.contains(methodOf(id)));
        Location chosen = switch (pickup ? "base" : settings.taxBasedOn()) {
            case "base" -> settings.base();
            case "billing" -> billing;
            default -> shipping;
        };
        return chosen != null && chosen.isKnown() ? chosen : settings.base();
    }

    private static String methodOf(String rateId) {
        int colon = rateId == null ? -1 : rateId.indexOf(':');
        return colon < 0 ? String.valueOf(rateId) : rateId.substring(0, colon);
    }
}
