package org.headlesscart.catalog.control.importing;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Slugs as WordPress makes them from names ({@code sanitize_title}): accents removed, lower case, white space,
 * dots and slashes become dashes, other punctuation disappears ("Men's V-Neck T-Shirt" gives
 * {@code mens-v-neck-t-shirt}). Letters of scripts without a Latin form are kept as they are; WordPress would
 * percent-encode them, which our UTF-8 columns do not need.
 */
public final class Slugs {

    /** Slug columns hold 200 characters; the rest leaves room for a {@code -NNN} suffix. */
    static final int MAX_LENGTH = 190;

    // Latin letters that Unicode does not decompose into a base letter and a mark.
    private static final Map<Integer, String> LIGATURES = Map.of(
            (int) 'ß', "ss", (int) 'æ', "ae", (int) 'œ', "oe", (int) 'ø', "o", (int) 'ł', "l",
            (int) 'đ', "d", (int) 'ð', "d", (int) 'þ', "th", (int) 'ı', "i");

    private Slugs() {
    }

    /** The slug of a name; empty when the name holds no letter or digit. */
    public static String of(String name) {
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> append(slug, c));
        String collapsed = slug.toString().replaceAll("-{2,}", "-");
        String trimmed = strip(collapsed);
        return strip(trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed);
    }

    /** The slug of a name, or the fallback when the name gives none (a name of punctuation only). */
    public static String of(String name, String fallback) {
        String slug = of(name);
        return slug.isEmpty() ? fallback : slug;
    }

    /**
     * The first of {@code base}, {@code base-2}, {@code base-3} … that is not taken, as WordPress numbers
     * duplicate slugs. Taken slugs compare ignoring case, as the database's unique keys do.
     */
    public static String firstFree(String base, Collection<String> taken) {
        Set<String> used = taken.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (!used.contains(base.toLowerCase(Locale.ROOT))) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!used.contains(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }

    private static void append(StringBuilder slug, int c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
            return;
        }
        if (LIGATURES.containsKey(c)) {
            slug.append(LIGATURES.get(c));
        } else if (Character.isLetterOrDigit(c) || c == '_') {
            slug.appendCodePoint(Character.toLowerCase(c));
        } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '.' || c == '/'
                || c == '\u2013' || c == '\u2014') {
            slug.append('-');
        }
        // Any other character (apostrophes, quotes, &, !, ?, #, …) is dropped, as WordPress drops it.
    }

    private static String strip(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
