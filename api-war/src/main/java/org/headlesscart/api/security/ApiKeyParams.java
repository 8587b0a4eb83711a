package org.headlesscart.api.security;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The {@code consumer_key} and {@code consumer_secret} query parameters, WooCommerce's second way to present a REST
 * API key. The query string only, as WooCommerce reads them ({@code $_GET}); a form body is not looked into. One
 * half alone is a key whose other half is empty, refused as a wrong key is.
 */
final class ApiKeyParams {

    static final String KEY = "consumer_key";
    static final String SECRET = "consumer_secret";

    private ApiKeyParams() {
    }

    static Credentials read(MultivaluedMap<String, String> query) {
        String key = query.getFirst(KEY);
        String secret = query.getFirst(SECRET);
        boolean hasKey = key != null && !key.isEmpty();
        boolean hasSecret = secret != null && !secret.isEmpty();
        if (!hasKey && !hasSecret) {
            return Credentials.NONE;
        }
        return new Credentials.ApiKey(hasKey ? key : "", hasSecret ? secret : "");
    }
}
