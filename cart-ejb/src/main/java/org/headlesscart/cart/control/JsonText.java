package org.headlesscart.cart.control;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

/**
 * A line's small maps (variation, item data) as JSON text in their columns, and back, keeping key order: the
 * order is part of WooCommerce's item key.
 */
public final class JsonText {

    /** One provider for all calls: {@code Json.create…} looks the provider up through the service loader each time. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonText() {
    }

    /** Values may be strings, numbers, booleans, {@code null}, lists and maps of these. */
    public static String write(Map<String, ?> map) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            map.forEach((k, v) -> writeValue(json, k, v));
            json.writeEnd();
        }
        return out.toString();
    }

    /** A JSON array of values as {@link #write} takes them. */
    public static String writeList(List<?> list) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            writeValue(json, null, list);
        }
        return out.toString();
    }

    /** A JSON array as Java ({@link #toJava}); empty for {@code null} or blank text. */
    public static List<Object> readList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try (var reader = JSON.createReader(new StringReader(text))) {
            return ((JsonArray) reader.readValue()).stream().map(JsonText::toJava).toList();
        }
    }

    public static Map<String, Object> read(String text) {
        if (text == null || text.isEmpty() || "{}".equals(text)) {
            return Map.of();
        }
        try (var reader = JSON.createReader(new StringReader(text))) {
            return toMap(reader.readObject());
        }
    }

    public static Map<String, String> readStrings(String text) {
        Map<String, String> strings = new LinkedHashMap<>();
        read(text).forEach((k, v) -> strings.put(k, String.valueOf(v)));
        return strings;
    }

    private static void writeValue(JsonGenerator json, String name, Object value) {
        if (name != null) {
            json.writeKey(name);
        }
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.write(s);
        } else if (value instanceof Boolean b) {
            json.write(b);
        } else if (value instanceof BigDecimal d) {
            json.write(d);
        } else if (value instanceof Number n) {
            json.write(new BigDecimal(n.toString()));
        } else if (value instanceof Map<?, ?> m) {
            json.writeStartObject();
            m.forEach((k, v) -> writeValue(json, String.valueOf(k), v));
            json.writeEnd();
        } else if (value instanceof List<?> l) {
            json.writeStartArray();
            l.forEach(v -> writeValue(json, null, v));
            json.writeEnd();
        } else {
            json.write(value.toString());
        }
    }

    private static Map<String, Object> toMap(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((k, v) -> map.put(k, toJava(v)));
        return map;
    }

    /** A JSON value as Java: String, BigDecimal, Boolean, null, List or Map (insertion-ordered). */
    public static Object toJava(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case OBJECT -> toMap(value.asJsonObject());
            case ARRAY -> ((JsonArray) value).stream().map(JsonText::toJava).toList();
        };
    }
}
