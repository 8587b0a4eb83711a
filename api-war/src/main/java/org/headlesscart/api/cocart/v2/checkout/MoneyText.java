package org.headlesscart.api.cocart.v2.checkout;

import java.math.BigDecimal;

import org.headlesscart.catalog.model.CurrencyView;

/**
 * WooCommerce's {@code wc_price} as plain text ("$1,234.50", "-$5.00") in the store's currency format, for the
 * formatted values of the order-received totals (COCART-PLUS §1.3).
 */
record MoneyText(CurrencyView currency) {

    String format(long minor) {
        String digits = BigDecimal.valueOf(Math.abs(minor), currency.minorUnit()).toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                text.append(currency.thousandSeparator());
            }
            text.append(whole.charAt(i));
        }
        if (point >= 0) {
            text.append(currency.decimalSeparator()).append(digits, point + 1, digits.length());
        }
        String position = currency.symbolPosition();
        String space = position.endsWith("_space") ? " " : "";
        String amount = position.startsWith("left") ? currency.symbol() + space + text : text + space
                + currency.symbol();
        return (minor < 0 ? "-" : "") + amount;
    }
}
