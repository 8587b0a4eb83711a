package org.headlesscart.pricing.control.totals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.headlesscart.pricing.control.tax.TaxMath;
import org.headlesscart.pricing.model.PricingSettings;

/**
 * The settings that decide how a cart's amounts are taxed and rounded, read once per calculation. Amounts are minor
 * units, as {@code WC_Cart_Totals} works in cents.
 */
final class Rounding {

    final PricingSettings settings;
    /** {@code wc_tax_enabled()}; the customer is never VAT exempt here. */
    final boolean taxes;
    /** {@code wc_prices_include_tax()}: only when taxes are enabled. */
    final boolean pricesIncludeTax;
    /** Decimals of a minor unit the tax formulas keep for cart amounts ({@code wc_get_rounding_precision()}). */
    final int itemScale;
    /** Shipping methods tax their cost in major units: the same precision is fewer decimals of a minor unit. */
    final int shippingScale;

    Rounding(PricingSettings settings) {
        this.settings = settings;
        this.taxes = settings.taxesEnabled();
        this.pricesIncludeTax = taxes && settings.pricesIncludeTax();
        this.itemScale = TaxMath.roundingPrecision(settings.decimals());
        this.shippingScale = itemScale - settings.decimals();
    }

    boolean atSubtotal() {
        return settings.roundAtSubtotal();
    }

    /** {@code round_line_tax}: each line's tax per rate to whole minor units, in the tax rounding mode. */
    BigDecimal line(BigDecimal tax) {
        return atSubtotal() ? tax : TaxMath.roundTax(tax, settings.pricesIncludeTax());
    }

    /** {@code round_item_subtotal}: each line's amount half-up to whole minor units. */
    BigDecimal item(BigDecimal amount) {
        return atSubtotal() ? amount : TaxMath.roundHalfUp(amount);
    }

    /** Adds {@code line(tax)} of every rate to {@code merged}. */
    void mergeRounded(Map<Long, BigDecimal> merged, Map<Long, BigDecimal> taxes) {
        taxes.forEach((rate, tax) -> merged.merge(rate, line(tax), BigDecimal::add));
    }

    BigDecimal lineTotal(Map<Long, BigDecimal> taxes) {
        return taxes.values().stream().map(this::line).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Rate id to the shown (half-up) amount of each line-rounded tax. */
    Map<Long, Long> shown(Map<Long, BigDecimal> taxes) {
        Map<Long, Long> shown = new LinkedHashMap<>();
        taxes.forEach((rate, tax) -> shown.put(rate, TaxMath.minor(line(tax))));
        return shown;
    }
}
