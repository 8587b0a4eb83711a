package org.headlesscart.catalog.model;

import java.math.BigDecimal;

/**
 * The store currency as CoCart describes it (contract §4.2): {@code symbolPosition} is WooCommerce's
 * {@code left}, {@code right}, {@code left_space} or {@code right_space}; {@code minorUnit} the number of decimals.
 */
public record CurrencyView(String code, String symbol, String symbolPosition, int minorUnit, String decimalSeparator,
        String thousandSeparator) {

    /**
     * WooCommerce's {@code wc_price} as plain text: the amount in minor units with the store's decimals, separators
     * and symbol position ("$1,234.50", "1.234,50 €", "-$5.00"). The one formatter of shown money: coupon messages,
     * order totals, e-mails and My Account all use it.
     */
    public String format(long minor) {
        return format(minor, symbol, symbolPosition.endsWith("_space"));
    }

    /** The same with another symbol, spaced or not (an order in a currency other than the store's shows its code). */
    public String format(long minor, String shownSymbol, boolean spaced) {
        String digits = BigDecimal.valueOf(Math.abs(minor), minorUnit).toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                text.append(thousandSeparator);
            }
            text.append(whole.charAt(i));
        }
        if (point >= 0) {
            text.append(decimalSeparator).append(digits, point + 1, digits.length());
        }
        String space = spaced ? " " : "";
        String amount = symbolPosition.startsWith("left") ? shownSymbol + space + text : text + space + shownSymbol;
        return (minor < 0 ? "-" : "") + amount;
    }
}
