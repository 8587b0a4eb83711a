package org.headlesscart.api.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.headlesscart.api.http.MethodOverrideFilter;
import org.headlesscart.api.http.StrictJson;

/**
 * The {@code username} and {@code password} request parameters (contract §7.1): from the query string, a form
 * body, or (CoCart 4.7+) a JSON body on POST. As in WordPress, a body value wins over the query's. A body is read
 * only when it is small, then put back untouched for the resource; a malformed JSON body is left for the resource
 * to refuse ({@code rest_invalid_json}).
 */
final class CredentialParams {

    static final String LOGIN = "username";
    static final String PASSWORD = "password";
    /** Credentials come in small bodies; a larger one (an import, a big cart update) is not looked into. */
    static final int MAX_BODY = 16 * 1024;

    private CredentialParams() {
    }

    static Credentials read(ContainerRequestContext request) throws IOException {
        Map<String, String> values = new HashMap<>();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        put(values, LOGIN, query.getFirst(LOGIN));
        put(values, PASSWORD, query.getFirst(PASSWORD));
        // The method sent, not an override's: a POST ?_method=DELETE still carries the POST's body.
        if (HttpMethod.POST.equals(MethodOverrideFilter.transportMethod(request)) && request.hasEntity()) {
            values.putAll(fromBody(request));
        }
        return Credentials.of(values.get(LOGIN), values.get(PASSWORD));
    }

    private static Map<String, String> fromBody(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        boolean form = type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        boolean json = type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
        if (!form && !json) {
            return Map.of();
        }
        InputStream entity = request.getEntityStream();
        byte[] head = entity.readNBytes(MAX_BODY + 1);
        request.setEntityStream(new SequenceInputStream(new ByteArrayInputStream(head), entity));
        if (head.length > MAX_BODY) {
            return Map.of();
        }
        String body = new String(head, StandardCharsets.UTF_8);
        return form ? form(body) : json(body);
    }

    static Map<String, String> form(String body) {
        Map<String, String> values = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if ((LOGIN.equals(name) || PASSWORD.equals(name)) && !values.containsKey(name)) {
                put(values, name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return values;
    }

    static Map<String, String> json(String body) {
        if (!body.contains(LOGIN) && !body.contains(PASSWORD)) {
            return Map.of();                    // most JSON bodies are cart writes: do not parse them twice
        }
        Map<String, String> values = new HashMap<>();
        try {
            if (StrictJson.read(body) instanceof JsonObject object) {
                // Strings only, as WordPress's string args: a number is not a password.
                put(values, LOGIN, object.get(LOGIN) instanceof jakarta.json.JsonString s ? s.getString() : null);
                put(values, PASSWORD, object.get(PASSWORD) instanceof jakarta.json.JsonString s ? s.getString() : null);
            }
        } catch (JsonException | IllegalStateException malformed) {
            // the resource answers rest_invalid_json
        }
        return values;
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(name, value);
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
