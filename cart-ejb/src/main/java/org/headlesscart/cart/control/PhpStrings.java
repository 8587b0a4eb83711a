package org.headlesscart.cart.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How PHP turns values into text, as far as WooCommerce's cart item key depends on it: string conversion of
 * scalars, {@code trim} and {@code http_build_query}. Written from PHP's documented behaviour, so that keys made
 * here equal the keys a WooCommerce store made for the same item.
 */
final class PhpStrings {

    /** PHP's default {@code precision} ini setting, used when a float becomes a string. */
    private static final int PRECISION = 14;

    private PhpStrings() {
    }

    /**
     * {@code (string) $value}: true is "1", false and null are "", integers print plainly, floats with 14
     * significant digits and no trailing zeros (2.0 is "2"). A JSON number with a fraction or an exponent is a PHP
     * float; one without is an int, which is why a {@link BigDecimal}'s scale decides the path.
     */
    static String of(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return "";
        }
        if (Boolean.TRUE.equals(value)) {
            return "1";
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? big.toString() : ofDouble(big.doubleValue());
        }
        if (value instanceof BigDecimal decimal) {
            if (decimal.scale() <= 0 && decimal.precision() - decimal.scale() <= 18) {
                return decimal.toBigIntegerExact().toString();
            }
            return ofDouble(decimal.doubleValue());
        }
        if (value instanceof Float || value instanceof Double) {
            return ofDouble(((Number) value).doubleValue());
        }
        return value.toString();
    }

    /**
     * PHP 8's float to string with precision 14: "%.14G" plus PHP's ".0" in a bare exponent mantissa. The exact
     * binary value is rounded half-even, as the correctly rounding dtoa behind PHP does on a true tie.
     */
    static String ofDouble(double d) {
        if (Double.isNaN(d)) {
            return "NAN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "INF" : "-INF";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(d).round(new MathContext(PRECISION, RoundingMode.HALF_EVEN));
        BigDecimal stripped = rounded.stripTrailingZeros();
        int exponent = stripped.precision() - stripped.scale() - 1;
        if (exponent < -4 || exponent >= PRECISION) {
            String digits = stripped.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits + ".0" : digits.charAt(0) + "." + digits.substring(1);
            return (d < 0 ? "-" : "") + mantissa + "E" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
        }
        return stripped.toPlainString();
    }

    /** PHP's {@code trim()} without a character list: spaces, tabs, newlines, carriage returns, NUL and VT. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPhpBlank(s.charAt(start))) {
            start++;
        }
        while (end > start && isPhpBlank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isPhpBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
    }

    /**
     * {@code http_build_query($value)} with its defaults: "&" between pairs, RFC 1738 encoding, nested keys as
     * {@code key[sub]} with the brackets encoded, null members left out, booleans as "1"/"0".
     */
    static String httpBuildQuery(Object arrayOrObject) {
        StringBuilder out = new StringBuilder();
        appendMembers(out, null, arrayOrObject);
        return out.toString();
    }

    private static void appendMembers(StringBuilder out, String prefix, Object container) {
        if (container instanceof Map<?, ?> map) {
            map.forEach((k, v) -> append(out, prefix, PhpStrings.of(k), v));
        } else if (container instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                append(out, prefix, Integer.toString(i), list.get(i));
            }
        }
    }

    private static void append(StringBuilder out, String prefix, String key, Object value) {
        if (value == null) {
            return;
        }
        String name = prefix == null ? urlencode(key) : prefix + "%5B" + urlencode(key) + "%5D";
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            appendMembers(out, name, value);
            return;
        }
        if (out.length() > 0) {
            out.append('&');
        }
        // Here, unlike in a string conversion, false counts as the integer 0.
        String text = Boolean.FALSE.equals(value) ? "0" : PhpStrings.of(value);
        out.append(name).append('=').append(urlencode(text));
    }

    /** PHP's {@code urlencode}: letters, digits and "-_." stay, a space becomes "+", all else is %XX of UTF-8. */
    static String urlencode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.') {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
