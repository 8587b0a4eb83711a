package org.headlesscart.pricing.control.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArithmeticTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "1+2*3, 7",
            "(1+2)*3, 9",
            "10/4, 2.5",
            "-5+2, -3",
            "2*-3, -6",
            "8-2-1, 5",
            "8/2/2, 2",
            "0.1+0.2, 0.3",
            ".5*4, 2",
            "((2)), 2",
            "10-(2+3)*2, 0",
            "5., 5",
            "--2, 2",
            // implicit multiplication, as EvalMath reads an operand after an operand
            "2(3), 6",
            "(1+1)(3), 6",
            "(2)3, 6",
            "1.2.3, 0.36",
            // ^ binds tighter than a unary minus and is right-associative
            "2^3, 8",
            "-2^2, -4",
            "2^-1, 0.5",
            "2^3^2, 512",
            "4^0.5, 2",
            "0^0, 1",
    })
    void evaluatesWithPrecedence(String expression, String expected) {
        BigDecimal value = Arithmetic.evaluate(expression).orElseThrow();
        assertEquals(0, new BigDecimal(expected).compareTo(value), expression + " gave " + value);
    }

    @Test
    void keepsThirtyFourDigitsOfAQuotient() {
        BigDecimal third = Arithmetic.evaluate("10/3").orElseThrow();
        assertEquals("3.333333333333333333333333333333333", third.toPlainString());
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"1/0", "1+", "abc", "((1)", "1)", "", ".", "1e5", "2*+3", "+1", "(-2)^0.5", "0^-1",
            "sqrt(4)", "2*pi", "phpinfo()", "1;2", "2%"})
    void refusesWhatIsNotArithmetic(String expression) {
        assertTrue(Arithmetic.evaluate(expression).isEmpty(), expression);
    }

    @Test
    void refusesHostileNesting() {
        String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        assertTrue(Arithmetic.evaluate(deep).isEmpty());
    }
}
