package org.headlesscart.platform.numbers;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way a number from a client becomes a {@link BigDecimal}, in every module: its size is judged on the text,
 * before {@code BigDecimal} sees it. A short text can stand for a number no arithmetic should touch: rounding
 * {@code 1e-9999999} to four decimals, or converting {@code 1e9999999} to minor units, builds a power of ten with
 * millions of digits and burns seconds of CPU; a megabyte of digits costs the parser quadratic time. So a number is
 * <em>within bounds</em> when it has at most {@value #MAX_DIGITS} significant digits and its leading digit lies
 * between 10<sup>-{@value #MAX_EXPONENT}</sup> and 10<sup>{@value #MAX_EXPONENT}</sup> (zero always is), far beyond
 * any price, quantity, id or measure; callers check their own narrower ranges on the parsed value.
 */
public final class Decimals {

    /** Significant digits a client number may have. */
    public static final int MAX_DIGITS = 40;

    /** The largest power of ten, up or down, a client number's leading digit may have. */
    public static final int MAX_EXPONENT = 40;

    /** PHP's {@code is_numeric} without its leading blanks and hex: sign, digits, fraction, exponent. */
    private static final Pattern DECIMAL = Pattern.compile("([+-]?)(\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE]([+-]?\\d+))?");

    private Decimals() {
    }

    /** What a text holds, as far as a number goes. */
    public enum Kind {
        /** Not a decimal number at all. */
        NOT_A_NUMBER,
        /** A non-zero number smaller than 10<sup>-{@value #MAX_EXPONENT}</sup>: zero for every purpose here. */
        TINY,
        /** A number beyond 10<sup>{@value #MAX_EXPONENT}</sup> or with more than {@value #MAX_DIGITS} digits. */
        HUGE,
        /** A number within bounds: {@link Reading#value()} holds it. */
        NUMBER
    }

    /** A text read as a number: its kind, and its value when it is a {@link Kind#NUMBER}. */
    public record Reading(Kind kind, BigDecimal value) {

        public boolean isNumber() {
            return kind == Kind.NUMBER;
        }
    }

    /**
     * Reads decimal text ({@code 12}, {@code -0.5}, {@code .5}, {@code 1e3}) without leading or trailing blanks. The
     * work is linear in the text and bounded: only a number within bounds is handed to {@code BigDecimal}, and zero
     * comes back as {@link BigDecimal#ZERO} whatever its written scale ({@code 0e-9999999}).
     */
    public static Reading read(String text) {
        Matcher parts = text == null ? null : DECIMAL.matcher(text);
        if (parts == null || !parts.matches()) {
            return new Reading(Kind.NOT_A_NUMBER, null);
        }
        String mantissa = parts.group(2);
        int point = mantissa.indexOf('.');
        int integerDigits = point < 0 ? mantissa.length() : point;
        int first = -1;
        int last = -1;
        for (int i = 0; i < mantissa.length(); i++) {
            char c = mantissa.charAt(i);
            if (c >= '1' && c <= '9') {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return new Reading(Kind.NUMBER, BigDecimal.ZERO);
        }
        // The power of ten of the leading digit: "123" is 2, "0.05" is -2, then shifted by the exponent.
        long leading = first < integerDigits ? integerDigits - first - 1 : integerDigits - first;
        leading += exponent(parts.group(3));
        int significant = last - first + 1 - (first < integerDigits && last > integerDigits ? 1 : 0);
        if (leading > MAX_EXPONENT || significant > MAX_DIGITS) {
            return new Reading(Kind.HUGE, null);
        }
        if (leading < -MAX_EXPONENT) {
            return new Reading(Kind.TINY, null);
        }
        if (text.length() <= 2 * MAX_DIGITS + 8) {
            return new Reading(Kind.NUMBER, new BigDecimal(text));
        }
        // Zeros around a few digits can make a long text: hand over the digits with the power of the last one.
        long lastPower = (last < integerDigits ? integerDigits - last - 1 : integerDigits - last)
                + exponent(parts.group(3));
        String digits = mantissa.substring(first, last + 1).replace(".", "");
        return new Reading(Kind.NUMBER, new BigDecimal(parts.group(1) + digits + "e" + lastPower));
    }

    /** Whether a number that is already a {@code BigDecimal} (parsed JSON) is within bounds. */
    public static boolean isBounded(BigDecimal value) {
        if (value.signum() == 0) {
            return true;
        }
        long leading = (long) value.precision() - value.scale() - 1;
        return value.precision() <= MAX_DIGITS && Math.abs(leading) <= MAX_EXPONENT;
    }

    /**
     * A parsed number as plain text for the rules that read numbers as text ({@code "1.5"}), or in exponent form
     * when it is out of bounds: {@code toPlainString} of {@code 1e-9999999} would be ten million characters.
     */
    public static String text(BigDecimal value) {
        return isBounded(value) ? value.toPlainString() : value.toString();
    }

    /** The exponent as written, saturated far beyond the bounds so that no text overflows it. */
    private static long exponent(String written) {
        if (written == null) {
            return 0;
        }
        boolean negative = written.startsWith("-");
        String digits = written.replaceFirst("^[+-]?0*", "");
        long value = digits.length() > 12 ? 1_000_000_000_000L : digits.isEmpty() ? 0 : Long.parseLong(digits);
        return negative ? -value : value;
    }
}
