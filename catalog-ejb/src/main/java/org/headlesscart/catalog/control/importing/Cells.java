package org.headlesscart.catalog.control.importing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the text of single cells the way WooCommerce writes them. Each method takes the stripped cell text
 * and throws {@link IllegalArgumentException} with a short message naming the bad value; the caller prefixes the
 * column. Empty cells give null or an empty list unless a method says otherwise.
 */
final class Cells {

    private static final Pattern UNSIGNED_DECIMAL = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");
    // WooCommerce writes 'Y-m-d G:i:s' (hour without a leading zero); people write 'T' or leave the time out.
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd[ H:mm[:ss]]").withResolverStyle(ResolverStyle.STRICT);
    private static final String BOOLEANS = "1, 0, yes, no, true or false";

    private Cells() {
    }

    /**
     * Undoes the exporter's guard against spreadsheet formulas: it puts a {@code '} before a value that starts
     * with = + - @ (newer versions also tab and CR), so a stock of -2 arrives as {@code '-2}.
     */
    static String unguardFormula(String raw) {
        if (raw.length() > 1 && raw.charAt(0) == '\'' && "=+-@\t\r".indexOf(raw.charAt(1)) >= 0) {
            return raw.substring(1);
        }
        return raw;
    }

    /** The exporter writes line breaks in descriptions as the two characters {@code \n}, and {@code \n} as {@code \\n}. */
    static String multiline(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            if (raw.startsWith("\\\\n", i)) {
                text.append("\\n");
                i += 2;
            } else if (raw.startsWith("\\n", i)) {
                text.append('\n');
                i++;
            } else {
                text.append(raw.charAt(i));
            }
        }
        return text.toString();
    }

    static boolean bool(String cell, boolean ifEmpty) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "" -> ifEmpty;
            case "1", "yes", "true" -> true;
            case "0", "no", "false" -> false;
            default -> throw new IllegalArgumentException(quoted(cell) + " is not " + BOOLEANS);
        };
    }

    static Integer wholeNumber(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(cell).matches()) {
            throw new IllegalArgumentException(quoted(cell) + " is not a whole number");
        }
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException overflow) {
            throw new IllegalArgumentException(quoted(cell) + " is too large");
        }
    }

    static Long productId(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            long id = Long.parseLong(cell);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the same message as a zero or negative id
        }
        throw new IllegalArgumentException(quoted(cell) + " is not a product id");
    }

    /** A non-negative decimal as written: {@code .5} gives 0.5, {@code 2.50} keeps its scale. */
    static BigDecimal decimal(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        if (!UNSIGNED_DECIMAL.matcher(cell).matches()) {
            throw new IllegalArgumentException(quoted(cell) + (cell.startsWith("-") ? " is negative" : " is not a number"));
        }
        return new BigDecimal(cell);
    }

    /** An amount in minor units of a currency with {@code decimals} decimals; never rounds. */
    static Long minorUnits(String cell, int decimals) {
        BigDecimal amount = decimal(cell);
        if (amount == null) {
            return null;
        }
        try {
            return amount.movePointRight(decimals).stripTrailingZeros().longValueExact();
        } catch (ArithmeticException fractionOrOverflow) {
            String problem = amount.stripTrailingZeros().scale() > decimals
                    ? " has more than " + decimals + " decimals"
                    : " is too large";
            throw new IllegalArgumentException(quoted(cell) + problem);
        }
    }

    /** A date, with an optional time, read in the store's time zone; a date alone means its first instant. */
    static Instant instant(String cell, ZoneId zone) {
        if (cell.isEmpty()) {
            return null;
        }
        String text = cell.length() > 10 && cell.charAt(10) == 'T' ? cell.substring(0, 10) + ' ' + cell.substring(11) : cell;
        try {
            TemporalAccessor parsed = DATE_TIME.parseBest(text, LocalDateTime::from, LocalDate::from);
            LocalDateTime local = parsed instanceof LocalDate date ? date.atStartOfDay() : (LocalDateTime) parsed;
            return local.atZone(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            throw new IllegalArgumentException(quoted(cell) + " is not a date like 2024-01-31 or 2024-01-31 13:00:00");
        }
    }

    /**
     * Splits a list cell as WooCommerce does: on commas, except those escaped as {@code \,}; each item is stripped
     * and unescaped, and empty items are dropped.
     */
    static List<String> list(String cell) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && cell.charAt(i + 1) == ',') {
                item.append(',');
                i++;
            } else if (c == ',') {
                addStripped(items, item);
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        addStripped(items, item);
        return List.copyOf(items);
    }

    /** {@code Clothing > Tshirts, Decor} gives [[Clothing, Tshirts], [Decor]]. */
    static List<List<String>> categoryPaths(String cell) {
        List<List<String>> paths = new ArrayList<>();
        for (String path : list(cell)) {
            List<String> names = new ArrayList<>();
            for (String name : path.split(">")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            if (!names.isEmpty()) {
                paths.add(List.copyOf(names));
            }
        }
        return List.copyOf(paths);
    }

    /** A single value that WooCommerce still escapes as if in a list, such as a variation's attribute value. */
    static String unescapeCommas(String cell) {
        return cell.replace("\\,", ",").strip();
    }

    static String quoted(String cell) {
        return "'" + cell + "'";
    }

    private static void addStripped(List<String> items, StringBuilder item) {
        String stripped = item.toString().strip();
        if (!stripped.isEmpty()) {
            items.add(stripped);
        }
    }
}
