package org.headlesscart.api.cocart.jwt;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.MediaType;

import org.headlesscart.api.http.StrictJson;

/**
 * The {@code refresh_token} parameter, wherever WordPress would find it: a JSON or form body, else the query
 * string (a body value wins, as in WordPress). Empty when absent, blank, or not a string; a malformed body counts as
 * absent, so the answer is the add-on's "missing refresh token".
 */
public final class TokenParam {

    public static final String NAME = "refresh_token";

    private TokenParam() {
    }

    public static Optional<String> read(String query, MediaType type, String body) {
        Optional<String> fromBody = body == null || body.isBlank() || type == null ? Optional.empty()
                : type.isCompatible(MediaType.APPLICATION_JSON_TYPE) ? json(body)
                : type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) ? form(body) : Optional.empty();
        return fromBody.or(() -> Optional.ofNullable(query)).filter(value -> !value.isBlank());
    }

    static Optional<String> json(String body) {
        try {
            return StrictJson.read(body) instanceof JsonObject object && object.get(NAME) instanceof JsonString value
                    ? Optional.of(value.getString()) : Optional.empty();
        } catch (JsonException | IllegalStateException malformed) {
            return Optional.empty();
        }
    }

    static Optional<String> form(String body) {
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && NAME.equals(decode(pair.substring(0, equals)))) {
                return Optional.of(decode(pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
