package org.headlesscart.pricing.control.tax;

import static org.headlesscart.pricing.control.tax.TaxFixtures.rate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.model.TaxRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code WC_Tax::calc_tax} and WooCommerce's roundings, figures worked by hand. */
class TaxMathTest {

    static final TaxRate GST = rate(1, "CA", "", "5", 1, "", false, true);
    static final TaxRate QST = rate(2, "CA", "QC", "9.975", 2, "", true, true);
    static final TaxRate PST = rate(3, "CA", "QC", "7", 3, "", false, true);

    @Test
    void exclusiveAddsCompoundRatesOnTop() {
        // 10000 × 5 % = 500; 7 % = 700; compound 9.975 % of 11200 = 1117.2.
        assertEquals(taxes(1, "500.000000", 2, "1117.200000", 3, "700.000000"),
                TaxMath.calc(BigDecimal.valueOf(10000), List.of(GST, QST, PST), false, 6));
    }

    @Test
    void inclusiveTakesCompoundRatesOffFirst() {
        // 11500 / 1.09975 = 10456.922027734... so QST = 1043.077972; GST 5/112 of the rest = 466.826876,
        // PST 7/112 = 653.557627.
        assertEquals(taxes(1, "466.826876", 2, "1043.077972", 3, "653.557627"),
                TaxMath.calc(BigDecimal.valueOf(11500), List.of(GST, QST, PST), true, 6));
    }

    @Test
    void taxesKeepTheGivenScale() {
        // 1.005 major × 10 % = 0.1005 major = 10.05 minor, kept at 4 decimals of a minor unit.
        assertEquals(taxes(1, "10.0500"), TaxMath.calc(BigDecimal.valueOf(1005, 1),
                List.of(rate(1, "US", "", "10", 1, "", false, true)), false, 4));
    }

    @ParameterizedTest(name = "{0} decimals: precision {1}")
    @CsvSource({"0, 6", "2, 6", "3, 6", "4, 6", "5, 7"})
    void roundingPrecisionIsDecimalsPlusTwoAtLeastSix(int decimals, int precision) {
        assertEquals(precision, TaxMath.roundingPrecision(decimals));
    }

    @ParameterizedTest(name = "{0} incl={1} → {2}")
    @CsvSource({"10.5, false, 11", "10.5, true, 10", "10.51, true, 11", "-10.5, false, -11", "-10.5, true, -10"})
    void taxRoundingDependsOnHowPricesAreEntered(String amount, boolean incl, long rounded) {
        assertEquals(BigDecimal.valueOf(rounded), TaxMath.roundTax(new BigDecimal(amount), incl));
    }

    private static Map<Long, BigDecimal> taxes(Object... idAmounts) {
        Map<Long, BigDecimal> taxes = new LinkedHashMap<>();
        for (int i = 0; i < idAmounts.length; i += 2) {
            taxes.put(((Number) idAmounts[i]).longValue(), new BigDecimal((String) idAmounts[i + 1]));
        }
        return taxes;
    }
}
