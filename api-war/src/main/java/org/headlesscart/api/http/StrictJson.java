package org.headlesscart.api.http;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.spi.JsonProvider;

/**
 * Request bodies read as WordPress reads them with PHP's {@code json_decode}: exactly one JSON value, nested at most
 * {@value #MAX_DEPTH} deep (PHP's default depth), with nothing after it but whitespace. Every JSON body of the API is
 * read here, so a body that breaks one of these rules is {@code rest_invalid_json} wherever it is sent, and no
 * body reaches the parser's recursion deeper than that (a 20,000-deep array overflowed the stack).
 */
public final class StrictJson {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** PHP's {@code json_decode} depth: {@code [[...]]} nested 512 deep is read, 513 deep is refused. */
    public static final int MAX_DEPTH = 512;

    /** Made once: {@code JSON.create…} looks its provider up through the service loader on every call. */
    private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of());

    private StrictJson() {
    }

    /**
     * The one JSON value of a body.
     *
     * @throws JsonException for text {@code json_decode} refuses, nesting deeper than {@value #MAX_DEPTH}, content
     *                       after the value, or a number longer than the parser takes
     */
    public static JsonValue read(String text) {
        checkDepth(text);
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new JsonException("An empty body is not a JSON value");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonException("Content after the JSON value");
            }
            return value;
        } catch (NumberFormatException | ArithmeticException | IllegalStateException
                | UnsupportedOperationException e) {
            // The parser's own limits, which it does not report as JSON errors: Parsson refuses a number of more
            // than 1,100 characters with UnsupportedOperationException (once a 500).
            throw new JsonException("Not a JSON value the API reads: " + e.getMessage(), e);
        }
    }

    /**
     * A body that must be a JSON object, as Java values: strings, {@link BigDecimal}s, booleans, {@code null}s,
     * lists and insertion-ordered maps.
     *
     * @throws JsonException as {@link #read}, and for a value that is not an object
     */
    public static Map<String, Object> object(String text) {
        if (!(read(text) instanceof JsonObject object)) {
            throw new JsonException("A request body must be a JSON object");
        }
        return javaMap(object);
    }

    private static Map<String, Object> javaMap(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((key, value) -> map.put(key, java(value)));
        return map;
    }

    private static Object java(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> value.asJsonArray().stream().map(StrictJson::java).toList();
            case OBJECT -> javaMap(value.asJsonObject());
        };
    }

    /** One pass over the text, counting brackets outside strings; linear, and before any parsing. */
    static void checkDepth(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new JsonException("JSON nested deeper than " + MAX_DEPTH + " levels");
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
    }
}
