package org.headlesscart.pricing.control.totals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.control.tax.TaxMath;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.TaxRate;

/**
 * {@code WC_Cart::get_tax_totals}: the cart's taxes per rate code. Per rate, item and fee taxes are rounded in the
 * tax rounding mode and shipping taxes half-up, separately; rates that share a code are summed; zero amounts are
 * hidden ({@code woocommerce_cart_hide_zero_taxes}). Listed in the order rates apply: priority, then the tax table's
 * order, then id (WooCommerce lists them in its arrays' key order, which JSON clients should not rely on).
 */
final class TaxTotals {

    private static final Comparator<TaxRate> RATE_ORDER = Comparator.comparingInt(TaxRate::priority)
            .thenComparingInt(TaxRate::order).thenComparingLong(TaxRate::id);

    private TaxTotals() {
    }

    static List<PricedCart.TaxTotal> of(Rounding r, List<TaxRate> table, Map<Long, BigDecimal> itemTaxes,
            Map<Long, BigDecimal> feeTaxes, Map<Long, BigDecimal> shippingTaxes) {
        Map<String, PricedCart.TaxTotal> byCode = new LinkedHashMap<>();
        List<TaxRate> rates = new ArrayList<>(table);
        rates.sort(RATE_ORDER);
        for (TaxRate rate : rates) {
            Long id = rate.id();
            if (!itemTaxes.containsKey(id) && !feeTaxes.containsKey(id) && !shippingTaxes.containsKey(id)) {
                continue;
            }
            BigDecimal others = itemTaxes.getOrDefault(id, BigDecimal.ZERO)
                    .add(feeTaxes.getOrDefault(id, BigDecimal.ZERO));
            BigDecimal amount = TaxMath.roundTax(others, r.settings.pricesIncludeTax())
                    .add(TaxMath.roundHalfUp(shippingTaxes.getOrDefault(id, BigDecimal.ZERO)));
            PricedCart.TaxTotal before = byCode.get(rate.code());
            long sum = amount.longValueExact() + (before == null ? 0 : before.amount());
            byCode.put(rate.code(), new PricedCart.TaxTotal(rate.code(), id, rate.label(), rate.compound(), sum));
        }
        return byCode.values().stream().filter(total -> total.amount() != 0).toList();
    }
}
