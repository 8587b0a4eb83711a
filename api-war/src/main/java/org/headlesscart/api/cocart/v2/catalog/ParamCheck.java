package org.headlesscart.api.cocart.v2.catalog;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.catalog.model.TermOperator;
import org.headlesscart.platform.numbers.Decimals;

/**
 * WordPress's checks of route arguments, shared by the catalog's parameter classes. Each check returns the value
 * (or a fallback) and notes what is wrong, so that {@link #throwIfAny()} reports every bad parameter at once as
 * {@code rest_invalid_param}, worded as WordPress words it.
 */
public final class ParamCheck {

    /** WordPress's {@code rest_parse_date}: ISO 8601 with an optional zone of {@code Z} or {@code ±hh[:mm]}. */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[Tt ](\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)(Z|z|[+-]\\d{2}(?::\\d{2})?)?");

    private static final long MAX_OFFSET = 1_000_000_000L;

    /** Far above any price a store sets, and far below what minor units in a {@code long} can hold. */
    static final BigDecimal LARGEST_PRICE = new BigDecimal("1000000000000");

    private final Map<String, String> problems = new LinkedHashMap<>();

    /** A whole number in [min, max]; absent is the fallback. */
    public int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.put(name, max == Integer.MAX_VALUE ? name + " must be greater than or equal to " + min
                : name + " must be between " + min + " (inclusive) and " + max + " (inclusive)");
        return fallback;
    }

    /** An optional id; WordPress's {@code absint} makes a negative one positive. Absent is null. */
    Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Math.abs(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            problems.put(name, name + " is not of type integer.");
            return null;
        }
    }

    /** {@code offset}: absent is 0; {@code absint} as above, capped far beyond any list so sums cannot overflow. */
    int offset(String value) {
        Long offset = id("offset", value);
        return offset == null ? 0 : (int) Math.min(offset, MAX_OFFSET);
    }

    public String oneOf(String name, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            problems.put(name, name + " is not one of " + String.join(", ", allowed) + ".");
            return null;
        }
        return value;
    }

    /** {@code order}: asc or desc in any case; absent is null. */
    String order(String value) {
        return oneOf("order", value == null ? null : value.toLowerCase(Locale.ROOT), List.of("asc", "desc"));
    }

    /** WordPress booleans: true/false, 1/0, yes/no. */
    public Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes": return true;
            case "false", "0", "no": return false;
            default:
                problems.put(name, name + " is not of type boolean.");
                return null;
        }
    }

    /**
     * A price filter in major units: a non-negative number up to {@link #LARGEST_PRICE}; absent is null. Judged on the
     * text first ({@link Decimals}): {@code 1e-9999999} once took seconds of CPU to round and {@code 1e9999999}
     * failed on its way to minor units.
     */
    BigDecimal price(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Decimals.Reading price = Decimals.read(value.trim());
        if (price.kind() == Decimals.Kind.TINY && !value.trim().startsWith("-")) {
            return BigDecimal.ZERO;
        }
        if (price.isNumber() && price.value().signum() >= 0 && price.value().compareTo(LARGEST_PRICE) <= 0) {
            return price.value();
        }
        problems.put(name, name + " is not a valid price.");
        return null;
    }

    /** {@code include=1,2} and {@code include[]=1&include[]=2} alike. */
    public List<Long> ids(String name, List<String> plain, List<String> array) {
        List<Long> ids = new ArrayList<>();
        for (String value : concat(plain, array)) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    ids.add(Long.parseLong(part.trim()));
                } catch (NumberFormatException e) {
                    problems.put(name, name + "[" + ids.size() + "] is not of type integer.");
                }
            }
        }
        return ids;
    }

    /** An int[] of values in [min, max]: {@code rating=4,5} and {@code rating[]=4&rating[]=5} alike. */
    List<Integer> ints(String name, List<String> plain, List<String> array, int min, int max) {
        List<Integer> values = new ArrayList<>();
        int index = 0;
        for (String value : concat(plain, array)) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                String item = name + "[" + index++ + "]";
                try {
                    int number = Integer.parseInt(part.trim());
                    if (number >= min && number <= max) {
                        values.add(number);
                    } else {
                        problems.put(name, item + " must be between " + min + " (inclusive) and " + max
                                + " (inclusive)");
                    }
                } catch (NumberFormatException e) {
                    problems.put(name, item + " is not of type integer.");
                }
            }
        }
        return values;
    }

    /**
     * A term operator: {@code in}, {@code not in} (CoCart 4.x), {@code not_in} (4.9, and WooCommerce's Store API)
     * or {@code and}; absent is {@code in}. Upstream 4.x treats {@code not in} as {@code in} by mistake; we exclude.
     */
    TermOperator operator(String name, String value) {
        return operator(name, name, value);
    }

    /** As {@link #operator(String, String)} for a value inside parameter {@code name}, such as an array item. */
    TermOperator operator(String name, String item, String value) {
        if (value == null || value.isBlank()) {
            return TermOperator.IN;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "in": return TermOperator.IN;
            case "not in", "not_in": return TermOperator.NOT_IN;
            case "and": return TermOperator.AND;
            default:
                problems.put(name, item + " is not one of in, not in, not_in, and.");
                return TermOperator.IN;
        }
    }

    /**
     * An ISO 8601 date-time; without a zone it is read as UTC, the zone the server works in (contract decision 5).
     * Absent is null.
     */
    public Instant date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher date = DATE.matcher(value.trim());
        try {
            if (date.matches()) {
                String offset = date.group(3);
                ZoneOffset zone = offset == null ? ZoneOffset.UTC : ZoneOffset.of(offset.toUpperCase(Locale.ROOT));
                return LocalDateTime.parse(date.group(1) + "T" + date.group(2)).toInstant(zone);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        problems.put(name, "Invalid date.");
        return null;
    }

    /** Notes a problem found by the caller's own rule. */
    public void problem(String name, String message) {
        problems.put(name, message);
    }

    /** @throws InvalidParamException naming every bad parameter, if there is one */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidParamException(problems);
        }
    }

    static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>();
        if (a != null) {
            all.addAll(a);
        }
        if (b != null) {
            all.addAll(b);
        }
        return all;
    }
}
