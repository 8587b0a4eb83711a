package org.headlesscart.catalog.model;

/**
 * The store currency as CoCart describes it (contract §4.2): {@code symbolPosition} is WooCommerce's
 * {@code left}, {@code right}, {@code left_space} or {@code right_space}; {@code minorUnit} the number of decimals.
 */
public record CurrencyView(String code, String symbol, String symbolPosition, int minorUnit, String decimalSeparator,
        String thousandSeparator) {
}
