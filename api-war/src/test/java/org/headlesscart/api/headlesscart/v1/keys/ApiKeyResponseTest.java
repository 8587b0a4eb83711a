package org.headlesscart.api.headlesscart.v1.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.customer.model.ApiKeyPermissions;
import org.headlesscart.customer.model.ApiKeyView;
import org.headlesscart.customer.model.NewApiKey;
import org.junit.jupiter.api.Test;

/** The key object on the wire: WooCommerce's names, null dates kept, and the secret only in the create answer. */
class ApiKeyResponseTest {

    static final String KEY = "ck_0123456789abcdef0123456789abcdef01234567";
    static final String SECRET = "cs_89abcdef0123456789abcdef0123456789abcdef";

    final Jsonb jsonb = JsonbBuilder.create(JsonbConfiguration.config());
    final ApiKeyView neverUsed = new ApiKeyView(7, 1, "Warehouse", ApiKeyPermissions.READ_WRITE, "1234567",
            Instant.parse("2024-03-01T12:00:00Z"), null);

    @Test
    void aKeyNeverUsedShowsNullLastAccessAndDatesInTheStoreZoneAndUtc() {
        JsonObject json = Captures.parse(jsonb.toJson(ApiKeyResponse.from(neverUsed, ZoneId.of("Europe/Berlin"),
                "https://shop.test/wp-json/headlesscart/v1/api-keys/7",
                "https://shop.test/wp-json/headlesscart/v1/api-keys")));

        assertEquals(List.of("key_id", "user_id", "description", "permissions", "truncated_key", "last_access",
                "last_access_gmt", "date_created", "date_created_gmt", "_links"), List.copyOf(json.keySet()));
        assertEquals(JsonValue.NULL, json.get("last_access"));
        assertEquals(JsonValue.NULL, json.get("last_access_gmt"));
        assertEquals("2024-03-01T13:00:00", json.getString("date_created"));
        assertEquals("2024-03-01T12:00:00", json.getString("date_created_gmt"));
        assertEquals("read_write", json.getString("permissions"));
        assertEquals(List.of("self", "collection"), List.copyOf(json.getJsonObject("_links").keySet()));
    }

    @Test
    void onlyTheCreateAnswerCarriesTheConsumerKeyAndSecret() {
        ApiKeyResponse shown = ApiKeyResponse.from(neverUsed, ZoneId.of("UTC"), "self", "collection");
        NewApiKeyResponse created = NewApiKeyResponse.from(new NewApiKey(neverUsed, KEY, SECRET), shown);

        JsonObject json = Captures.parse(jsonb.toJson(created));

        assertEquals(List.of("key_id", "user_id", "description", "permissions", "consumer_key", "consumer_secret",
                "truncated_key", "last_access", "last_access_gmt", "date_created", "date_created_gmt", "_links"),
                List.copyOf(json.keySet()));
        assertEquals(KEY, json.getString("consumer_key"));
        assertEquals(SECRET, json.getString("consumer_secret"));
        assertFalse(jsonb.toJson(shown).contains("consumer"));
        assertFalse(created.toString().contains(SECRET), "never in a log line");
        assertFalse(new NewApiKey(neverUsed, KEY, SECRET).toString().contains(SECRET));
    }
}
