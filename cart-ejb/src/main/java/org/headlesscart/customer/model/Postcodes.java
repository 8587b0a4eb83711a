package org.headlesscart.customer.model;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Postcode formats of the countries we check closely, and WooCommerce's way of writing them
 * ({@code wc_format_postcode}): upper case, separators removed, then the country's own separator put back.
 */
public final class Postcodes {

    /** Canada Post never uses D, F, I, O, Q or U, nor W or Z as the first letter. */
    private static final String CA_FIRST = "[ABCEGHJ-NPRSTVXY]";
    private static final String CA_LETTER = "[ABCEGHJ-NPRSTV-Z]";

    /**
     * Royal Mail's formats A9, A99, AA9, AA99, A9A and AA9A, each followed by 9AA, with the letters each position
     * may hold; plus the Girobank code GIR 0AA. BFPO and overseas territories' codes are not accepted.
     */
    private static final String GB_OUTWARD =
            "[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][ABCDEFGHJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])";

    private static final Map<String, Pattern> FORMATS = Map.of(
            "US", Pattern.compile("[0-9]{5}(?:-[0-9]{4})?"),
            "CA", Pattern.compile(CA_FIRST + "[0-9]" + CA_LETTER + " [0-9]" + CA_LETTER + "[0-9]"),
            "GB", Pattern.compile(GB_OUTWARD + " [0-9][ABD-HJLNP-UW-Z]{2}|GIR 0AA"),
            "DE", Pattern.compile("[0-9]{5}"),
            "FR", Pattern.compile("[0-9]{5}"),
            "AU", Pattern.compile("[0-9]{4}"));

    /** Elsewhere: letters, digits, spaces and hyphens, as postcodes around the world are written. */
    private static final Pattern ANYWHERE = Pattern.compile("(?=.*[\\p{L}\\p{Nd}])[\\p{L}\\p{Nd} -]{1,20}");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Postcodes() {
    }

    /** The countries with a format of their own and its regular expression (checkout/config's patterns). */
    public static Map<String, String> patterns() {
        Map<String, String> patterns = new java.util.TreeMap<>();
        FORMATS.forEach((country, pattern) -> patterns.put(country, "^(?:" + pattern.pattern() + ")$"));
        return patterns;
    }

    public static boolean hasOwnFormat(String country) {
        return FORMATS.containsKey(country);
    }

    /** Whether an already {@link #normalize normalized} postcode fits the country's format. */
    public static boolean valid(String country, String normalized) {
        return FORMATS.getOrDefault(country, ANYWHERE).matcher(normalized).matches();
    }

    /**
     * WooCommerce's writing of a postcode: "k1a0b1" is "K1A 0B1" in Canada, "sw1a1aa" is "SW1A 1AA" in Britain,
     * "123456789" is "12345-6789" in the US. For countries without a format here the customer's separators stay
     * (only trimmed, upper-cased and single-spaced): WooCommerce strips them everywhere and puts them back for a
     * list of countries we do not model, and losing them would be worse than keeping them.
     */
    public static String normalize(String country, String postcode) {
        if (postcode == null) {
            return "";
        }
        String upper = postcode.strip().toUpperCase(Locale.ROOT);
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!hasOwnFormat(code)) {
            return WHITESPACE.matcher(upper).replaceAll(" ");
        }
        String bare = SEPARATORS.matcher(upper).replaceAll("");
        return switch (code) {
            case "CA", "GB" -> bare.length() > 3
                    ? bare.substring(0, bare.length() - 3) + " " + bare.substring(bare.length() - 3)
                    : bare;
            case "US" -> bare.length() > 5 ? bare.substring(0, 5) + "-" + bare.substring(5) : bare;
            default -> bare;
        };
    }
}
