package org.headlesscart.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.headlesscart.api.error.InvalidParamException;

/**
 * WordPress's {@code _fields} global parameter ({@code rest_filter_response_fields}): a list of names, separated by
 * commas or white space, each a key of the answer or a dotted path into it ({@code totals.total}). Only those keys
 * are kept, in the answer's own order; a list answer is filtered item by item. As in WordPress, which filters PHP
 * arrays by key:
 * <ul>
 * <li>a name the answer lacks yields nothing, and an object left without keys is PHP's empty array {@code []};</li>
 * <li>a path that goes on below a value that is not an object or list keeps that value whole;</li>
 * <li>a path into a list names its positions, not its items' fields: {@code items.name} leaves {@code items: []},
 * {@code items.0.name} keeps the first item's name. Kept positions that do not start at 0 come out as an object
 * keyed by position, as PHP's {@code json_encode} writes such an array.</li>
 * </ul>
 * A parent named whole wins over its sub-paths, in any order. (WordPress also stops reading the list at the first
 * sub-path of a parent already named whole, a {@code break 2} that drops every later name; we drop only that
 * sub-path.) Scalars, and scalar items of a list, are kept as they are: PHP fails on them.
 *
 * <p>Unlike WordPress, the list is bounded ({@value #MAX_NAMES} names, {@value #MAX_DEPTH} levels each), so a
 * hostile list costs little before it is refused; no answer of this API is nearly that wide or deep.
 */
public final class ResponseFields {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The most names one request may give. */
    public static final int MAX_NAMES = 100;
    /** The most levels one dotted name may go down ({@code items.0.quantity.value} is 4). */
    public static final int MAX_DEPTH = 10;
    static final String PARAMETER = "_fields";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    private static final Boolean WHOLE = Boolean.TRUE;

    /** Name to {@link #WHOLE} or to the map of its own chosen names. */
    private final Map<String, Object> chosen;

    private ResponseFields(Map<String, Object> chosen) {
        this.chosen = chosen;
    }

    /**
     * The fields named by the values of {@code _fields} (and {@code _fields[]}), or null when they name none
     * ({@code _fields=} and {@code _fields=,} filter nothing, as in WordPress).
     *
     * @throws InvalidParamException (400 {@code rest_invalid_param}) for more than {@value #MAX_NAMES} names or a
     *     name more than {@value #MAX_DEPTH} levels deep
     */
    public static ResponseFields parse(List<String> values) {
        List<String> names = new ArrayList<>();
        for (String value : values) {
            for (String name : SEPARATORS.split(value)) {
                if (!name.isEmpty()) {
                    names.add(name);
                    if (names.size() > MAX_NAMES) {
                        throw refused();
                    }
                }
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        Map<String, Object> chosen = new LinkedHashMap<>();
        for (String name : names) {
            String[] path = name.split("\\.", MAX_DEPTH + 1);
            if (path.length > MAX_DEPTH) {
                throw refused();
            }
            choose(chosen, path);
        }
        return new ResponseFields(chosen);
    }

    private static InvalidParamException refused() {
        return new InvalidParamException(Map.of(PARAMETER, PARAMETER + " must name at most " + MAX_NAMES
                + " fields, each at most " + MAX_DEPTH + " levels deep."));
    }

    @SuppressWarnings("unchecked")
    private static void choose(Map<String, Object> chosen, String[] path) {
        Map<String, Object> level = chosen;
        for (int i = 0; i < path.length - 1; i++) {
            Object below = level.get(path[i]);
            if (below == WHOLE) {
                return;                         // the parent is already kept whole
            }
            if (below == null) {
                below = new LinkedHashMap<String, Object>();
                level.put(path[i], below);
            }
            level = (Map<String, Object>) below;
        }
        level.put(path[path.length - 1], WHOLE);
    }

    /** The answer with only the chosen fields: each item of a list, else the object itself. */
    public JsonValue apply(JsonValue answer) {
        if (answer instanceof JsonArray list) {
            JsonArrayBuilder items = JSON.createArrayBuilder();
            for (JsonValue item : list) {
                items.add(item instanceof JsonObject || item instanceof JsonArray ? keep(item, chosen) : item);
            }
            return items.build();
        }
        return answer instanceof JsonObject ? keep(answer, chosen) : answer;
    }

    private static JsonValue keep(JsonValue value, Map<String, Object> names) {
        Map<String, JsonValue> kept = new LinkedHashMap<>();
        if (value instanceof JsonObject object) {
            object.forEach((key, child) -> keepChild(kept, key, child, names));
        } else {
            JsonArray array = (JsonArray) value;
            for (int i = 0; i < array.size(); i++) {
                keepChild(kept, Integer.toString(i), array.get(i), names);
            }
        }
        if (kept.isEmpty() || value instanceof JsonArray && isPrefix(kept.keySet())) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            kept.values().forEach(array::add);
            return array.build();           // PHP's [] for an emptied object, and a list kept from its start
        }
        JsonObjectBuilder object = JSON.createObjectBuilder();
        kept.forEach(object::add);
        return object.build();
    }

    @SuppressWarnings("unchecked")
    private static void keepChild(Map<String, JsonValue> kept, String key, JsonValue child, Map<String, Object> names) {
        Object below = names.get(key);
        if (below == null) {
            return;
        }
        boolean nested = below instanceof Map && (child instanceof JsonObject || child instanceof JsonArray);
        kept.put(key, nested ? keep(child, (Map<String, Object>) below) : child);
    }

    /** Whether positions 0, 1, ... n-1 were kept, in that order: PHP then writes a list. */
    private static boolean isPrefix(Iterable<String> positions) {
        int expected = 0;
        for (String position : positions) {
            if (!position.equals(Integer.toString(expected++))) {
                return false;
            }
        }
        return true;
    }
}
