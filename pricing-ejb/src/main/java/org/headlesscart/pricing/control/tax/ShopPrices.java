package org.headlesscart.pricing.control.tax;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricingSettings;
import org.headlesscart.pricing.model.PricingRules;
import org.headlesscart.pricing.model.TaxRate;

/**
 * The price a product shows in the shop and the Products API: {@code wc_get_price_to_display} with
 * {@code woocommerce_tax_display_shop}, built on {@code wc_get_price_including_tax} and
 * {@code wc_get_price_excluding_tax} for one unit, taxed at the store's base address (the catalog does not know the
 * visitor). Amounts are minor units; WooCommerce computes these in major units, so taxes keep
 * {@code precision - decimals} decimals of a minor unit, which is the same rounding.
 */
public final class ShopPrices {

    private ShopPrices() {
    }

    /** What the shop shows for {@code priceMinor} (the catalog price as entered). */
    public static long displayed(PricingRules rules, long priceMinor, String taxStatus, String taxClass) {
        return rules.settings().shopDisplayIncludingTax()
                ? includingTax(rules, priceMinor, taxStatus, taxClass, rules.settings().base())
                : excludingTax(rules, priceMinor, taxStatus, taxClass);
    }

    /** {@code wc_get_price_including_tax} for a customer taxed at {@code where}. */
    public static long includingTax(PricingRules rules, long priceMinor, String taxStatus, String taxClass,
            Location where) {
        PricingSettings settings = rules.settings();
        BigDecimal price = BigDecimal.valueOf(priceMinor);
        if (!taxable(settings, taxStatus)) {
            return priceMinor;
        }
        int scale = scale(settings);
        List<TaxRate> rates = TaxRates.find(rules.taxRates(), where, taxClass);
        if (!settings.pricesIncludeTax()) {
            BigDecimal taxes = rounded(settings, TaxMath.calc(price, rates, false, scale));
            return TaxMath.minor(price.add(taxes));
        }
        List<TaxRate> base = TaxRates.find(rules.taxRates(), settings.base(), taxClass);
        if (rates.equals(base)) {
            return priceMinor;
        }
        Map<Long, BigDecimal> baseTaxes = TaxMath.calc(price, base, true, scale);
        Map<Long, BigDecimal> customerTaxes = TaxMath.calc(price.subtract(TaxMath.sum(baseTaxes)), rates, false,
                scale);
        return TaxMath.minor(price.subtract(rounded(settings, baseTaxes)).add(rounded(settings, customerTaxes)));
    }

    /**
     * {@code wc_get_price_excluding_tax}: a gross price loses the base address's taxes (unrounded, as the cart does);
     * a net price stays.
     */
    public static long excludingTax(PricingRules rules, long priceMinor, String taxStatus, String taxClass) {
        PricingSettings settings = rules.settings();
        if (!taxable(settings, taxStatus) || !settings.pricesIncludeTax()) {
            return priceMinor;
        }
        BigDecimal price = BigDecimal.valueOf(priceMinor);
        List<TaxRate> base = TaxRates.find(rules.taxRates(), settings.base(), taxClass);
        return TaxMath.minor(price.subtract(TaxMath.sum(TaxMath.calc(price, base, true, scale(settings)))));
    }

    private static boolean taxable(PricingSettings settings, String taxStatus) {
        return settings.taxesEnabled() && "taxable".equals(taxStatus);
    }

    /** Per-rate {@code wc_round_tax_total} unless the store rounds at subtotal. */
    private static BigDecimal rounded(PricingSettings settings, Map<Long, BigDecimal> taxes) {
        if (settings.roundAtSubtotal()) {
            return TaxMath.sum(taxes);
        }
        return taxes.values().stream().map(tax -> TaxMath.roundTax(tax, settings.pricesIncludeTax()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int scale(PricingSettings settings) {
        return TaxMath.roundingPrecision(settings.decimals()) - settings.decimals();
    }
}
