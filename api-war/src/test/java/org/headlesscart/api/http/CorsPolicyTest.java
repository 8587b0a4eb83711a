package org.headlesscart.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.Captures;
import org.junit.jupiter.api.Test;

/** R-CORS (contract §8, issue 5): listed origins with credentials, {@code *} without, everyone else nothing. */
class CorsPolicyTest {

    static final String SHOP = "https://shop.example.test";
    static final String STRANGER = "https://evil.example.test";

    final CorsPolicy listed = CorsPolicy.of(List.of(" https://Shop.example.test/ ", "http://localhost:3000"), 600);
    final CorsPolicy wildcard = CorsPolicy.of(List.of(SHOP, "*"), 600);
    final CorsPolicy none = CorsPolicy.of(List.of(), 600);

    @Test
    void aListedOriginIsEchoedExactlyWithCredentialsAndVary() {
        MultivaluedMap<String, Object> headers = decorate(listed, SHOP);

        assertEquals(SHOP, headers.getFirst("Access-Control-Allow-Origin"));
        assertEquals("true", headers.getFirst("Access-Control-Allow-Credentials"));
        assertEquals(List.of("Origin"), headers.get("Vary"));
        assertEquals("http://localhost:3000",
                decorate(listed, "http://localhost:3000").getFirst("Access-Control-Allow-Origin"));
    }

    @Test
    void everyCoCartHeaderIsExposed() {
        String exposed = (String) decorate(listed, SHOP).getFirst("Access-Control-Expose-Headers");

        for (String header : List.of("CoCart-API-Cart-Key", "CoCart-API-Cart-Expiring", "CoCart-API-Cart-Expiration",
                "CoCart-Timestamp", "CoCart-Version", "Cart-Key", "ETag", "X-WP-Total", "X-WP-TotalPages", "Link",
                "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Retry-After")) {
            assertTrue(List.of(exposed.split(", ")).contains(header), header + " in " + exposed);
        }
    }

    @Test
    void anOriginMatchedOnlyByTheWildcardGetsStarAndNoCredentials() {
        MultivaluedMap<String, Object> headers = decorate(wildcard, STRANGER);

        assertEquals("*", headers.getFirst("Access-Control-Allow-Origin"));
        assertNull(headers.get("Access-Control-Allow-Credentials"), "* with credentials is refused by browsers");
        assertEquals(SHOP, decorate(wildcard, SHOP).getFirst("Access-Control-Allow-Origin"), "listed still wins");
        assertEquals("true", decorate(wildcard, SHOP).getFirst("Access-Control-Allow-Credentials"));
        assertEquals("*", decorate(wildcard, "null").getFirst("Access-Control-Allow-Origin"));
    }

    @Test
    void aDisallowedOriginGetsNoAllowHeadersButTheAnswerStillVaries() {
        MultivaluedMap<String, Object> headers = decorate(listed, STRANGER);

        assertFalse(headers.keySet().stream().anyMatch(name -> name.startsWith("Access-Control-")), headers.toString());
        assertEquals(List.of("Origin"), headers.get("Vary"));
        assertFalse(decorate(listed, null).containsKey("Access-Control-Allow-Origin"), "no Origin, no CORS");
    }

    @Test
    void nullIsNeverAListedOrigin() {
        assertTrue(CorsPolicy.of(List.of("null"), 600).grant("null").isEmpty());
    }

    @Test
    void nothingConfiguredMeansNoCorsHeadersAtAll() {
        assertTrue(decorate(none, SHOP).isEmpty());
    }

    @Test
    void varyKeepsWhatIsThereAndAddsOriginOnce() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        headers.add("Vary", "Accept-Encoding");
        listed.decorate(SHOP, headers);
        listed.decorate(SHOP, headers);

        assertEquals(List.of("Accept-Encoding", "Origin"), headers.get("Vary"));
    }

    @Test
    void aPreflightFromAListedOriginListsMethodsHeadersAndMaxAge() {
        Response response = CorsPolicy.of(List.of(SHOP), 900).preflight(SHOP);

        assertEquals(200, response.getStatus());
        assertEquals(SHOP, response.getHeaderString("Access-Control-Allow-Origin"));
        assertEquals("true", response.getHeaderString("Access-Control-Allow-Credentials"));
        assertEquals("OPTIONS, GET, POST, PUT, PATCH, DELETE", response.getHeaderString("Access-Control-Allow-Methods"));
        assertEquals("900", response.getHeaderString("Access-Control-Max-Age"));
        List<String> allowed = List.of(response.getHeaderString("Access-Control-Allow-Headers").split(", "));
        assertTrue(allowed.containsAll(List.of("Authorization", "Content-Type", "CoCart-API-Cart-Key", "Cart-Key",
                "If-None-Match", "If-Match", "Idempotency-Key", "X-WP-Nonce", "Content-Disposition", "Content-MD5",
                "CoCart-API-Cart-Expiring", "CoCart-API-Cart-Expiration")), allowed.toString());
    }

    @Test
    void aWildcardPreflightAllowsNoCredentials() {
        Response response = wildcard.preflight(STRANGER);

        assertEquals(200, response.getStatus());
        assertEquals("*", response.getHeaderString("Access-Control-Allow-Origin"));
        assertNull(response.getHeaderString("Access-Control-Allow-Credentials"));
    }

    @Test
    void aPreflightFromADisallowedOriginIsA403InTheEnvelopeWithoutAllowHeaders() {
        Response response = listed.preflight(STRANGER);

        assertEquals(403, response.getStatus());
        JsonObject body = Captures.parse(JsonbBuilder.create(JsonbConfiguration.config()).toJson(response.getEntity()));
        assertEquals("cocart_cors_origin_not_allowed", body.getString("code"));
        assertEquals(403, body.getJsonObject("data").getInt("status"));
        assertNull(response.getHeaderString("Access-Control-Allow-Origin"));
        assertNull(response.getHeaderString("Access-Control-Allow-Methods"));
    }

    private static MultivaluedMap<String, Object> decorate(CorsPolicy policy, String origin) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        policy.decorate(origin, headers);
        return headers;
    }
}
