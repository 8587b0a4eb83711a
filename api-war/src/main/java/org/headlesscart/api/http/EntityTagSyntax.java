package org.headlesscart.api.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether an {@code If-Match} or {@code If-None-Match} value can be read at all (RFC 9110 §13.1.1-13.1.2):
 * {@code *} alone, or a comma list of at least one entity tag, {@code "x"} or {@code W/"x"}. Empty list elements
 * are skipped as the RFC's list rule says; a bare token ({@code abc123}) is taken as the tag it names, as lenient
 * clients send it. {@code ,,,,} (no tag at all), {@code W/} (a weak marker without a tag) and an unclosed quote
 * are not values anyone can compare, and are refused with 400 on every route.
 */
public final class EntityTagSyntax {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");
    private static final Pattern BARE = Pattern.compile("[\\x21\\x23-\\x2B\\x2D-\\x7E]+");

    private EntityTagSyntax() {
    }

    public static boolean isValid(String header) {
        String value = header.strip();
        if (value.equals("*")) {
            return true;
        }
        List<String> tags = elements(value);
        return value.chars().filter(c -> c == '"').count() % 2 == 0 && !tags.isEmpty()
                && tags.stream().allMatch(EntityTagSyntax::isTag);
    }

    /**
     * Whether {@code If-None-Match} names a representation with this opaque tag, by weak comparison (RFC 9110
     * §13.1.2: the opaque values alone): {@code *}, or one listed tag equal to it. False without the header.
     */
    public static boolean noneMatches(String header, String opaqueTag) {
        if (header == null || opaqueTag == null) {
            return false;
        }
        if (header.strip().equals("*")) {
            return true;
        }
        for (String element : elements(header)) {
            String tag = element.startsWith("W/") ? element.substring(2) : element;
            if (opaque(tag).equals(opaqueTag)) {
                return true;
            }
        }
        return false;
    }

    /** The non-empty elements of a list, as written; commas inside quotes do not split. */
    public static List<String> elements(String header) {
        List<String> elements = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i <= header.length(); i++) {
            if (i < header.length() && header.charAt(i) == '"') {
                quoted = !quoted;
            }
            if (i == header.length() || header.charAt(i) == ',' && !quoted) {
                String element = header.substring(start, i).strip();
                if (!element.isEmpty()) {
                    elements.add(element);
                }
                start = i + 1;
            }
        }
        return elements;
    }

    /** A tag's opaque value: without its quotes; a bare token as it is. */
    public static String opaque(String tag) {
        return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1)
                : tag;
    }

    private static boolean isTag(String element) {
        // "*" stands alone or not at all; a bare "W/..." is a weak marker whose tag lost its quotes.
        return TAG.matcher(element).matches()
                || BARE.matcher(element).matches() && !element.startsWith("W/") && !element.equals("*");
    }
}
