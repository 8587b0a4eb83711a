/**
 * Pricing: coupons, taxes, shipping rates and fees, computed as WooCommerce computes them (COCART-PLUS §3), cent
 * for cent.
 *
 * <p>One component rather than three: a cart's totals need all of them at once and in WooCommerce's order (item
 * subtotals, discounts, item totals, shipping, fees, grand total), so the rules of each live in their own
 * {@code control} sub-package and one calculation ({@code control.totals}) combines them. The store's rules (tax
 * rates, zones, settings) are read once per pricing revision into an immutable {@link
 * org.headlesscart.pricing.model.PricingRules}; a cart is priced from those rules and its own applied coupons, fees
 * and chosen rates, which the cart component keeps. Money is {@code long} minor units of the store currency;
 * unrounded intermediate amounts are {@code BigDecimal}.
 */
package org.headlesscart.pricing;
