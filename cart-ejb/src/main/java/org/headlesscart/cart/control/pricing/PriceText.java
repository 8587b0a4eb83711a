package org.headlesscart.cart.control.pricing;

import java.math.BigDecimal;

import org.headlesscart.catalog.model.CurrencyView;

/**
 * WooCommerce's {@code wc_price} as plain text ("$1,234.50"), for the amounts coupon messages name (errors 108 and
 * 112). The cart object's own money strings are the WAR's.
 */
record PriceText(CurrencyView currency) {

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
