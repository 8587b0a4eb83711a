package org.headlesscart.api.headlesscart.v1.keys;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.customer.model.ApiKeyView;

/**
 * A REST API key as the admin API shows it, with WooCommerce's field names ({@code woocommerce_api_keys}: key_id,
 * user_id, description, permissions, truncated_key, last_access) and dates as WooCommerce REST writes them (store
 * zone and UTC, {@code null} for a key never used). Never the secret, nor more of the consumer key than its last 7
 * characters. The names come from the naming strategy: an explicit {@code @JsonbProperty} would leave nulls out.
 */
@JsonbPropertyOrder({"keyId", "userId", "description", "permissions", "truncatedKey", "lastAccess", "lastAccessGmt",
        "dateCreated", "dateCreatedGmt", "links"})
public record ApiKeyResponse(
        long keyId,
        long userId,
        String description,
        String permissions,
        String truncatedKey,
        String lastAccess,
        String lastAccessGmt,
        String dateCreated,
        String dateCreatedGmt,
        @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    static ApiKeyResponse from(ApiKeyView key, ZoneId zone, String self, String collection) {
        return new ApiKeyResponse(key.id(), key.userId(), key.description(), key.permissions().wireName(),
                key.truncatedKey(), date(key.lastAccess(), zone), date(key.lastAccess(), ZoneOffset.UTC),
                date(key.created(), zone), date(key.created(), ZoneOffset.UTC), links(self, collection));
    }

    static String date(Instant instant, ZoneId zone) {
        return instant == null ? null : DATE.format(instant.atZone(zone));
    }

    private static Map<String, List<Map<String, String>>> links(String self, String collection) {
        Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
        links.put("self", List.of(Map.of("href", self)));
        links.put("collection", List.of(Map.of("href", collection)));
        return links;
    }
}
