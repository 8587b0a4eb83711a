package org.headlesscart.pricing.model;

import java.util.List;
import java.util.Set;

/**
 * The store options that change a cart's totals, named after WooCommerce's (COCART-PLUS §3); what
 * {@code wc/v3/settings/general} and {@code wc/v3/settings/tax} edit.
 *
 * @param decimals                 the currency's decimals (0, 2 or 3): minor units are 10^-decimals
 * @param couponsEnabled           {@code woocommerce_enable_coupons}
 * @param calcDiscountsSequentially {@code woocommerce_calc_discounts_sequentially}: each coupon discounts the
 *                                 price left by the ones before it
 * @param taxesEnabled             {@code woocommerce_calc_taxes}
 * @param pricesIncludeTax         {@code woocommerce_prices_include_tax}: catalog prices are gross
 * @param taxBasedOn               {@code shipping}, {@code billing} or {@code base}
 * @param shippingTaxClass         {@code inherit} (from the cart's items) or a class slug ({@code ""} standard)
 * @param roundAtSubtotal          {@code woocommerce_tax_round_at_subtotal}
 * @param cartDisplayIncludingTax  {@code woocommerce_tax_display_cart = incl}
 * @param shopDisplayIncludingTax  {@code woocommerce_tax_display_shop = incl} (the Products API's prices)
 * @param itemizedTaxTotals        {@code woocommerce_tax_total_display = itemized}, else single
 * @param taxClasses               the classes besides standard, in settings order
 * @param base                     the store's address ({@code woocommerce_default_country} and the store city /
 *                                 postcode)
 * @param shippingEnabled          {@code woocommerce_ship_to_countries} is not "disabled"
 * @param shipToCountries          countries shipped to; empty = every country
 * @param shippingCostRequiresAddress {@code woocommerce_shipping_cost_requires_address}
 */
public record PricingSettings(int decimals, boolean couponsEnabled, boolean calcDiscountsSequentially,
        boolean taxesEnabled, boolean pricesIncludeTax, String taxBasedOn, String shippingTaxClass,
        boolean roundAtSubtotal, boolean cartDisplayIncludingTax, boolean shopDisplayIncludingTax,
        boolean itemizedTaxTotals, List<TaxClass> taxClasses, Location base, boolean shippingEnabled,
        Set<String> shipToCountries, boolean shippingCostRequiresAddress) {

    public PricingSettings {
        taxClasses = List.copyOf(taxClasses);
        shipToCountries = Set.copyOf(shipToCountries);
    }
}
