package org.headlesscart.pricing.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * One row of WooCommerce's tax table (COCART-PLUS §3.2).
 *
 * @param country   ISO-2 upper-case, {@code ""} for any country
 * @param state     state code upper-case, {@code ""} for any state
 * @param postcodes postcode patterns ({@code 90210}, {@code 9021*}, {@code 90210...90299}); empty = any
 * @param cities    city names upper-case; empty = any
 * @param rate      percent with up to four decimals ({@code 8.2500})
 * @param name      the label shown to customers; {@code ""} means "Tax"
 * @param priority  one rate per priority applies; lower first
 * @param compound  applied on top of the other rates
 * @param shipping  also applies to shipping
 * @param taxClass  the class slug, {@code ""} for standard
 * @param order     the row's position in the admin table
 */
public record TaxRate(long id, String country, String state, List<String> postcodes, List<String> cities,
        BigDecimal rate, String name, int priority, boolean compound, boolean shipping, String taxClass, int order) {

    public TaxRate {
        postcodes = List.copyOf(postcodes);
        cities = List.copyOf(cities);
    }

    /** The label customers see: the rate's name, else "Tax". */
    public String label() {
        return name == null || name.isBlank() ? "Tax" : name;
    }

    /**
     * WooCommerce's rate code, {@code COUNTRY-STATE-NAME-PRIORITY} upper-case with empty parts dropped
     * ({@code US-CA-CA TAX-1}); the key of the itemized {@code taxes} block. The name defaults to "TAX".
     */
    public String code() {
        StringJoiner code = new StringJoiner("-");
        for (String part : new String[] {country, state, name == null || name.isBlank() ? "TAX" : name,
                Integer.toString(priority)}) {
            if (part != null && !part.isEmpty()) {
                code.add(part.toUpperCase(Locale.ROOT));
            }
        }
        return code.toString();
    }
}
