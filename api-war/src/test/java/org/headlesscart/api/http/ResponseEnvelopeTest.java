package org.headlesscart.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/** {@code _envelope}: WordPress's {@code {"body","status","headers"}}, and which headers stay on the HTTP answer. */
class ResponseEnvelopeTest {

    @Test
    void wrapsBodyStatusAndTheAnswersOwnHeadersInWordPressOrder() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json; charset=UTF-8"));
        headers.put("CoCart-API-Cart-Key", List.of("t_1"));
        headers.put("Access-Control-Allow-Origin", List.of("https://shop.example"));
        headers.put("Vary", List.of("Origin"));
        headers.put("Link", List.of("<a>; rel=\"next\"", "<b>; rel=\"prev\""));
        headers.put("Cache-Control", List.of("no-cache"));

        String envelope = ResponseEnvelope.wrap(Json.createValue("x"), 404, headers).toString();

        assertEquals("{\"body\":\"x\",\"status\":404,\"headers\":{\"CoCart-API-Cart-Key\":\"t_1\","
                + "\"Link\":\"<a>; rel=\\\"next\\\", <b>; rel=\\\"prev\\\"\",\"Cache-Control\":\"no-cache\"}}", envelope);
    }

    @Test
    void anAnswerWithoutBodyHasANullBodyAndNoHeadersArePhpsEmptyArray() {
        assertEquals("{\"body\":null,\"status\":304,\"headers\":[]}",
                ResponseEnvelope.wrap(null, 304, Map.of("Vary", List.of("Origin"))).toString());
        assertEquals("{\"body\":[],\"status\":200,\"headers\":[]}",
                ResponseEnvelope.wrap(JsonValue.EMPTY_JSON_ARRAY, 200, Map.of()).toString());
    }

    @Test
    void theHttpAnswerKeepsTransportCorsCachingAndSecurityHeadersOnly() {
        for (String kept : List.of("Content-Type", "content-length", "Vary", "Access-Control-Allow-Origin",
                "Access-Control-Expose-Headers", "Cache-Control", "Expires", "Pragma", "X-Content-Type-Options",
                "X-Robots-Tag")) {
            assertTrue(ResponseEnvelope.staysOnAnswer(kept), kept);
        }
        for (String moved : List.of("ETag", "CoCart-API-Cart-Key", "Cart-Key", "Allow", "Location", "Retry-After",
                "WWW-Authenticate", "X-WP-Total", "Link", "Idempotent-Replayed")) {
            assertFalse(ResponseEnvelope.staysOnAnswer(moved), moved);
        }
    }
}
