package org.headlesscart.api.cocart.v2.cart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.headlesscart.api.error.InvalidParamException;

/**
 * A batch's body as WordPress's batch route reads it (contract §12): {@code validation} ({@code normal}, the
 * default, or {@code require-all-validate}) and {@code requests}, at most {@value #MAX_REQUESTS}, each with
 * {@code method} ({@code POST} by default; {@code PUT}, {@code PATCH}, {@code DELETE}), {@code path} (required: the
 * route below {@code /wp-json} with an optional query), {@code body} (an object) and {@code headers} (names to a
 * string or a list of strings). A body that breaks these rules refuses the whole batch with 400
 * {@code rest_invalid_param}, worded as WordPress words it ("requests must contain at most 25 items."); a missing
 * {@code requests} is 400 {@code rest_missing_callback_param}.
 */
record BatchRequest(boolean requireAllValidate, List<BatchRequest.Sub> requests) {

    static final int MAX_REQUESTS = 25;
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    /**
     * One sub-request.
     *
     * @param route    the path without its query, e.g. {@code /cocart/v2/cart/add-item}
     * @param rawQuery the path's query, or null
     * @param headers  header names in lower case to their (first) value
     */
    record Sub(String method, String path, String route, String rawQuery, Map<String, Object> body,
            Map<String, String> headers) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The cart key the sub-request names itself: its {@code Cart-Key}, {@code CoCart-API-Cart-Key}, query. */
        String namedKey(CartParams params) {
            return RequestedCart.firstGiven(header("Cart-Key"), header("CoCart-API-Cart-Key"),
                    params.queryField("cart_key"));
        }
    }

    /** @throws InvalidParamException when the body breaks the batch route's schema; nothing is run then */
    static BatchRequest read(CartParams params) {
        params.require("requests");
        boolean all = switch (String.valueOf(params.value("validation") == null ? "normal"
                : params.value("validation"))) {
            case "normal" -> false;
            case "require-all-validate" -> true;
            default -> throw refused("validation", "validation is not one of require-all-validate and normal.");
        };
        if (!(params.value("requests") instanceof List<?> list)) {
            throw refused("requests", "requests is not of type array.");
        }
        if (list.size() > MAX_REQUESTS) {
            throw refused("requests", "requests must contain at most " + MAX_REQUESTS + " items.");
        }
        List<Sub> subs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            subs.add(sub(list.get(i), "requests[" + i + "]"));
        }
        return new BatchRequest(all, subs);
    }

    @SuppressWarnings("unchecked")
    private static Sub sub(Object item, String name) {
        if (!(item instanceof Map<?, ?> map)) {
            throw refused("requests", name + " is not of type object.");
        }
        Object method = map.get("method") == null ? "POST" : map.get("method");
        if (!(method instanceof String m) || !METHODS.contains(m)) {
            throw refused("requests", name + "[method] is not one of POST, PUT, PATCH, and DELETE.");
        }
        if (map.get("path") == null) {
            throw refused("requests", "path is a required property of " + name + ".");
        }
        if (!(map.get("path") instanceof String path)) {
            throw refused("requests", name + "[path] is not of type string.");
        }
        Object body = map.get("body");
        if (body instanceof List<?> l && l.isEmpty()) {
            body = Map.of();                        // PHP's empty array is an empty object too
        }
        if (body != null && !(body instanceof Map)) {
            throw refused("requests", name + "[body] is not of type object.");
        }
        int query = path.indexOf('?');
        return new Sub(m, path, query < 0 ? path : path.substring(0, query), query < 0 ? null
                : path.substring(query + 1), body == null ? Map.of() : (Map<String, Object>) body,
                headers(map.get("headers"), name));
    }

    private static Map<String, String> headers(Object value, String name) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (value == null || value instanceof List<?> l && l.isEmpty()) {
            return headers;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw refused("requests", name + "[headers] is not of type object.");
        }
        for (Map.Entry<?, ?> header : map.entrySet()) {
            Object v = header.getValue() instanceof List<?> list && !list.isEmpty() ? list.get(0) : header.getValue();
            if (!(v instanceof String text)) {
                throw refused("requests", name + "[headers][" + header.getKey() + "] is not of type string,array.");
            }
            headers.put(String.valueOf(header.getKey()).toLowerCase(Locale.ROOT), text);
        }
        return headers;
    }

    private static InvalidParamException refused(String param, String message) {
        return new InvalidParamException(Map.of(param, message));
    }

}
