package org.headlesscart.api.cocart.v2.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.JsonbConfiguration;
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
        assertEquals("0", jsonb.toJson(StoreSettings.plainNumber(new BigDecimal("0.00"))));
        assertEquals("-5", jsonb.toJson(StoreSettings.plainNumber(new BigDecimal("-5.0"))));
        assertEquals("10", jsonb.toJson(StoreSettings.plainNumber(new BigDecimal("10"))), "not 1E+1");
        assertEquals("5.5", jsonb.toJson(StoreSettings.plainNumber(new BigDecimal("5.50"))));
    }

    @Test
    void homeUrlDefaultsToTheRequestOriginAndConfigurationWins() {
        StoreSettings settings = settings();
        URI base = URI.create("https://shop.example.com:8443/wp-json/");

        assertEquals("https://shop.example.com:8443", settings.toResponse(base).homeUrl());
        settings.homeUrl = Optional.of("https://www.example.com");
        assertEquals("https://www.example.com", settings.toResponse(base).homeUrl());
    }

    private static StoreSettings settings() {
        StoreSettings settings = new StoreSettings();
        settings.title = "Shop";
        settings.description = Optional.empty();
        settings.homeUrl = Optional.empty();
        settings.language = "en-US";
        settings.gmtOffset = BigDecimal.ZERO;
        settings.timezone = "UTC";
        settings.address = "1 Street";
        settings.address2 = Optional.empty();
        settings.city = "City";
        settings.country = "US:CA";
        settings.postcode = "94110";
        return settings;
    }
}
