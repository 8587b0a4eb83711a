package org.headlesscart.api.cocart.v2.cart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.json.stream.JsonGenerator;

import org.headlesscart.api.cocart.v2.catalog.PricesResponse;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.pricing.model.PricedCart;

/**
 * {@code GET /cart/totals} and {@code POST /cart/calculate?return_totals=true} (contract §2.13, decision 1):
 * WooCommerce's own totals map, in major units and of mixed types, because that is what {@code WC_Cart} stores.
 * The types follow WooCommerce's setters:
 * <ul>
 * <li>strings through {@code wc_format_decimal} without rounding, trailing zeros trimmed as a PHP float prints:
 *     {@code subtotal}, {@code shipping_total}, {@code cart_contents_total}, {@code fee_total} ({@code "40"},
 *     {@code "40.5"});</li>
 * <li>{@code total} through {@code wc_format_decimal} at the store's decimals: {@code "40.00"};</li>
 * <li>numbers, stored as PHP floats: {@code subtotal_tax}, {@code shipping_tax}, {@code discount_total},
 *     {@code discount_tax}, {@code cart_contents_tax}, {@code fee_tax}, {@code total_tax} ({@code 0},
 *     {@code 3.5});</li>
 * <li>{@code shipping_taxes}, {@code cart_contents_taxes}, {@code fee_taxes}: rate id to amount (a number),
 *     from the priced cart; {@code []} while the cart has no such tax.</li>
 * </ul>
 * With {@code html=true} every value but the three maps is the plain formatted price ({@code "$40.00"}).
 */
final class TotalsJson {

    private final PricesResponse.Currency currency;

    TotalsJson(PricesResponse.Currency currency) {
        this.currency = currency;
    }

    void write(JsonGenerator json, CartView cart, boolean html) {
        CartView.Totals t = cart.totals();
        long contentsTotal = 0;
        long contentsTax = 0;
        for (CartView.Line line : cart.items()) {
            contentsTotal += line.totalMinor();
            contentsTax += line.taxMinor();
        }
        json.writeStartObject();
        text(json, "subtotal", t.subtotal(), html);
        number(json, "subtotal_tax", t.subtotalTax(), html);
        text(json, "shipping_total", t.shippingTotal(), html);
        number(json, "shipping_tax", t.shippingTax(), html);
        taxes(json, "shipping_taxes", shippingTaxes(cart));
        number(json, "discount_total", t.discountTotal(), html);
        number(json, "discount_tax", t.discountTax(), html);
        text(json, "cart_contents_total", contentsTotal, html);
        number(json, "cart_contents_tax", contentsTax, html);
        taxes(json, "cart_contents_taxes", sum(cart, priced -> priced.lines().stream().map(PricedCart.Line::taxes)));
        text(json, "fee_total", t.feeTotal(), html);
        number(json, "fee_tax", t.feeTax(), html);
        taxes(json, "fee_taxes", sum(cart, priced -> priced.fees().stream().map(PricedCart.FeeTotal::taxes)));
        json.write("total", html ? price(t.total()) : major(t.total()).toPlainString());    // "40.00"
        number(json, "total_tax", t.totalTax(), html);
        json.writeEnd();
    }

    /**
     * A rate-id map as WooCommerce's {@code get_*_taxes()}: {@code {"7": 3.24}} in major units, {@code []} when
     * empty. With {@code html=true} they stay numbers: the formatting applies to the scalar totals only.
     */
    private void taxes(JsonGenerator json, String name, Map<Long, Long> byRate) {
        if (byRate.isEmpty()) {
            json.writeStartArray(name).writeEnd();
            return;
        }
        json.writeStartObject(name);
        byRate.forEach((rate, minor) -> CartWire.number(json, Long.toString(rate), major(minor)));
        json.writeEnd();
    }

    /** The taxes of every package's chosen rate, by rate id. */
    private static Map<Long, Long> shippingTaxes(CartView cart) {
        return sum(cart, priced -> priced.packages().stream().flatMap(p -> p.rates().stream()
                .filter(rate -> rate.id().equals(p.chosenRateId()))).map(PricedCart.Rate::taxes));
    }

    private static Map<Long, Long> sum(CartView cart, Function<PricedCart, Stream<Map<Long, Long>>> parts) {
        Map<Long, Long> byRate = new LinkedHashMap<>();
        if (cart.pricing() != null) {
            parts.apply(cart.pricing().priced()).forEach(part -> part.forEach((rate, minor) -> {
                if (minor != 0) {
                    byRate.merge(rate, minor, Long::sum);
                }
            }));
        }
        return byRate;
    }

    private void text(JsonGenerator json, String name, long minor, boolean html) {
        json.write(name, html ? price(minor) : CartWire.plain(major(minor)));
    }

    private void number(JsonGenerator json, String name, long minor, boolean html) {
        if (html) {
            json.write(name, price(minor));
        } else {
            CartWire.number(json, name, major(minor));
        }
    }

    private BigDecimal major(long minor) {
        return CartWire.major(minor, currency.currencyMinorUnit());
    }

    /** WooCommerce's {@code wc_price} as plain text: sign, prefix, grouped digits, decimals, suffix. */
    String price(long minor) {
        BigDecimal amount = major(Math.abs(minor)).setScale(currency.currencyMinorUnit(), RoundingMode.HALF_UP);
        String digits = amount.toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(currency.currencyThousandSeparator());
            }
            grouped.append(whole.charAt(i));
        }
        if (point >= 0) {
            grouped.append(currency.currencyDecimalSeparator()).append(digits, point + 1, digits.length());
        }
        return (minor < 0 ? "-" : "") + currency.currencyPrefix() + grouped + currency.currencySuffix();
    }
}
