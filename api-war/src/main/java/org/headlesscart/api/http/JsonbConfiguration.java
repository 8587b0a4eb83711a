package org.headlesscart.api.http;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B configuration of the API. Records mirror the contract, so the wire names are their component
 * names in snake_case (digits need {@code @JsonbProperty}: {@code address_2}). Yasson does not keep a record's
 * declaration order, so every response record states the contract's order in {@code @JsonbPropertyOrder}; the
 * DTO tests compare the serialized key order with the captures.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(config());

    /** The one {@code Jsonb} of the API (thread-safe): for code that writes JSON itself rather than through JAX-RS. */
    public static Jsonb jsonb() {
        return JSONB;
    }

    /** Shared with tests, which serialize DTOs exactly as the server does. */
    public static JsonbConfig config() {
        return new JsonbConfig()
                .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
                .withNullValues(true);
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
