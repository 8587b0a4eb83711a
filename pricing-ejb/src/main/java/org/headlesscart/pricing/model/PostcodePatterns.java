package org.headlesscart.pricing.model;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * WooCommerce's postcode matcher, shared by tax rates and shipping zones ({@code wc_postcode_location_matcher}):
 * a pattern is an exact postcode, a prefix with {@code *} ({@code 9021*}, {@code SW1A*}, {@code *}), or a range
 * {@code min...max}. Postcodes and patterns are compared upper-case without spaces and dashes; a range whose bounds
 * are not both numbers compares WooCommerce's numeric forms (letters as 01-26, digits as 00-09), the bounds padded
 * with zeros to the postcode's length.
 */
public final class PostcodePatterns {

    private PostcodePatterns() {
    }

    /** Whether {@code postcode} matches {@code pattern}. */
    public static boolean matches(String pattern, String postcode) {
        String code = normalize(postcode);
        String against = normalize(pattern);
        int dots = against.indexOf("...");
        if (dots >= 0) {
            String min = against.substring(0, dots).trim();
            String max = against.substring(dots + 3).trim();
            if (max.contains("...")) {
                return false;
            }
            String compare = code;
            if (!numeric(min) || !numeric(max)) {
                compare = numericForm(code);
                min = padRight(numericForm(min), compare.length());
                max = padRight(numericForm(max), compare.length());
            }
            return compare(compare, min) >= 0 && compare(compare, max) <= 0;
        }
        return wildcards(code).contains(against);
    }

    /** Upper-case, without whitespace and dashes, as {@code wc_normalize_postcode}. */
    public static String normalize(String postcode) {
        return postcode == null ? "" : postcode.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
    }

    /** The postcode itself and each of its prefixes followed by {@code *}, down to {@code *}. */
    private static Set<String> wildcards(String code) {
        Set<String> forms = new HashSet<>();
        forms.add(code);
        forms.add(code + "*");
        for (int length = code.length() - 1; length >= 0; length--) {
            forms.add(code.substring(0, length) + "*");
        }
        return forms;
    }

    private static String numericForm(String code) {
        StringBuilder digits = new StringBuilder();
        for (char c : code.toCharArray()) {
            int value = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 1 : 0;
            digits.append(value < 10 ? "0" : "").append(value);
        }
        return digits.toString();
    }

    private static String padRight(String value, int length) {
        return value.length() >= length ? value : value + "0".repeat(length - value.length());
    }

    private static boolean numeric(String value) {
        return !value.isEmpty() && value.chars().allMatch(Character::isDigit);
    }

    /** PHP 8 compares two numeric strings as numbers, anything else as strings. */
    private static int compare(String a, String b) {
        if (numeric(a) && numeric(b)) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        return a.compareTo(b);
    }
}
