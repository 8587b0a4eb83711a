package org.headlesscart.pricing.control.totals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.control.tax.ShippingTaxRates;
import org.headlesscart.pricing.control.tax.TaxMath;
import org.headlesscart.pricing.control.tax.TaxRates;
import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.TaxRate;

/**
 * {@code get_fees_from_cart}: a taxable fee is taxed with its class, exclusive; a negative fee is a discount, capped
 * at what items, earlier fees and shipping add up to, and taxed across the tax classes of everything before it in
 * proportion to their totals.
 */
final class FeeTotals {

    private static final String NON_TAXABLE = "non-taxable";

    final List<PricedCart.FeeTotal> fees = new ArrayList<>();
    /** Every fee's unrounded taxes by rate, as {@code set_fee_taxes} keeps them. */
    final Map<Long, BigDecimal> taxes = new LinkedHashMap<>();
    /** Each fee's taxes rounded per line, for the grand total. */
    final Map<Long, BigDecimal> roundedTaxes = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;

    private final Rounding r;
    private final List<TaxRate> table;
    private final Location where;
    /** Tax class (or "non-taxable") to the summed totals of the lines, fees and shipping seen so far. */
    private final List<Map.Entry<String, BigDecimal>> costs = new ArrayList<>();

    FeeTotals(Rounding r, List<TaxRate> table, Location where, ItemTotals items, ShippingTotals shipping,
            List<CartInput.Fee> input) {
        this.r = r;
        this.table = table;
        this.where = where;
        items.items.forEach(item -> costs.add(Map.entry(item.taxable ? item.taxClass() : NON_TAXABLE, item.total)));
        String firstItemClass = items.items.isEmpty() ? "" : items.items.get(0).taxClass();
        String shippingClass = ShippingTaxRates.INHERIT.equals(r.settings.shippingTaxClass())
                ? firstItemClass : r.settings.shippingTaxClass();
        shipping.chosenCosts.forEach(cost -> costs.add(Map.entry(shippingClass, cost)));
        BigDecimal running = BigDecimal.ZERO;
        for (CartInput.Fee fee : input) {
            BigDecimal amount = BigDecimal.valueOf(fee.amountMinor());
            if (amount.signum() < 0) {
                BigDecimal max = TaxMath.roundHalfUp(items.total.add(running).add(shipping.total)).negate();
                amount = amount.max(max);
            }
            running = running.add(amount);
            Map<Long, BigDecimal> feeTaxes = r.taxes ? taxesOf(fee, amount) : Map.of();
            feeTaxes.forEach((id, t) -> taxes.merge(id, t, BigDecimal::add));
            r.mergeRounded(roundedTaxes, feeTaxes);
            BigDecimal feeTax = r.lineTotal(feeTaxes);
            total = total.add(amount);
            tax = tax.add(feeTax);
            fees.add(new PricedCart.FeeTotal(fee.id(), fee.name(), TaxMath.minor(amount), TaxMath.minor(feeTax),
                    r.shown(feeTaxes)));
            String feeClass = fee.taxClass() == null ? "" : fee.taxClass();
            costs.add(Map.entry(fee.taxable() ? feeClass : NON_TAXABLE, amount));
        }
    }

    private Map<Long, BigDecimal> taxesOf(CartInput.Fee fee, BigDecimal amount) {
        if (amount.signum() >= 0) {
            return fee.taxable()
                    ? TaxMath.calc(amount, TaxRates.find(table, where, fee.taxClass()), false, r.itemScale)
                    : Map.of();
        }
        Map<String, BigDecimal> byClass = new LinkedHashMap<>();
        costs.stream().filter(cost -> cost.getValue().signum() >= 0)
                .forEach(cost -> byClass.merge(cost.getKey(), cost.getValue(), BigDecimal::add));
        BigDecimal all = byClass.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<Long, BigDecimal> split = new LinkedHashMap<>();
        if (all.signum() == 0) {
            return split;
        }
        byClass.forEach((taxClass, cost) -> {
            if (!NON_TAXABLE.equals(taxClass) && cost.signum() != 0) {
                BigDecimal part = amount.multiply(cost.divide(all, TaxMath.DIVISION_CONTEXT));
                TaxMath.calc(part, TaxRates.find(table, where, taxClass), false, r.itemScale)
                        .forEach((id, t) -> split.merge(id, t, BigDecimal::add));
            }
        });
        return split;
    }
}
