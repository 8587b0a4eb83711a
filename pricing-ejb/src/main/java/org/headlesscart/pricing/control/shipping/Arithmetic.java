package org.headlesscart.pricing.control.shipping;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * A small, safe evaluator for flat-rate cost expressions: decimals, {@code + - * /}, unary signs and parentheses,
 * the subset of {@code WC_Eval_Math} that cost formulas use. No variables, no functions, nothing else: an
 * expression an admin typed must never run code. Decimal arithmetic, so {@code 0.1 + 0.2} is exactly {@code 0.3}
 * where PHP's floats would drift; quotients keep 34 significant digits and the caller rounds the total once.
 */
final class Arithmetic {

    /** Deeper nesting than any sane formula; keeps a hostile one from exhausting the stack. */
    private static final int MAX_DEPTH = 64;

    private final String text;
    private int at;
    private int depth;

    private Arithmetic(String text) {
        this.text = text;
    }

    /** The value of {@code expression} (no whitespace), or empty when it is malformed or divides by zero. */
    static Optional<BigDecimal> evaluate(String expression) {
        try {
            Arithmetic parser = new Arithmetic(expression);
            BigDecimal value = parser.sum();
            return parser.at == expression.length() ? Optional.of(value) : Optional.empty();
        } catch (ArithmeticException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private BigDecimal sum() {
        BigDecimal value = product();
        while (at < text.length() && (peek() == '+' || peek() == '-')) {
            char operator = text.charAt(at++);
            BigDecimal right = product();
            value = operator == '+' ? value.add(right) : value.subtract(right);
        }
        return value;
    }

    private BigDecimal product() {
        BigDecimal value = unary();
        while (at < text.length() && (peek() == '*' || peek() == '/')) {
            char operator = text.charAt(at++);
            BigDecimal right = unary();
            value = operator == '*' ? value.multiply(right) : value.divide(right, MathContext.DECIMAL128);
        }
        return value;
    }

    private BigDecimal unary() {
        if (at < text.length() && (peek() == '-' || peek() == '+')) {
            char sign = text.charAt(at++);
            BigDecimal value = nested(this::unary);
            return sign == '-' ? value.negate() : value;
        }
        return primary();
    }

    private BigDecimal primary() {
        if (at < text.length() && peek() == '(') {
            at++;
            BigDecimal value = nested(this::sum);
            if (at >= text.length() || peek() != ')') {
                throw new IllegalArgumentException("unclosed parenthesis");
            }
            at++;
            return value;
        }
        return number();
    }

    private BigDecimal number() {
        int start = at;
        while (at < text.length() && (peek() >= '0' && peek() <= '9' || peek() == '.')) {
            at++;
        }
        // BigDecimal refuses "", "." and "1.2.3" with NumberFormatException, an IllegalArgumentException.
        return new BigDecimal(text.substring(start, at));
    }

    private BigDecimal nested(java.util.function.Supplier<BigDecimal> inner) {
        if (++depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nested too deeply");
        }
        BigDecimal value = inner.get();
        depth--;
        return value;
    }

    private char peek() {
        return text.charAt(at);
    }
}
