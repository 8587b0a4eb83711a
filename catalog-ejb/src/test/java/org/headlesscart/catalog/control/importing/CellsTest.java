package org.headlesscart.catalog.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void convertsPricesToMinorUnitsWithoutRounding() {
        assertEquals(1800L, Cells.minorUnits("18", 2));
        assertEquals(1850L, Cells.minorUnits("18.5", 2));
        assertEquals(1105L, Cells.minorUnits("11.05", 2));
        assertEquals(50L, Cells.minorUnits(".5", 2));
        assertEquals(1899L, Cells.minorUnits("18.990", 2), "trailing zeros are not extra decimals");
        assertEquals(0L, Cells.minorUnits("0", 2));
        assertEquals(1500L, Cells.minorUnits("1500", 0));
        assertEquals(18500L, Cells.minorUnits("18.5", 3));
        assertNull(Cells.minorUnits("", 2));
    }

    @Test
    void refusesAPriceWithMoreDecimalsThanTheCurrency() {
        assertEquals("'18.999' has more than 2 decimals", message(() -> Cells.minorUnits("18.999", 2)));
        assertEquals("'18.5' has more than 0 decimals", message(() -> Cells.minorUnits("18.5", 0)));
    }

    @Test
    void refusesPricesThatAreNotPlainNonNegativeNumbers() {
        assertEquals("'12,5x' is not a number", message(() -> Cells.minorUnits("12,5x", 2)));
        assertEquals("'-5' is negative", message(() -> Cells.minorUnits("-5", 2)));
        assertEquals("'1e3' is not a number", message(() -> Cells.minorUnits("1e3", 2)));
        assertEquals("'99999999999999999999' is too large", message(() -> Cells.minorUnits("99999999999999999999", 2)));
    }

    @Test
    void keepsDecimalsAsWritten() {
        assertEquals(new BigDecimal("0.5"), Cells.decimal(".5"));
        assertEquals(new BigDecimal("1.50"), Cells.decimal("1.50"));
        assertNull(Cells.decimal(""));
    }

    @Test
    void readsBooleansInEveryFormWooCommerceAccepts() {
        for (String yes : List.of("1", "yes", "true", "TRUE", "Yes")) {
            assertTrue(Cells.bool(yes, false), yes);
        }
        for (String no : List.of("0", "no", "false", "No")) {
            assertFalse(Cells.bool(no, true), no);
        }
        assertTrue(Cells.bool("", true));
        assertFalse(Cells.bool("", false));
        assertEquals("'maybe' is not 1, 0, yes, no, true or false", message(() -> Cells.bool("maybe", false)));
    }

    @Test
    void readsDatesWithOrWithoutTimeInTheStoreZone() {
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), Cells.instant("2024-01-01", ZoneOffset.UTC));
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), Cells.instant("2024-01-01 00:00:00", ZoneOffset.UTC));
        assertEquals(Instant.parse("2024-01-01T09:05:00Z"), Cells.instant("2024-01-01 9:05:00", ZoneOffset.UTC),
                "the exporter writes the hour without a leading zero");
        assertEquals(Instant.parse("2024-01-01T13:30:00Z"), Cells.instant("2024-01-01T13:30", ZoneOffset.UTC));
        assertEquals(Instant.parse("2023-12-31T23:00:00Z"), Cells.instant("2024-01-01", ZoneId.of("Europe/Berlin")));
    }

    @Test
    void refusesDatesThatDoNotExist() {
        String expected = "'2024-02-30' is not a date like 2024-01-31 or 2024-01-31 13:00:00";
        assertEquals(expected, message(() -> Cells.instant("2024-02-30", ZoneOffset.UTC)));
        assertThrows(IllegalArgumentException.class, () -> Cells.instant("01/02/2024", ZoneOffset.UTC));
        assertThrows(IllegalArgumentException.class, () -> Cells.instant("2024-01-01 25:00:00", ZoneOffset.UTC));
    }

    @Test
    void splitsListsOnCommasButNotOnEscapedOnes() {
        assertEquals(List.of("Blue", "Green", "Red"), Cells.list("Blue, Green, Red"));
        assertEquals(List.of("Blue", "Green"), Cells.list("Blue,Green"));
        assertEquals(List.of("Salt, Pepper", "Oil"), Cells.list("Salt\\, Pepper, Oil"));
        assertEquals(List.of("a\\b"), Cells.list("a\\b"), "a backslash before anything but a comma is text");
        assertEquals(List.of(), Cells.list(""));
        assertEquals(List.of("x"), Cells.list(" , x, "));
    }

    @Test
    void splitsCategoryPathsOnGreaterThan() {
        assertEquals(List.of(List.of("Clothing", "Tshirts"), List.of("Decor")), Cells.categoryPaths("Clothing > Tshirts, Decor"));
        assertEquals(List.of(List.of("Shirts, Tops", "Polo")), Cells.categoryPaths("Shirts\\, Tops > Polo"));
        assertEquals(List.of(), Cells.categoryPaths(""));
    }

    @Test
    void removesTheExportersFormulaGuard() {
        assertEquals("-2", Cells.unguardFormula("'-2"));
        assertEquals("=SUM(A1)", Cells.unguardFormula("'=SUM(A1)"));
        assertEquals("'quoted'", Cells.unguardFormula("'quoted'"), "only a guard before a formula character is removed");
        assertEquals("'", Cells.unguardFormula("'"));
    }

    @Test
    void turnsEscapedLineBreaksInDescriptionsBackIntoLineBreaks() {
        assertEquals("one\ntwo", Cells.multiline("one\\ntwo"));
        assertEquals("C:\\new", Cells.multiline("C:\\\\new"), "the exporter escapes a literal \\n as \\\\n");
        assertEquals("plain", Cells.multiline("plain"));
    }

    @Test
    void readsWholeNumbersIncludingNegativeOnes() {
        assertEquals(-2, Cells.wholeNumber("-2"));
        assertEquals(15, Cells.wholeNumber("15"));
        assertNull(Cells.wholeNumber(""));
        assertEquals("'ten' is not a whole number", message(() -> Cells.wholeNumber("ten")));
        assertEquals("'2.5' is not a whole number", message(() -> Cells.wholeNumber("2.5")));
    }

    @Test
    void acceptsOnlyPositiveProductIds() {
        assertEquals(44L, Cells.productId("44"));
        assertNull(Cells.productId(""));
        assertEquals("'0' is not a product id", message(() -> Cells.productId("0")));
        assertEquals("'abc' is not a product id", message(() -> Cells.productId("abc")));
    }

    private static String message(Runnable parse) {
        return assertThrows(IllegalArgumentException.class, parse::run).getMessage();
    }
}
