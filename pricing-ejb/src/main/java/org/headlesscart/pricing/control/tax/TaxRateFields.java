package org.headlesscart.pricing.control.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.headlesscart.pricing.entity.TaxRateRow;
import org.headlesscart.pricing.model.TaxRateDraft;

/**
 * Cleans a tax rate draft as WooCommerce's {@code WC_Tax::_insert_tax_rate} and its location helpers do (upper
 * case, {@code *} means any, the rate kept to four decimals) and refuses what the table cannot hold: WooCommerce
 * stores whatever it is sent, which would make a rate that never matches or a number PHP silently reads as 0.
 */
public final class TaxRateFields {

    /** The table's {@code DECIMAL(9,4)}; no real rate comes near it. */
    static final BigDecimal MAX_RATE = new BigDecimal("99999.9999");
    static final int MAX_TEXT = 200;
    /** Postcodes or cities of one rate: enough for a ZIP list, small enough to keep one row cheap to load. */
    static final int MAX_CODES = 1000;

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    /** WooCommerce's admin turns the typographic ellipsis into a range marker. */
    private static final String ELLIPSIS = "\u2026";

    private final Map<String, String> problems = new LinkedHashMap<>();

    /**
     * Applies the fields sent to {@code row}.
     *
     * @param classes the slugs a rate may have: {@code ""} and the stored classes'
     * @return the problems found, keyed by field; when not empty the row may be half changed and must be dropped
     */
    public static Map<String, String> apply(TaxRateDraft draft, TaxRateRow row, List<String> classes) {
        TaxRateFields fields = new TaxRateFields();
        fields.applyTo(draft, row, classes);
        return fields.problems;
    }

    private void applyTo(TaxRateDraft draft, TaxRateRow row, List<String> classes) {
        if (draft.country() != null) {
            String country = any(draft.country());
            if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
                problems.put("country", "country is not a two-letter country code.");
            }
            row.setCountry(country);
        }
        if (draft.state() != null) {
            row.setState(text("state", any(draft.state())));
        }
        if (draft.rate() != null) {
            row.setRate(rate(draft.rate()));
        }
        if (draft.name() != null) {
            row.setName(text("name", draft.name().trim()));
        }
        if (draft.priority() != null) {
            row.setPriority(notNegative("priority", draft.priority()));
        }
        if (draft.compound() != null) {
            row.setCompound(draft.compound());
        }
        if (draft.shipping() != null) {
            row.setShipping(draft.shipping());
        }
        if (draft.order() != null) {
            row.setOrder(notNegative("order", draft.order()));
        }
        if (draft.taxClass() != null) {
            String slug = classSlug(draft.taxClass());
            if (!classes.contains(slug)) {
                problems.put("class", "class is not one of standard" + (classes.size() > 1 ? ", " : "")
                        + String.join(", ", classes.subList(1, classes.size())) + ".");
            }
            row.setTaxClass(slug);
        }
        if (draft.postcodes() != null) {
            row.replaceCodes(TaxRateRow.POSTCODE, codes("postcodes", draft.postcodes()));
        }
        if (draft.cities() != null) {
            row.replaceCodes(TaxRateRow.CITY, codes("cities", draft.cities()));
        }
    }

    /** The stored slug of a class as the API names it: {@code standard} is the standard class {@code ""}. */
    public static String classSlug(String name) {
        String slug = name.trim().toLowerCase(Locale.ROOT);
        return "standard".equals(slug) ? "" : slug;
    }

    /**
     * Postcode patterns or cities as WooCommerce stores them: trimmed, upper case, {@code *} and blanks dropped,
     * duplicates once, in the order given.
     */
    static List<String> normalizedCodes(List<String> given) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (String code : given) {
            String clean = code == null ? "" : code.replace(ELLIPSIS, "...").trim().toUpperCase(Locale.ROOT);
            if (!clean.isEmpty() && !"*".equals(clean)) {
                codes.add(clean);
            }
        }
        return new ArrayList<>(codes);
    }

    private List<String> codes(String field, List<String> given) {
        List<String> codes = normalizedCodes(given);
        if (codes.size() > MAX_CODES) {
            problems.put(field, field + " must contain at most " + MAX_CODES + " items.");
            return List.of();
        }
        if (codes.stream().anyMatch(code -> code.length() > MAX_TEXT)) {
            problems.put(field, field + " items must be at most " + MAX_TEXT + " characters long.");
            return List.of();
        }
        return codes;
    }

    private BigDecimal rate(BigDecimal rate) {
        BigDecimal rounded = rate.setScale(4, RoundingMode.HALF_UP);
        if (rounded.signum() < 0 || rounded.compareTo(MAX_RATE) > 0) {
            problems.put("rate", "rate must be between 0 and " + MAX_RATE.toPlainString() + ".");
            return BigDecimal.ZERO.setScale(4);
        }
        return rounded;
    }

    private String text(String field, String value) {
        if (value.length() > MAX_TEXT) {
            problems.put(field, field + " must be at most " + MAX_TEXT + " characters long.");
            return value.substring(0, MAX_TEXT);
        }
        return value;
    }

    private int notNegative(String field, int value) {
        if (value < 0) {
            problems.put(field, field + " must be greater than or equal to 0");
            return 0;
        }
        return value;
    }

    /** Upper case, with WooCommerce's {@code *} for "any" stored as blank. */
    private static String any(String value) {
        String clean = value.trim().toUpperCase(Locale.ROOT);
        return "*".equals(clean) ? "" : clean;
    }
}
