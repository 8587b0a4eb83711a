package org.headlesscart.api.cocart.v2.cart;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonException;
import jakarta.ws.rs.ProcessingException;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.MissingParamException;
import org.headlesscart.api.http.StrictJson;
import org.headlesscart.platform.numbers.Decimals;

/**
 * A cart route's arguments as WordPress reads them (contract §1.1): from the JSON or form body, else from the query
 * string (path captures are the resources' own). Query and form names follow PHP's bracket syntax
 * ({@code variation[attribute_pa_color]=red}). Types are checked strictly: a declared string given as a JSON number
 * or boolean is refused, booleans accept {@code true/false}, {@code "true"/"false"}, {@code "1"/"0"} and {@code 1/0}.
 * Bad values are collected and reported together by {@link #throwIfAny()} as {@code rest_invalid_param}.
 * JSON values arrive as Java strings, {@link BigDecimal}s, booleans, lists and maps.
 */
public final class CartParams {

    private final Map<String, Object> body;
    private final Map<String, Object> query;
    private final boolean form;
    private final Map<String, String> problems = new LinkedHashMap<>();

    private CartParams(Map<String, Object> body, Map<String, Object> query, boolean form) {
        this.body = body;
        this.query = query;
        this.form = form;
    }

    /**
     * @param rawQuery    the request URI's raw query, or null
     * @param contentType the request's media type, or null
     * @param entity      the request body as text, or null
     * @throws ProcessingException (400 {@code rest_invalid_json}) for a JSON body that is not a JSON object
     */
    public static CartParams read(String rawQuery, String contentType, String entity) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean form = type.startsWith("application/x-www-form-urlencoded");
        Map<String, Object> body = Map.of();
        if (entity != null && !entity.isBlank()) {
            if (form) {
                body = urlEncoded(entity);
            } else if (type.isEmpty() || type.contains("json")) {
                body = json(entity);
            }
        }
        return new CartParams(body, urlEncoded(rawQuery), form);
    }

    /**
     * The arguments of a batch's sub-request (contract §12): its path's query and its {@code body} object, whose
     * values keep their JSON types, as WordPress sets a sub-request's body parameters.
     */
    static CartParams of(String rawQuery, Map<String, Object> body) {
        return new CartParams(body == null ? Map.of() : body, urlEncoded(rawQuery), false);
    }

    /** The value given, body before query; JSON {@code null} counts as not given. */
    public Object value(String name) {
        Object value = body.get(name);
        return value != null ? value : query.get(name);
    }

    public boolean has(String name) {
        return value(name) != null;
    }

    /** WordPress checks required arguments before any value. */
    public void require(String... names) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!has(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingParamException(missing);
        }
    }

    public String string(String name) {
        Object value = value(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        problems.put(name, name + " is not of type string.");
        return null;
    }

    /** A string or a JSON number as text (CoCart Plus's fee {@code amount}, {@code package_id}); null if absent. */
    String textOrNumber(String name) {
        Object value = value(name);
        if (value instanceof BigDecimal number) {
            return Decimals.text(number);
        }
        if (value == null || value instanceof String) {
            return (String) value;
        }
        problems.put(name, name + " is not of type string,number.");
        return null;
    }

    public boolean bool(String name, boolean fallback) {
        Object value = value(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value instanceof BigDecimal number ? Decimals.text(number) : value.toString();
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1": return true;
            case "false", "0": return false;
            default:
                problems.put(name, name + " is not of type boolean.");
                return fallback;
        }
    }

    /** A JSON object (a JSON array or {@code ""} count as one, as PHP sees them); absent is empty. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(String name) {
        Object value = value(name);
        if (value == null || "".equals(value)) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (value instanceof List<?> list) {
            Map<String, Object> indexed = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                indexed.put(Integer.toString(i), list.get(i));
            }
            return indexed;
        }
        problems.put(name, name + " is not of type object.");
        return Map.of();
    }

    /** An object whose values are read as text, as {@code variation} and the add-items {@code quantity} are. */
    public Map<String, String> textMap(String name) {
        Map<String, String> texts = new LinkedHashMap<>();
        object(name).forEach((key, value) -> texts.put(key, text(value)));
        return texts;
    }

    /** Every argument, body over query, for callbacks that read their own ({@code /cart/update}). */
    Map<String, Object> all() {
        Map<String, Object> all = new LinkedHashMap<>(query);
        body.forEach((key, value) -> {
            if (value != null) {
                all.put(key, value);
            }
        });
        return all;
    }

    /** A top-level form field; the cart key may come from a form but never from a JSON body (contract §1.1). */
    String formField(String name) {
        return form && body.get(name) instanceof String value ? value : null;
    }

    /** A query parameter as text, or null. */
    public String queryField(String name) {
        return query.get(name) instanceof String value ? value : null;
    }

    /** Notes a problem found by the caller's own rule. */
    public void problem(String name, String message) {
        problems.put(name, message);
    }

    /** @throws InvalidParamException naming every bad parameter, if there is one */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidParamException(problems);
        }
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal number) {
            return Decimals.text(number);
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "";        // PHP's string cast of a boolean
        }
        return value == null ? "" : value.toString();
    }

    static Map<String, Object> json(String entity) {
        try {
            return StrictJson.object(entity);
        } catch (JsonException e) {
            throw new ProcessingException(e);
        }
    }

    /** {@code a=1&b[c]=2&d[]=3} as PHP parses it: brackets nest, {@code []} appends. */
    static Map<String, Object> urlEncoded(String raw) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            put(params, name, value);
        }
        return params;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String name, String value) {
        int open = name.indexOf('[');
        if (open <= 0 || name.indexOf(']', open) < 0) {
            root.put(name, value);
            return;
        }
        Map<String, Object> current = root;
        String key = name.substring(0, open);
        int at = open;
        while (at < name.length() && name.charAt(at) == '[') {
            int close = name.indexOf(']', at);
            if (close < 0) {
                break;
            }
            Object next = current.get(key);
            if (!(next instanceof Map)) {
                next = new LinkedHashMap<String, Object>();
                current.put(key, next);
            }
            current = (Map<String, Object>) next;
            String segment = name.substring(at + 1, close);
            key = segment.isEmpty() ? Integer.toString(current.size()) : segment;
            at = close + 1;
        }
        current.put(key, value);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;                 // a stray %: PHP keeps what it cannot decode
        }
    }
}
