package org.headlesscart.api.cocart.v2.store;

import java.math.BigDecimal;
import java.net.URI;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.catalog.model.StoreView;

/**
 * {@code GET /store} (contract §11.2, capture 01-store): field names, order and types as CoCart sends them.
 * {@code gmt_offset} is a JSON number ({@code 0}, {@code 5.5}); {@code country} is WooCommerce's
 * "country:state" form ({@code "US:CA"}).
 */
@JsonbPropertyOrder({"title", "description", "homeUrl", "language", "gmtOffset", "timezoneString", "storeAddress"})
public record StoreResponse(String title, String description, String homeUrl, String language, Number gmtOffset,
        String timezoneString, Address storeAddress) {

    @JsonbPropertyOrder({"address", "address2", "city", "country", "postcode"})
    public record Address(String address, @JsonbProperty("address_2") String address2, String city,
            String country, String postcode) {
    }

    /**
     * Without a configured home URL the store's own origin is used, which is what WordPress's home URL is for a
     * site served at its root.
     */
    static StoreResponse from(StoreView store, URI requestBase) {
        StoreView.Address address = store.address();
        return new StoreResponse(store.title(), store.description(), store.homeUrl().orElseGet(() -> origin(requestBase)),
                store.language(), plainNumber(store.gmtOffset()), store.timezone(),
                new Address(address.line1(), address.line2(), address.city(), address.country(), address.postcode()));
    }

    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** PHP writes a whole float as an integer ({@code 0}, not {@code 0.0}); fractions stay ({@code 5.5}). */
    static Number plainNumber(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? (Number) stripped.longValueExact() : stripped;
    }
}
