package org.headlesscart.pricing.control.shipping;

import java.util.List;
import java.util.Locale;

/**
 * The rate in effect for a package ({@code wc_get_chosen_shipping_method_for_package} and
 * {@code wc_get_default_shipping_method_for_package}): the customer's choice while it is still offered, else the
 * first rate in method order, or, when a free-shipping coupon is applied, the first rate whose id starts with
 * {@code free_shipping} (case-insensitive, as WooCommerce's {@code stripos}).
 *
 * <p>WooCommerce also falls back to the default when the list of offered rates changed since the last request
 * (a session value); we keep a choice that is still offered, as the contract says, so a choice never flips
 * because, say, free shipping became available.
 */
final class ChosenRate {

    private ChosenRate() {
    }

    /** @return the chosen rate id, {@code null} when no rate is offered */
    static String of(List<QuotedPackage.Rate> rates, String chosen, boolean freeShippingCoupon) {
        if (rates.isEmpty()) {
            return null;
        }
        if (chosen != null && rates.stream().anyMatch(rate -> rate.id().equals(chosen))) {
            return chosen;
        }
        if (freeShippingCoupon) {
            for (QuotedPackage.Rate rate : rates) {
                if (rate.id().toLowerCase(Locale.ROOT).startsWith("free_shipping")) {
                    return rate.id();
                }
            }
        }
        return rates.get(0).id();
    }
}
