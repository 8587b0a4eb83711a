package org.headlesscart.mail.control;

import org.headlesscart.catalog.model.CurrencyView;

/**
 * An amount as the store shows prices, WooCommerce's {@code wc_price} without markup: the store's decimals, separators
 * and symbol position ({@code left}, {@code right}, {@code left_space}, {@code right_space}), e.g. "$1,234.50" or
 * "1.234,50 €". An order in another currency than the store's shows its code, spaced, instead of the store's symbol.
 */
public record MoneyText(CurrencyView currency, String orderCurrency) {

    public String format(long minor) {
        boolean foreign = !symbol().equals(currency.symbol());
        return currency.format(minor, symbol(), currency.symbolPosition().endsWith("_space") || foreign);
    }

    private String symbol() {
        return orderCurrency == null || orderCurrency.isBlank() || orderCurrency.equalsIgnoreCase(currency.code())
                ? currency.symbol() : orderCurrency;
    }
}
