package org.headlesscart.pricing.control.shipping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flat-rate cost string as WooCommerce evaluates it ({@code WC_Shipping_Flat_Rate::evaluate_cost}): {@code [qty]}
 * and {@code [cost]} replaced, {@code [fee percent="10" min_fee="2" max_fee="20"]} expanded, whitespace removed,
 * commas read as decimal points, leading {@code + * /} and trailing {@code + - * /} trimmed, then the arithmetic.
 * A string that does not evaluate costs 0, as WooCommerce's {@code false} does once added to a rate.
 */
final class CostFormula {

    /** WordPress matches shortcode names case-sensitively: {@code [FEE]} stays text, and then fails to evaluate. */
    private static final Pattern FEE = Pattern.compile("\\[fee(?![\\w-])([^\\]]*)]");
    /** WordPress's shortcode attributes: double-, single- or unquoted values, names lower-cased. */
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s'\"]+))");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private CostFormula() {
    }

    /**
     * @param qty      items needing shipping in the package, or in the shipping class
     * @param cost     their line totals after discounts, excluding tax, in major units
     * @param decimals the currency's decimals, to which a percentage fee is rounded
     */
    static BigDecimal evaluate(String formula, BigDecimal qty, BigDecimal cost, int decimals) {
        String sum = formula.replace("[qty]", plain(qty)).replace("[cost]", plain(cost));
        sum = expandFees(sum, cost, decimals);
        sum = WHITESPACE.matcher(sum).replaceAll("").replace(',', '.');
        sum = trim(sum);
        if (sum.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return Arithmetic.evaluate(sum).orElse(BigDecimal.ZERO);
    }

    private static String expandFees(String sum, BigDecimal cost, int decimals) {
        Matcher fee = FEE.matcher(sum);
        StringBuilder expanded = new StringBuilder();
        while (fee.find()) {
            fee.appendReplacement(expanded, Matcher.quoteReplacement(fee(attributes(fee.group(1)), cost, decimals)));
        }
        fee.appendTail(expanded);
        return expanded.toString();
    }

    /**
     * The {@code [fee]} shortcode: a percentage of {@code [cost]} rounded to the currency's decimals (contract
     * §3.3), raised to {@code min_fee}, lowered to {@code max_fee}; PHP truthiness, so "" and "0" mean unset.
     * A bound replaces the fee by its own text, as WooCommerce substitutes the attribute string.
     */
    private static String fee(Map<String, String> attributes, BigDecimal cost, int decimals) {
        String percent = attributes.getOrDefault("percent", "");
        String minFee = attributes.getOrDefault("min_fee", "");
        String maxFee = attributes.getOrDefault("max_fee", "");
        BigDecimal calculated = BigDecimal.ZERO;
        String result = "0";
        if (truthy(percent)) {
            calculated = cost.multiply(number(percent)).movePointLeft(2).setScale(decimals, RoundingMode.HALF_UP);
            result = plain(calculated);
        }
        if (truthy(minFee) && calculated.compareTo(number(minFee)) < 0) {
            calculated = number(minFee);
            result = minFee;
        }
        if (truthy(maxFee) && calculated.compareTo(number(maxFee)) > 0) {
            result = maxFee;
        }
        return result;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), value);
        }
        return attributes;
    }

    private static String trim(String sum) {
        int start = 0;
        int end = sum.length();
        while (start < end && "+*/".indexOf(sum.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "+-*/".indexOf(sum.charAt(end - 1)) >= 0) {
            end--;
        }
        return sum.substring(start, end);
    }

    private static boolean truthy(String value) {
        return !value.isEmpty() && !"0".equals(value);
    }

    /** PHP's {@code floatval}: the leading number, 0 when there is none. */
    private static BigDecimal number(String value) {
        Matcher leading = LEADING_NUMBER.matcher(value);
        return leading.find() ? new BigDecimal(leading.group().trim()) : BigDecimal.ZERO;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
