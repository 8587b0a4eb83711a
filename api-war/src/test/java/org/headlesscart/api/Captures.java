package org.headlesscart.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue.ValueType;

/**
 * Real CoCart 4.3.6 responses from the contract ({@code src/test/resources/captures}), and the "shape" of a
 * JSON object: its keys in order with their JSON types, recursively, which is what clients depend on.
 */
public final class Captures {

    private Captures() {
    }

    public static JsonObject object(String name) {
        return parse(read(name));
    }

    /** A capture whose body is a JSON array, as the taxonomy and review lists are. */
    public static JsonArray array(String name) {
        return parseArray(read(name));
    }

    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static JsonArray parseArray(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    private static String read(String name) {
        try (InputStream in = Captures.class.getResourceAsStream("/captures/" + name + ".json")) {
            if (in == null) {
                throw new AssertionError("no capture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static List<String> shape(JsonObject object) {
        List<String> shape = new ArrayList<>();
        object.forEach((key, value) -> {
            ValueType type = value.getValueType() == ValueType.FALSE ? ValueType.TRUE : value.getValueType();
            shape.add(key + ":" + type);
            if (type == ValueType.OBJECT) {
                shape(value.asJsonObject()).forEach(inner -> shape.add(key + "." + inner));
            }
        });
        return shape;
    }
}
