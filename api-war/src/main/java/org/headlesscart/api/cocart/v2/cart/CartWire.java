package org.headlesscart.api.cocart.v2.cart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.json.stream.JsonGenerator;

/**
 * The JSON quirks of CoCart's cart output (contract §1.2, §4.1), written straight to a JSON-P generator: money as
 * minor-unit strings or major-unit numbers, numbers without a zero fraction ({@code 40}, not {@code 40.0}), plain
 * decimal strings, and PHP's {@code []} for an empty map. No {@code double} anywhere.
 */
final class CartWire {

    private CartWire() {
    }

    /** Minor units as CoCart's money string: {@code "2000"}. */
    static String minor(long minor) {
        return Long.toString(minor);
    }

    /** Minor units as a major-unit amount: 4000 at 2 decimals is 40, 4050 is 40.5. */
    static BigDecimal major(long minor, int minorUnit) {
        return BigDecimal.valueOf(minor).movePointLeft(minorUnit);
    }

    /** A decimal as PHP prints a float: no trailing zeros, no exponent. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * A JSON number as PHP 8 writes a float: integral values of up to 18 digits without a fraction or exponent;
     * anything larger in exponent form ({@code 1E+25}), as PHP writes large floats. Never expanded to all its digits:
     * a client's item data may hold {@code 1e9999999}, whose digits took ten seconds of CPU to write.
     */
    static void number(JsonGenerator json, String name, BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (isLong(stripped)) {
            json.write(name, stripped.longValueExact());
        } else {
            json.write(name, stripped);
        }
    }

    static void number(JsonGenerator json, BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (isLong(stripped)) {
            json.write(stripped.longValueExact());
        } else {
            json.write(stripped);
        }
    }

    private static boolean isLong(BigDecimal stripped) {
        return stripped.scale() <= 0 && (long) stripped.precision() - stripped.scale() <= 18;
    }

    /** A map of strings, or {@code []} when empty. */
    static void strings(JsonGenerator json, String name, Map<String, String> map) {
        if (map.isEmpty()) {
            json.writeStartArray(name).writeEnd();
            return;
        }
        json.writeStartObject(name);
        map.forEach(json::write);
        json.writeEnd();
    }

    /** Any value of custom item data or callback output: strings, numbers, booleans, lists, maps. */
    static void value(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof String text) {
            json.write(name, text);
        } else if (value instanceof Boolean bool) {
            json.write(name, bool);
        } else if (value instanceof BigDecimal number) {
            number(json, name, number);
        } else if (value instanceof Number number) {
            number(json, name, new BigDecimal(number.toString()));
        } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            json.writeStartObject(name);
            map.forEach((key, inner) -> value(json, String.valueOf(key), inner));
            json.writeEnd();
        } else if (value instanceof Map<?, ?> || value instanceof List<?>) {
            json.writeStartArray(name);
            if (value instanceof List<?> list) {
                list.forEach(inner -> value(json, inner));
            }
            json.writeEnd();
        } else {
            json.write(name, value.toString());
        }
    }

    static void value(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.write(text);
        } else if (value instanceof Boolean bool) {
            json.write(bool);
        } else if (value instanceof BigDecimal number) {
            number(json, number);
        } else if (value instanceof Number number) {
            number(json, new BigDecimal(number.toString()));
        } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            json.writeStartObject();
            map.forEach((key, inner) -> value(json, String.valueOf(key), inner));
            json.writeEnd();
        } else if (value instanceof Map<?, ?> || value instanceof List<?>) {
            json.writeStartArray();
            if (value instanceof List<?> list) {
                list.forEach(inner -> value(json, inner));
            }
            json.writeEnd();
        } else {
            json.write(value.toString());
        }
    }
}
