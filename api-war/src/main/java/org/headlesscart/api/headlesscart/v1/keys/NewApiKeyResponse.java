package org.headlesscart.api.headlesscart.v1.keys;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.customer.model.NewApiKey;

/**
 * The answer to making a key: the key as {@link ApiKeyResponse} shows it, with its consumer key and secret, as
 * WooCommerce's key form answers them, this once. Neither is stored, so no later answer can show them.
 */
@JsonbPropertyOrder({"keyId", "userId", "description", "permissions", "consumerKey", "consumerSecret",
        "truncatedKey", "lastAccess", "lastAccessGmt", "dateCreated", "dateCreatedGmt", "links"})
public record NewApiKeyResponse(
        long keyId,
        long userId,
        String description,
        String permissions,
        String consumerKey,
        String consumerSecret,
        String truncatedKey,
        String lastAccess,
        String lastAccessGmt,
        String dateCreated,
        String dateCreatedGmt,
        @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

    static NewApiKeyResponse from(NewApiKey created, ApiKeyResponse key) {
        return new NewApiKeyResponse(key.keyId(), key.userId(), key.description(), key.permissions(),
                created.consumerKey(), created.consumerSecret(), key.truncatedKey(), key.lastAccess(),
                key.lastAccessGmt(), key.dateCreated(), key.dateCreatedGmt(), key.links());
    }

    @Override
    public String toString() {
        return "NewApiKeyResponse[keyId=" + keyId + "]";
    }
}
