package org.headlesscart.pricing.control.totals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.TaxRate;

/** A cart line while it is being priced: WooCommerce's item object of {@code WC_Cart_Totals}, in minor units. */
final class Item {

    final CartInput.Line line;
    final boolean taxable;
    final List<TaxRate> rates;
    /** The line's price as the calculation sees it: gross when prices include tax, possibly re-taxed abroad. */
    BigDecimal price;
    BigDecimal subtotal = BigDecimal.ZERO;
    Map<Long, BigDecimal> subtotalTaxes = new LinkedHashMap<>();
    BigDecimal discount = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    Map<Long, BigDecimal> taxes = new LinkedHashMap<>();

    Item(CartInput.Line line, boolean taxable, List<TaxRate> rates) {
        this.line = line;
        this.taxable = taxable;
        this.rates = rates;
        this.price = BigDecimal.valueOf(line.amountMinor());
    }

    String taxClass() {
        return line.taxClass() == null ? "" : line.taxClass();
    }
}
