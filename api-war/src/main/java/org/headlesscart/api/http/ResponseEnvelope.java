package org.headlesscart.api.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * WordPress's {@code _envelope} global parameter ({@code WP_REST_Server::envelope_response}), for clients that cannot
 * read a status or headers: the answer becomes {@code {"body":…,"status":…,"headers":{…}}}, sent with status 200.
 *
 * <p>Which headers go where: the envelope gets every header of the answer but the ones about the HTTP message
 * itself ({@code Content-Type}, {@code Content-Length}, {@code Transfer-Encoding}) and about CORS
 * ({@code Access-Control-*}, {@code Vary}), which only the HTTP answer keeps, as a browser needs them to hand the
 * envelope to a storefront at all. The HTTP answer also keeps the caching and security headers (no-cache, no-sniff,
 * no-index), so no proxy stores a cart because it was enveloped; every other header (the cart's, {@code ETag},
 * {@code Allow}, {@code Location}, {@code Retry-After}, {@code WWW-Authenticate}, paging) is only in the envelope,
 * as in WordPress, whose enveloped answer has no headers of its own.
 */
public final class ResponseEnvelope {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Set<String> TRANSPORT = Set.of("content-type", "content-length", "transfer-encoding",
            "vary");
    private static final Set<String> ALSO_ON_ANSWER = Set.of("cache-control", "expires", "pragma", "last-modified",
            "x-content-type-options", "x-robots-tag");

    private ResponseEnvelope() {
    }

    /** The envelope of an answer; several values of one header are joined with ", ". */
    public static JsonObject wrap(JsonValue body, int status, Map<String, List<String>> headers) {
        JsonObjectBuilder enveloped = JSON.createObjectBuilder();
        headers.forEach((name, values) -> {
            if (!onlyOnAnswer(name)) {
                enveloped.add(name, String.join(", ", values));
            }
        });
        JsonObject inside = enveloped.build();
        return JSON.createObjectBuilder()
                .add("body", body == null ? JsonValue.NULL : body)
                .add("status", status)
                // PHP writes an empty header array as []
                .add("headers", inside.isEmpty() ? JsonValue.EMPTY_JSON_ARRAY : inside)
                .build();
    }

    /** Whether the enveloped HTTP answer still sends this header (besides the envelope, or instead of it). */
    public static boolean staysOnAnswer(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return onlyOnAnswer(lower) || ALSO_ON_ANSWER.contains(lower);
    }

    private static boolean onlyOnAnswer(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return TRANSPORT.contains(lower) || lower.startsWith("access-control-");
    }
}
