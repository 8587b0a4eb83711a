package org.headlesscart.pricing.control.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.entity.TaxRateRow;
import org.headlesscart.pricing.model.TaxRateDraft;
import org.junit.jupiter.api.Test;

class TaxRateFieldsTest {

    private static final List<String> CLASSES = List.of("", "reduced-rate", "zero-rate");

    @Test
    void cleansAsWooCommerceStoresARate() {
        TaxRateRow row = new TaxRateRow(BigDecimal.ZERO);
        Map<String, String> problems = TaxRateFields.apply(new TaxRateDraft(" gb ", "*", List.of("sw1a 1aa",
                " * ", "", "SW1A 1AA", "E1\u2026E9"), Arrays.asList("london", null), new BigDecimal("20.00005"),
                " VAT ", 2, true, false, 3, "Standard"), row, CLASSES);
        assertEquals(Map.of(), problems);
        assertEquals("GB", row.getCountry());
        assertEquals("", row.getState(), "* is any");
        assertEquals(List.of("SW1A 1AA", "E1...E9"), row.codes(TaxRateRow.POSTCODE), "upper case, once each");
        assertEquals(List.of("LONDON"), row.codes(TaxRateRow.CITY));
        assertEquals(new BigDecimal("20.0001"), row.getRate(), "four decimals, half up as number_format");
        assertEquals("VAT", row.getName());
        assertEquals("", row.getTaxClass(), "standard is stored as the empty slug");
        assertTrue(row.isCompound());
    }

    @Test
    void replacingCitiesKeepsPostcodes() {
        TaxRateRow row = new TaxRateRow(BigDecimal.ONE);
        TaxRateFields.apply(new TaxRateDraft(null, null, List.of("90210"), List.of("LA"), null, null, null, null,
                null, null, null), row, CLASSES);
        TaxRateFields.apply(new TaxRateDraft(null, null, null, List.of(), null, null, null, null, null, null, null),
                row, CLASSES);
        assertEquals(List.of("90210"), row.codes(TaxRateRow.POSTCODE));
        assertEquals(List.of(), row.codes(TaxRateRow.CITY));
    }

    @Test
    void refusesWhatTheTableCannotHold() {
        Map<String, String> problems = TaxRateFields.apply(new TaxRateDraft("USA", "x".repeat(201), null, null,
                new BigDecimal("-0.5"), null, -1, null, null, null, "luxury"), new TaxRateRow(BigDecimal.ZERO),
                CLASSES);
        assertEquals(List.of("country", "state", "rate", "priority", "class"), List.copyOf(problems.keySet()));
        assertEquals("class is not one of standard, reduced-rate, zero-rate.", problems.get("class"));
    }
}
