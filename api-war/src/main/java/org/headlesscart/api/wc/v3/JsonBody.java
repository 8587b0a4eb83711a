package org.headlesscart.api.wc.v3;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.http.StrictJson;
import org.headlesscart.platform.numbers.Decimals;

/**
 * A JSON request body read the way WordPress checks a REST route's arguments against its schema
 * ({@code rest_validate_value_from_schema}): absent and {@code null} are "not given"; a value of the wrong type is
 * a problem, worded as WordPress words it, and all problems are reported together as {@code rest_invalid_param}
 * by {@link #throwIfAny()}, keyed by the top-level argument and naming the value's path ({@code
 * dimensions[length] is not of type string.}). Types are WordPress's: a string is a JSON string only (a number is
 * not one); an integer may come as a numeric string ({@code "12"}, {@code "12.0"}); a boolean is {@code true},
 * {@code false}, {@code "true"}, {@code "false"}, {@code "1"}, {@code "0"}, {@code 1} or {@code 0}. Unknown
 * fields are never read, so they are ignored, as WordPress ignores them.
 */
public final class JsonBody {

    /** PHP's {@code is_numeric}: optional white space around a decimal or exponent number. */
    private static final Pattern NUMERIC = Pattern.compile("\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*");

    private final JsonObject json;
    /** The path of this object in the body ({@code images[0]}), {@code null} for the body itself. */
    private final String path;
    /** The top-level argument this object belongs to, by which WordPress reports problems. */
    private final String argument;
    private final Map<String, InvalidParamException.Problem> problems;

    private JsonBody(JsonObject json, String path, String argument, Map<String, InvalidParamException.Problem> problems) {
        this.json = json;
        this.path = path;
        this.argument = argument;
        this.problems = problems;
    }

    /**
     * @throws ProcessingException (400 {@code rest_invalid_json}) for text that is not a JSON object
     */
    public static JsonBody parse(String body) {
        if (body == null || body.isBlank()) {
            return new JsonBody(JsonValue.EMPTY_JSON_OBJECT, null, null, new LinkedHashMap<>());
        }
        try {
            if (!(StrictJson.read(body) instanceof JsonObject object)) {
                throw new ProcessingException(new JsonException("A request body must be a JSON object"));
            }
            return new JsonBody(object, null, null, new LinkedHashMap<>());
        } catch (JsonException e) {
            throw new ProcessingException(e);
        }
    }

    /** An object already read, e.g. one item of a batch, with problems of its own. */
    static JsonBody of(JsonObject object) {
        return new JsonBody(object, null, null, new LinkedHashMap<>());
    }

    /** The raw value, {@code null} when absent or {@code null}; for fields of more than one type. */
    JsonValue raw(String name) {
        return value(name);
    }

    /** Reports a problem WordPress's schema check finds, such as {@code rest_not_in_enum}, for a top-level field. */
    void report(String name, String code, String message) {
        problems.putIfAbsent(name, new InvalidParamException.Problem(code, message, name));
    }

    public boolean has(String name) {
        return json.containsKey(name) && json.get(name) != JsonValue.NULL;
    }

    public String string(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        return problem(name, "string");
    }

    public Long integer(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        Long integer = integerOf(value);
        return integer != null ? integer : problem(name, "integer");
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
            switch (text.getString().toLowerCase(Locale.ROOT)) {
                case "true", "1" -> { return true; }
                case "false", "0" -> { return false; }
                default -> { }
            }
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            BigInteger integer = number.bigIntegerValue();
            if (integer.equals(BigInteger.ZERO) || integer.equals(BigInteger.ONE)) {
                return integer.equals(BigInteger.ONE);
            }
        }
        return problem(name, "boolean");
    }

    /** A nested object, sharing this body's problems; {@code null} when absent. PHP reads {@code []} as one too. */
    JsonBody object(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return new JsonBody(object, at(name), argumentOf(name), problems);
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().isEmpty()) {
            return new JsonBody(JsonValue.EMPTY_JSON_OBJECT, at(name), argumentOf(name), problems);
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
            String element = at(name) + "[" + i + "]";
            if (values.get(i) instanceof JsonObject object) {
                items.add(item.apply(new JsonBody(object, element, argumentOf(name), problems)));
            } else {
                report(argumentOf(name), "rest_invalid_type", element, "object");
            }
        }
        return items;
    }

    /**
     * An array of ids: objects with an {@code id}, as WooCommerce's categories and tags, or, more leniently, the ids
     * themselves as numbers or numeric strings. {@code null} when absent.
     */
    List<Long> ids(String name) {
        List<JsonValue> values = array(name);
        if (values == null) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            JsonValue value = values.get(i);
            boolean wrapped = value instanceof JsonObject;
            JsonValue id = wrapped ? value.asJsonObject().getOrDefault("id", JsonValue.NULL) : value;
            String element = at(name) + "[" + i + "]" + (wrapped ? "[id]" : "");
            Long parsed = id == JsonValue.NULL ? null : integerOf(id);
            if (parsed == null) {
                report(argumentOf(name), "rest_invalid_type", element, "integer");
            } else if (parsed <= 0) {
                problems.putIfAbsent(argumentOf(name), new InvalidParamException.Problem(
                        InvalidParamException.GENERIC_CODE, element + " is not a valid id.", element));
            } else {
                ids.add(parsed);
            }
        }
        return ids;
    }

    /** An array of strings; {@code null} when absent. */
    List<String> strings(String name) {
        List<JsonValue> values = array(name);
        if (values == null) {
            return null;
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof JsonString text) {
                strings.add(text.getString());
            } else {
                report(argumentOf(name), "rest_invalid_type", at(name) + "[" + i + "]", "string");
            }
        }
        return strings;
    }

    /** Reports every problem collected by this body and those nested in it. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw InvalidParamException.of(problems);
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

    /** The path of a field of this object as WordPress writes it: {@code dimensions[length]}. */
    private String at(String name) {
        return path == null ? name : path + "[" + name + "]";
    }

    /** The top-level argument a field of this object belongs to. */
    private String argumentOf(String name) {
        return argument != null ? argument : name;
    }

    private <T> T problem(String name, String type) {
        report(argumentOf(name), "rest_invalid_type", at(name), type);
        return null;
    }

    /** WordPress keeps one problem per argument, the first one found. */
    private void report(String argument, String code, String path, String type) {
        problems.putIfAbsent(argument, new InvalidParamException.Problem(code, path + " is not of type " + type + ".",
                path));
    }

    /** WordPress's {@code rest_is_integer}: a number or numeric string with a whole value. */
    private static Long integerOf(JsonValue value) {
        String text;
        if (value instanceof JsonNumber number) {
            text = number.toString();
        } else if (value instanceof JsonString string && NUMERIC.matcher(string.getString()).matches()) {
            text = string.getString().trim();
        } else {
            return null;
        }
        // Judged on the text first: longValueExact of 1e9999999 would expand it to ten million digits.
        BigDecimal decimal = Decimals.read(text).value();
        try {
            return decimal != null && decimal.stripTrailingZeros().scale() <= 0 ? decimal.longValueExact() : null;
        } catch (ArithmeticException tooLarge) {
            return null;
        }
    }
}
