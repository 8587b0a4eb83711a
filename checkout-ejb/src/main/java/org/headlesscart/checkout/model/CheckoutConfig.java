package org.headlesscart.checkout.model;

import java.util.Map;

import org.headlesscart.catalog.model.StoreView;
import org.headlesscart.pricing.model.PricingSettings;

/**
 * What {@code GET checkout/config} is made of (COCART-PLUS §1.3): the store, its pricing settings (taxes, coupons,
 * shipping countries) and the postcode formats checkout checks against.
 *
 * @param postcodePatterns country → regular expression, for the countries with a format of their own
 */
public record CheckoutConfig(StoreView store, PricingSettings settings, Map<String, String> postcodePatterns) {
}
