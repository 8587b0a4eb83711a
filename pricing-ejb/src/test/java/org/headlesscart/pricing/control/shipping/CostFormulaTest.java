package org.headlesscart.pricing.control.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values worked out by hand from WooCommerce's {@code evaluate_cost} and {@code fee} rules. */
class CostFormulaTest {

    @ParameterizedTest(name = "{0} with qty {1}, cost {2} = {3}")
    @CsvSource(delimiter = '|', value = {
            // the contract's example: 10 + 3 * 2
            "10 + [qty] * 2 | 3 | 30.00 | 16",
            "[cost] * 0.1 | 1 | 25.50 | 2.55",
            "5 | 4 | 99 | 5",
            // 10 % of 12.34 = 1.234, rounded to the currency's 2 decimals = 1.23
            "[fee percent=\"10\"] | 1 | 12.34 | 1.23",
            // 10 % of 10 = 1, below min_fee 2: the fee becomes 2
            "5 + [fee percent=\"10\" min_fee=\"2\"] | 1 | 10 | 7",
            // 10 % of 500 = 50, above max_fee 20: the fee becomes 20
            "[fee percent=\"10\" min_fee=\"2\" max_fee=\"20\"] | 1 | 500 | 20",
            // 10 % of 100 = 10 lies between the bounds
            "[fee percent=\"10\" min_fee=\"2\" max_fee=\"20\"] | 1 | 100 | 10",
            "[fee percent='10'] + [fee percent=5] | 1 | 20 | 3",
            // no percent: the fee starts at 0, so only min_fee counts
            "[fee min_fee=\"4\"] | 1 | 100 | 4",
            // percent "0" is falsy in PHP
            "1 + [fee percent=\"0\" max_fee=\"3\"] | 1 | 100 | 1",
            // leading + * / and trailing + - * / are trimmed
            "+10 * | 1 | 0 | 10",
            "*/2- | 1 | 0 | 2",
            // a comma is read as the decimal point
            "1,5 * [qty] | 2 | 0 | 3",
            // whitespace anywhere, also inside numbers
            " 1 2 + 1 | 1 | 0 | 13",
            "'' | 1 | 0 | 0",
            // what does not evaluate costs nothing
            "abc | 1 | 0 | 0",
            "10 / 0 | 1 | 0 | 0",
            "[unknown] + 1 | 1 | 0 | 0",
            "[qty] * 2.5 | 1.5 | 0 | 3.75",
            // shortcode names are case-sensitive in WordPress; attribute names are not
            "1 + [FEE percent=\"10\"] | 1 | 100 | 0",
            "1 + [fee PERCENT=\"10\"] | 1 | 100 | 11",
            "[fee/] + 2 | 1 | 100 | 2",
    })
    void evaluatesAsWooCommerce(String formula, String qty, String cost, String expected) {
        BigDecimal value = CostFormula.evaluate(formula, new BigDecimal(qty), new BigDecimal(cost), 2);
        assertEquals(0, new BigDecimal(expected).compareTo(value), formula + " gave " + value);
    }

    @ParameterizedTest(name = "{0} decimals: 10 % of 12.345 = {1}")
    @CsvSource({"0, 1", "2, 1.23", "3, 1.235"})
    void roundsAPercentageFeeToTheCurrency(int decimals, String expected) {
        BigDecimal value = CostFormula.evaluate("[fee percent=\"10\"]", BigDecimal.ONE, new BigDecimal("12.345"),
                decimals);
        assertEquals(0, new BigDecimal(expected).compareTo(value), "gave " + value);
    }
}
