package org.headlesscart.api.wc.v3;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.http.StrictJson;

/**
 * A JSON request body read the way WordPress reads a REST route's arguments: absent and {@code null} are "not
 * given"; a value of the wrong type is collected as a problem, worded as WordPress words it, and all problems are
 * reported together as {@code rest_invalid_param} by {@link #throwIfAny()}. Numbers may come as numeric strings
 * and booleans as {@code "true"}/{@code "false"}, as WordPress accepts them.
 */
final class JsonBody {

    private final JsonObject json;
    private final String prefix;
    private final Map<String, String> problems;

    private JsonBody(JsonObject json, String prefix, Map<String, String> problems) {
        this.json = json;
        this.prefix = prefix;
        this.problems = problems;
    }

    /**
     * @throws ProcessingException (400 {@code rest_invalid_json}) for text that is not a JSON object
     */
    static JsonBody parse(String body) {
        if (body == null || body.isBlank()) {
            return new JsonBody(JsonValue.EMPTY_JSON_OBJECT, "", new LinkedHashMap<>());
        }
        try {
            if (!(StrictJson.read(body) instanceof JsonObject object)) {
                throw new ProcessingException(new JsonException("A request body must be a JSON object"));
            }
            return new JsonBody(object, "", new LinkedHashMap<>());
        } catch (JsonException e) {
            throw new ProcessingException(e);
        }
    }

    boolean has(String name) {
        return json.containsKey(name) && json.get(name) != JsonValue.NULL;
    }

    String string(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();       // WordPress casts a number given for a string
            default -> problem(name, "string");
        };
    }

    Long integer(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof JsonNumber number && number.isIntegral()) {
                return number.longValueExact();
            }
            if (value instanceof JsonString text && text.getString().trim().matches("-?\\d{1,18}")) {
                return Long.valueOf(text.getString().trim());
            }
        } catch (ArithmeticException tooLarge) {
            // reported below
        }
        return problem(name, "integer");
    }

    Integer int32(String name) {
        Long value = integer(name);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            return problem(name, "integer");
        }
        return value == null ? null : value.intValue();
    }

    Boolean bool(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        if (value instanceof JsonString text) {
            switch (text.getString().trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1", "yes" -> { return true; }
                case "false", "0", "no", "" -> { return false; }
                default -> { }
            }
        }
        if (value instanceof JsonNumber number && number.isIntegral()
                && (number.longValue() == 0 || number.longValue() == 1)) {
            return number.longValue() == 1;
        }
        return problem(name, "boolean");
    }

    /** A nested object, sharing this body's problems; {@code null} when absent. */
    JsonBody object(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return new JsonBody(object, fieldName(name) + ".", problems);
        }
        return problem(name, "object");
    }

    /** An array of objects read by {@code item}; {@code null} when absent. */
    <T> List<T> objects(String name, Function<JsonBody, T> item) {
        List<JsonValue> values = array(name);
        if (values == null) {
            return null;
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof JsonObject object) {
                items.add(item.apply(new JsonBody(object, fieldName(name) + "[" + i + "].", problems)));
            } else {
                problem(name + "[" + i + "]", "object");
            }
        }
        return items;
    }

    /** An array of ids, as numbers, numeric strings or objects with an {@code id} (WooCommerce's categories). */
    List<Long> ids(String name) {
        List<JsonValue> values = array(name);
        if (values == null) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            JsonValue value = values.get(i);
            JsonBody one = new JsonBody(Json.createObjectBuilder().add("id", value instanceof JsonObject object
                    && object.containsKey("id") ? object.get("id") : value).build(), fieldName(name) + "[" + i + "].",
                    problems);
            Long id = one.integer("id");
            if (id != null && id > 0) {
                ids.add(id);
            } else if (id != null || !one.has("id")) {
                problems.putIfAbsent(fieldName(name) + "[" + i + "]", fieldName(name) + "[" + i + "] is not a valid id.");
            }
        }
        return ids;
    }

    List<String> strings(String name) {
        List<JsonValue> values = array(name);
        if (values == null) {
            return null;
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            JsonValue value = values.get(i);
            if (value instanceof JsonString text) {
                strings.add(text.getString());
            } else if (value instanceof JsonNumber) {
                strings.add(value.toString());
            } else {
                problem(name + "[" + i + "]", "string");
            }
        }
        return strings;
    }

    /** Reports every problem collected by this body and those nested in it. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidParamException(problems);
        }
    }

    private List<JsonValue> array(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return value.asJsonArray();
        }
        return problem(name, "array");
    }

    private JsonValue value(String name) {
        JsonValue value = json.get(name);
        return value == null || value == JsonValue.NULL ? null : value;
    }

    private String fieldName(String name) {
        return prefix + name;
    }

    private <T> T problem(String name, String type) {
        problems.putIfAbsent(fieldName(name), fieldName(name) + " is not of type " + type + ".");
        return null;
    }
}
