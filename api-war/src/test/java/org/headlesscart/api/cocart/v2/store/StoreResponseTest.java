package org.headlesscart.api.cocart.v2.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.catalog.model.StoreView;
import org.junit.jupiter.api.Test;

class StoreResponseTest {

    final Jsonb jsonb = JsonbBuilder.create(JsonbConfiguration.config());

    @Test
    void serializesExactlyAsCapture01() {
        StoreResponse store = new StoreResponse("CoCart Reference", "", "http://127.0.0.1:8088", "en-US", 0L, "UTC",
                new StoreResponse.Address("1 Test Street", "", "San Francisco", "US:CA", "94110"));

        String json = jsonb.toJson(store);

        assertEquals(Captures.object("01-store"), Captures.parse(json), "R-STORE: values");
        assertEquals(Captures.shape(Captures.object("01-store")), Captures.shape(Captures.parse(json)),
                "R-STORE: key order and JSON types");
    }

    @Test
    void wholeOffsetsAreIntegersAndFractionsStay() {
        assertEquals("0", jsonb.toJson(StoreResponse.plainNumber(new BigDecimal("0.00"))));
        assertEquals("-5", jsonb.toJson(StoreResponse.plainNumber(new BigDecimal("-5.0"))));
        assertEquals("10", jsonb.toJson(StoreResponse.plainNumber(new BigDecimal("10"))), "not 1E+1");
        assertEquals("5.5", jsonb.toJson(StoreResponse.plainNumber(new BigDecimal("5.50"))));
    }

    @Test
    void homeUrlDefaultsToTheRequestOriginAndConfigurationWins() {
        URI base = URI.create("https://shop.example.com:8443/wp-json/");

        assertEquals("https://shop.example.com:8443", StoreResponse.from(store(Optional.empty()), base).homeUrl());
        assertEquals("https://www.example.com",
                StoreResponse.from(store(Optional.of("https://www.example.com")), base).homeUrl());
    }

    private static StoreView store(Optional<String> homeUrl) {
        return new StoreView("Shop", "", homeUrl, "en-US", BigDecimal.ZERO, "UTC",
                new StoreView.Address("1 Street", "", "City", "US:CA", "94110"),
                new org.headlesscart.catalog.model.CurrencyView("USD", "$", "left", 2, ".", ","), "kg", "cm");
    }
}
