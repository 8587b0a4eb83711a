package org.headlesscart.it;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * The committed OpenAPI document and the served one made comparable: without what differs per deployment (the
 * {@code servers}, which name the host and port), written with sorted keys and two-space indents so that the file
 * is the same whichever runtime wrote it and a change shows as a small diff.
 */
public final class OpenApiDocuments {

    private OpenApiDocuments() {
    }

    public static JsonObject comparable(JsonObject served) {
        return Json.createObjectBuilder(served).remove("servers").build();
    }

    public static JsonObject read(Path file) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    public static String write(JsonValue document) {
        StringBuilder out = new StringBuilder();
        write(document, "", out);
        return out.append('\n').toString();
    }

    /** Where two documents differ, as JSON Pointers with both values (a missing value shows as "(none)"). */
    public static List<String> differences(JsonValue committed, JsonValue served) {
        List<String> differences = new ArrayList<>();
        compare("", committed, served, differences);
        return differences;
    }

    private static void compare(String at, JsonValue a, JsonValue b, List<String> differences) {
        if (a != null && b != null && a.getValueType() == JsonValue.ValueType.OBJECT
                && b.getValueType() == JsonValue.ValueType.OBJECT) {
            TreeSet<String> keys = new TreeSet<>(a.asJsonObject().keySet());
            keys.addAll(b.asJsonObject().keySet());
            for (String key : keys) {
                compare(at + "/" + key.replace("~", "~0").replace("/", "~1"), a.asJsonObject().get(key),
                        b.asJsonObject().get(key), differences);
            }
        } else if (a != null && b != null && a.getValueType() == JsonValue.ValueType.ARRAY
                && b.getValueType() == JsonValue.ValueType.ARRAY && a.asJsonArray().size() == b.asJsonArray().size()) {
            for (int i = 0; i < a.asJsonArray().size(); i++) {
                compare(at + "/" + i, a.asJsonArray().get(i), b.asJsonArray().get(i), differences);
            }
        } else if (a == null || !a.equals(b)) {
            differences.add(at + ": " + shorten(a) + " | " + shorten(b));
        }
    }

    private static String shorten(JsonValue value) {
        String text = value == null ? "(none)" : value.toString();
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }

    private static void write(JsonValue value, String indent, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                if (object.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append("{\n");
                List<String> keys = new ArrayList<>(new TreeSet<>(object.keySet()));
                for (int i = 0; i < keys.size(); i++) {
                    out.append(indent).append("  ").append(Json.createValue(keys.get(i))).append(": ");
                    write(object.get(keys.get(i)), indent + "  ", out);
                    out.append(i < keys.size() - 1 ? ",\n" : "\n");
                }
                out.append(indent).append('}');
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                if (array.isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append("[\n");
                for (int i = 0; i < array.size(); i++) {
                    out.append(indent).append("  ");
                    write(array.get(i), indent + "  ", out);
                    out.append(i < array.size() - 1 ? ",\n" : "\n");
                }
                out.append(indent).append(']');
            }
            default -> out.append(value);
        }
    }
}
