package org.headlesscart.api.cocart.v2.checkout;

import org.headlesscart.catalog.model.CurrencyView;

/**
 * WooCommerce's {@code wc_price} as plain text ("$1,234.50", "-$5.00") in the store's currency format, for the
 * formatted values of the order-received totals (COCART-PLUS §1.3).
 */
record MoneyText(CurrencyView currency) {

    String format(long minor) {
        return currency.format(minor);
    }
}
