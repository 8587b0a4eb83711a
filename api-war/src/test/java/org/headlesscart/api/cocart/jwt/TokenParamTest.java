package org.headlesscart.api.cocart.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

/** {@code refresh_token} from a JSON or form body, else the query; blank or malformed is missing. */
class TokenParamTest {

    @Test
    void aBodyWinsOverTheQuery() {
        assertEquals(Optional.of("b"), TokenParam.read("q", MediaType.APPLICATION_JSON_TYPE, "{\"refresh_token\":\"b\"}"));
        assertEquals(Optional.of("a+b"), TokenParam.read("q", MediaType.APPLICATION_FORM_URLENCODED_TYPE,
                "x=1&refresh_token=a%2Bb"));
        assertEquals(Optional.of("q"), TokenParam.read("q", MediaType.APPLICATION_JSON_TYPE, "{}"));
    }

    @Test
    void blankNonStringOrMalformedIsMissing() {
        assertEquals(Optional.empty(), TokenParam.read(null, MediaType.APPLICATION_JSON_TYPE, "{\"refresh_token\":1}"));
        assertEquals(Optional.empty(), TokenParam.read(null, MediaType.APPLICATION_JSON_TYPE, "{\"refresh_token\":"));
        assertEquals(Optional.empty(), TokenParam.read(" ", null, ""));
        assertEquals(Optional.empty(), TokenParam.read(null, MediaType.TEXT_PLAIN_TYPE, "refresh_token=x"));
    }
}
