package org.headlesscart.pricing.control.shipping;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A small, safe evaluator for flat-rate cost expressions with the grammar {@code WC_Eval_Math} gives them: decimals
 * ({@code 12}, {@code 1.5}, {@code 5.}, {@code .5}), {@code + - * /}, right-associative {@code ^} above a unary
 * minus ({@code -2^2} is -4), parentheses, and implicit multiplication where an operand follows an operand
 * ({@code 2(3)}, {@code (1)(2)}; so {@code 1.2.3} reads as 1.2 × .3, as WooCommerce reads it). No unary plus, no
 * variables, no functions: those fail, as an admin's expression must never run anything.
 *
 * <p>Decimal arithmetic, so {@code 0.1 + 0.2} is exactly {@code 0.3} where PHP's floats would drift; quotients and
 * negative powers keep 34 significant digits, and the caller rounds the total once.
 */
final class Arithmetic {

    /** Deeper nesting than any sane formula; keeps a hostile one from exhausting the stack. */
    private static final int MAX_DEPTH = 64;
    /** Larger whole exponents are computed in doubles, like any fractional one. */
    private static final int MAX_EXACT_EXPONENT = 999;

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
        while (next('+') || next('-')) {
            char operator = text.charAt(at++);
            BigDecimal right = product();
            value = operator == '+' ? value.add(right) : value.subtract(right);
        }
        return value;
    }

    private BigDecimal product() {
        BigDecimal value = unary();
        while (next('*') || next('/') || operandStarts()) {
            char operator = operandStarts() ? '*' : text.charAt(at++);
            BigDecimal right = unary();
            value = operator == '*' ? value.multiply(right) : value.divide(right, MathContext.DECIMAL128);
        }
        return value;
    }

    private BigDecimal unary() {
        if (next('-')) {
            at++;
            return nested(this::unary).negate();
        }
        return power();
    }

    private BigDecimal power() {
        BigDecimal base = primary();
        if (!next('^')) {
            return base;
        }
        at++;
        BigDecimal exponent = nested(this::unary);
        if (exponent.stripTrailingZeros().scale() <= 0
                && exponent.abs().compareTo(BigDecimal.valueOf(MAX_EXACT_EXPONENT)) <= 0) {
            return base.pow(exponent.intValueExact(), MathContext.DECIMAL128);
        }
        double value = Math.pow(base.doubleValue(), exponent.doubleValue());
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new ArithmeticException("no real power");
        }
        return BigDecimal.valueOf(value);
    }

    private BigDecimal primary() {
        if (next('(')) {
            at++;
            BigDecimal value = nested(this::sum);
            if (!next(')')) {
                throw new IllegalArgumentException("unclosed parenthesis");
            }
            at++;
            return value;
        }
        return number();
    }

    /** {@code \d+(\.\d*)?} or {@code \.\d+}, as EvalMath's tokenizer. */
    private BigDecimal number() {
        int start = at;
        skipDigits();
        if (next('.')) {
            at++;
            skipDigits();
        }
        String number = text.substring(start, at);
        if (number.isEmpty() || ".".equals(number)) {
            throw new IllegalArgumentException("operand expected at " + start);
        }
        return new BigDecimal(number.endsWith(".") ? number + "0" : number);
    }

    private void skipDigits() {
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
    }

    /** After an operand, a number or an opening parenthesis means an implicit multiplication. */
    private boolean operandStarts() {
        return at < text.length() && (next('(') || next('.') || text.charAt(at) >= '0' && text.charAt(at) <= '9');
    }

    private boolean next(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private BigDecimal nested(Supplier<BigDecimal> inner) {
        if (++depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nested too deeply");
        }
        BigDecimal value = inner.get();
        depth--;
        return value;
    }
}
