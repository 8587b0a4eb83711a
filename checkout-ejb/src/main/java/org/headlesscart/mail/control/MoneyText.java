package org.headlesscart.mail.control;

import java.math.BigDecimal;

import org.headlesscart.catalog.model.CurrencyView;

/**
 * An amount as the store shows prices, WooCommerce's {@code wc_price} without markup: the store's decimals, separators
 * and symbol position ({@code left}, {@code right}, {@code left_space}, {@code right_space}), e.g. "$1,234.50" or
 * "1.234,50 €". An order in another currency than the store's shows its code, spaced, instead of the store's symbol.
 */
public record MoneyText(CurrencyView currency, String orderCurrency) {

    public String format(long minor) {
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
        String space = position.endsWith("_space") || !symbol().equals(currency.symbol()) ? " " : "";
        String amount = position.startsWith("left") ? symbol() + space + text : text + space + symbol();
        return (minor < 0 ? "-" : "") + amount;
    }

    private String symbol() {
        return orderCurrency == null || orderCurrency.isBlank() || orderCurrency.equalsIgnoreCase(currency.code())
                ? currency.symbol() : orderCurrency;
    }
}
