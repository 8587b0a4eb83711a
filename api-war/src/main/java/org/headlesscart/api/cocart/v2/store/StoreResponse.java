package org.headlesscart.api.cocart.v2.store;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

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
}
