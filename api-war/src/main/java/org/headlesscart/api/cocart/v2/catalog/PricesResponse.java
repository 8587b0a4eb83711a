package org.headlesscart.api.cocart.v2.catalog;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.catalog.model.CurrencyView;
import org.headlesscart.catalog.model.ProductView;

/**
 * {@code prices} of a product (contract §5.1): minor-unit strings, {@code price_range} {@code []} or
 * {@code {from, to}} with {@code to: ""} when all prices are equal. Embedded variations omit the range.
 */
@JsonbPropertyOrder({"price", "regularPrice", "salePrice", "priceRange", "onSale", "dateOnSale", "currency"})
public record PricesResponse(String price, String regularPrice, String salePrice, Object priceRange, boolean onSale,
        DateOnSale dateOnSale, Currency currency) {

    @JsonbPropertyOrder({"from", "fromGmt", "to", "toGmt"})
    public record DateOnSale(String from, String fromGmt, String to, String toGmt) {
    }

    @JsonbPropertyOrder({"currencyCode", "currencySymbol", "currencySymbolPos", "currencyMinorUnit",
        "currencyDecimalSeparator", "currencyThousandSeparator", "currencyPrefix", "currencySuffix"})
    public record Currency(String currencyCode, String currencySymbol, String currencySymbolPos, int currencyMinorUnit,
            String currencyDecimalSeparator, String currencyThousandSeparator, String currencyPrefix,
            String currencySuffix) {

        /** WooCommerce positions left/left_space are a prefix, right/right_space a suffix (contract §4.2). */
        public static Currency from(CurrencyView currency) {
            String position = currency.symbolPosition();
            boolean prefix = position.startsWith("left");
            String spaced = position.endsWith("_space") ? " " : "";
            return new Currency(currency.code(), currency.symbol(), prefix ? "currency_prefix" : "currency_suffix",
                    currency.minorUnit(), currency.decimalSeparator(), currency.thousandSeparator(),
                    prefix ? currency.symbol() + spaced : "", prefix ? "" : spaced + currency.symbol());
        }
    }

    static PricesResponse from(ProductView.Prices prices, Currency currency, ZoneId zone, boolean withRange) {
        Object range = List.of();
        if (withRange && prices.rangeFrom() != null) {
            Map<String, String> fromTo = new LinkedHashMap<>();
            fromTo.put("from", WireFormat.money(prices.rangeFrom()));
            fromTo.put("to", prices.rangeFrom().equals(prices.rangeTo()) ? "" : WireFormat.money(prices.rangeTo()));
            range = fromTo;
        }
        DateOnSale dates = new DateOnSale(WireFormat.date(prices.saleFrom(), zone),
                WireFormat.date(prices.saleFrom(), ZoneOffset.UTC), WireFormat.date(prices.saleTo(), zone),
                WireFormat.date(prices.saleTo(), ZoneOffset.UTC));
        return new PricesResponse(WireFormat.money(prices.price()), WireFormat.money(prices.regular()),
                WireFormat.money(prices.sale()), range, prices.onSale(), dates, currency);
    }
}
