package org.headlesscart.pricing.control.shipping;

import java.util.List;

import org.headlesscart.pricing.model.PricingRules;

/**
 * WooCommerce's shipping (COCART-PLUS §3.3): one package of the lines that need shipping, its zone, each enabled
 * method's rate, and the chosen rate.
 */
public final class ShippingQuotes {

    private ShippingQuotes() {
    }

    /** The packages of the cart; empty when it needs no shipping or shipping is disabled. */
    public static List<QuotedPackage> quote(PricingRules rules, ShippingRequest request) {
        throw new UnsupportedOperationException("not written yet");
    }
}
