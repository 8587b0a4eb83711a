package org.headlesscart.api.cocart.v2.checkout;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonException;
import jakarta.ws.rs.ProcessingException;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.MissingParamException;
import org.headlesscart.api.http.StrictJson;
import org.headlesscart.platform.numbers.Decimals;

/**
 * The body of {@code POST order-received/{order_id}/pay} (COCART-PLUS §1.3): {@code payment_method} (required) and
 * {@code payment_data}, as the Store API sends it ({@code [{key, value}]}, values strings, booleans or numbers) or as
 * an object of key → value. Bounded, since it goes to a gateway as it is: at most {@value #MAX_DATA_ENTRIES}
 * entries, keys up to {@value #MAX_KEY_LENGTH} characters, values up to {@value #MAX_VALUE_LENGTH}.
 *
 * @param orderKey the body's {@code order_key}, used when the query has none; null when absent
 */
record PayRequest(String paymentMethod, Map<String, String> paymentData, String orderKey) {

    static final int MAX_METHOD_LENGTH = 64;
    static final int MAX_DATA_ENTRIES = 32;
    static final int MAX_KEY_LENGTH = 64;
    static final int MAX_VALUE_LENGTH = 2048;

    /**
     * @throws ProcessingException   (400 {@code rest_invalid_json}) for a body that is not a JSON object
     * @throws MissingParamException without a {@code payment_method}
     * @throws InvalidParamException for a value of the wrong type or beyond the bounds
     */
    static PayRequest fromJson(String body) {
        Map<String, Object> json;
        try {
            json = body == null || body.isBlank() ? Map.of() : StrictJson.object(body);
        } catch (JsonException e) {
            throw new ProcessingException(e);
        }
        Object method = json.get("payment_method");
        if (method == null) {
            throw new MissingParamException(List.of("payment_method"));
        }
        if (!(method instanceof String text) || text.length() > MAX_METHOD_LENGTH) {
            throw invalid("payment_method", "payment_method is not a payment method id of at most "
                    + MAX_METHOD_LENGTH + " characters.");
        }
        Object key = json.get("order_key");
        return new PayRequest(text.trim(), data(json.get("payment_data")), key instanceof String s ? s : null);
    }

    private static Map<String, String> data(Object given) {
        Map<String, String> data = new LinkedHashMap<>();
        if (given instanceof List<?> entries) {
            for (Object entry : entries) {
                if (!(entry instanceof Map<?, ?> pair) || !(pair.get("key") instanceof String key)) {
                    throw invalid("payment_data", "payment_data is a list of {key, value} objects.");
                }
                put(data, key, pair.get("value"));
            }
        } else if (given instanceof Map<?, ?> object) {
            object.forEach((key, value) -> put(data, (String) key, value));
        } else if (given != null) {
            throw invalid("payment_data", "payment_data is a list of {key, value} objects.");
        }
        return data;
    }

    private static void put(Map<String, String> data, String key, Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof String s) {
            text = s;
        } else if (value instanceof Boolean b) {
            text = b.toString();
        } else if (value instanceof BigDecimal n) {
            text = Decimals.text(n);            // toPlainString of 1e-9999999 would be ten million characters
        } else {
            throw invalid("payment_data", "A payment_data value is a string, a boolean or a number.");
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || text.length() > MAX_VALUE_LENGTH) {
            throw invalid("payment_data", "payment_data keys are 1 to " + MAX_KEY_LENGTH + " characters, values "
                    + "at most " + MAX_VALUE_LENGTH + ".");
        }
        data.put(key, text);
        if (data.size() > MAX_DATA_ENTRIES) {
            throw invalid("payment_data", "payment_data has at most " + MAX_DATA_ENTRIES + " entries.");
        }
    }

    private static InvalidParamException invalid(String param, String message) {
        return new InvalidParamException(Map.of(param, message));
    }
}
