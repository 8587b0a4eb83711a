package org.headlesscart.catalog.control.admin;

import java.math.BigDecimal;

import org.headlesscart.platform.numbers.Decimals;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads the text values of a draft the way WooCommerce REST v3 takes them: prices and measures as decimal strings,
 * dates as ISO 8601. Each reader reports a bad value to the problems and returns what the field keeps instead.
 */
final class DraftValues {

    /** What a {@code TEXT} column holds, in bytes. */
    static final int TEXT_BYTES = 65_535;
    /** What a {@code MEDIUMTEXT} column holds, in bytes. */
    static final int MEDIUMTEXT_BYTES = 16_777_215;
    /** The length of the attribute and term names and values ({@code VARCHAR(200)}). */
    static final int TERM_LENGTH = 200;

    private final FieldProblems problems;
    private final int currencyDecimals;
    private final ZoneId storeZone;

    DraftValues(FieldProblems problems, int currencyDecimals, ZoneId storeZone) {
        this.problems = problems;
        this.currencyDecimals = currencyDecimals;
        this.storeZone = storeZone;
    }

    /**
     * A price in minor units: {@code null} keeps {@code current}, empty clears. A price has at most the currency's
     * decimals (trailing zeros aside) and is not negative: rounding it silently would sell at a price nobody set.
     */
    Long price(String field, String value, Long current) {
        if (value == null) {
            return current;
        }
        if (value.isBlank()) {
            return null;
        }
        Decimals.Reading reading = Decimals.read(value.trim());
        try {
            BigDecimal major = reading.isNumber() ? reading.value().stripTrailingZeros() : null;
            if (major != null && major.signum() >= 0 && major.scale() <= currencyDecimals) {
                return major.movePointRight(currencyDecimals).longValueExact();
            }
        } catch (ArithmeticException e) {
            // more than a long of minor units: reported below
        }
        problems.add(field, field + " must be a non-negative amount with at most " + currencyDecimals + " decimals.");
        return current;
    }

    /** A weight or dimension: {@code null} keeps, empty clears, otherwise a non-negative decimal. */
    BigDecimal measure(String field, String value, BigDecimal current) {
        if (value == null) {
            return current;
        }
        if (value.isBlank()) {
            return null;
        }
        Decimals.Reading reading = Decimals.read(value.trim());
        BigDecimal measure = reading.isNumber() ? reading.value() : null;
        if (measure != null && measure.signum() >= 0 && measure.precision() - measure.scale() <= 8
                && measure.scale() <= 4) {
            return measure;
        }
        problems.add(field, field + " must be a non-negative number with at most 4 decimals.");
        return current;
    }

    /**
     * A sale date: the GMT value wins over the local one; {@code null} for both keeps {@code current}, empty clears.
     * A local date without zone is read in the store's zone.
     */
    Instant date(String field, String local, String gmt, Instant current) {
        String value = gmt != null ? gmt : local;
        if (value == null) {
            return current;
        }
        if (value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withoutZone) {
            try {
                LocalDateTime time = text.length() == 10 ? LocalDateTime.parse(text + "T00:00:00") : LocalDateTime.parse(text);
                return time.atZone(gmt != null ? ZoneId.of("UTC") : storeZone).toInstant();
            } catch (DateTimeException e) {
                problems.add(gmt != null ? field + "_gmt" : field, (gmt != null ? field + "_gmt" : field)
                        + " is not a valid date.");
                return current;
            }
        }
    }

    /** One of the allowed values; {@code null} keeps {@code current}. */
    String oneOf(String field, String value, List<String> allowed, String current) {
        if (value == null) {
            return current;
        }
        if (!allowed.contains(value)) {
            problems.add(field, field + " is not one of " + String.join(", ", allowed) + ".");
            return current;
        }
        return value;
    }

    /** A whole number of at least {@code min}; {@code null} keeps {@code current}. */
    Integer atLeast(String field, Integer value, int min, Integer current) {
        if (value == null) {
            return current;
        }
        if (value < min) {
            problems.add(field, field + " must be greater than or equal to " + min);
            return current;
        }
        return value;
    }

    /**
     * Text of at most {@code max} characters, as a {@code VARCHAR(max)} column counts them (code points, so an
     * emoji is one); {@code null} keeps {@code current}.
     */
    String text(String field, String value, int max, String current) {
        if (value == null) {
            return current;
        }
        if (!fits(value, max)) {
            problems.add(field, field + " must be at most " + max + " characters long.");
            return current;
        }
        return value;
    }

    /**
     * Text of at most {@code maxBytes} bytes in UTF-8, as a {@code TEXT} (65,535) or {@code MEDIUMTEXT} (16,777,215)
     * column of a utf8mb4 table counts them; {@code null} keeps {@code current}.
     */
    String longText(String field, String value, int maxBytes, String current) {
        if (value == null) {
            return current;
        }
        if (!fitsBytes(value, maxBytes)) {
            problems.add(field, field + " must be at most " + maxBytes + " bytes long in UTF-8.");
            return current;
        }
        return value;
    }

    /** Whether a text fits a {@code VARCHAR(max)} column of a utf8mb4 table. */
    static boolean fits(String text, int max) {
        return text.length() <= max || text.codePointCount(0, text.length()) <= max;
    }

    /** Whether a text fits {@code maxBytes} bytes of UTF-8, the measure of a {@code TEXT} column. */
    static boolean fitsBytes(String text, int maxBytes) {
        // At most 3 bytes per UTF-16 unit (a surrogate pair is 4 bytes for 2 units), so short texts need no count.
        return (long) text.length() * 3 <= maxBytes
                || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= maxBytes;
    }
}
