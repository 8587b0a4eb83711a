package org.headlesscart.catalog.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The store's public details, from configuration ({@code headlesscart.store.*}). An empty home URL means "the
 * origin the store is reached at", which only the REST layer knows.
 */
public record StoreView(String title, String description, Optional<String> homeUrl, String language,
        BigDecimal gmtOffset, String timezone, Address address, CurrencyView currency, String weightUnit,
        String dimensionUnit) {

    /** {@code country} is WooCommerce's "country:state" form, e.g. {@code US:CA}. */
    public record Address(String line1, String line2, String city, String country, String postcode) {
    }
}
