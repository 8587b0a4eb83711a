package org.headlesscart.catalog.control.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class DraftValuesTest {

    private final FieldProblems problems = new FieldProblems();
    private final DraftValues twoDecimals = new DraftValues(problems, 2, ZoneId.of("Europe/Berlin"));

    @Test
    void pricesBecomeMinorUnitsAndKeepOrClearAsWooCommerceSays() {
        assertEquals(1850L, twoDecimals.price("regular_price", "18.50", 5L));
        assertEquals(1500L, twoDecimals.price("regular_price", "15", 5L));
        assertEquals(1200L, twoDecimals.price("regular_price", " 12.000 ", 5L), "trailing zeros are no decimals");
        assertEquals(5L, twoDecimals.price("regular_price", null, 5L), "absent keeps");
        assertNull(twoDecimals.price("regular_price", "", 5L), "empty clears");
        assertEquals(7L, new DraftValues(problems, 0, ZoneId.of("UTC")).price("p", "7", null));
        assertEquals(7250L, new DraftValues(problems, 3, ZoneId.of("UTC")).price("p", "7.25", null));
        assertEquals(true, problems.isEmpty());
    }

    @Test
    void aPriceThatWouldNeedRoundingOrIsNegativeOrNoNumberIsRefused() {
        assertEquals(5L, twoDecimals.price("regular_price", "1.234", 5L));
        assertEquals(5L, twoDecimals.price("sale_price", "-1", 5L));
        assertEquals(5L, twoDecimals.price("weight_price", "ten", 5L));
        var refused = assertThrows(AdminRefusal.class, problems::throwIfAny);
        assertEquals(AdminRefusal.Reason.INVALID_FIELDS, refused.reason());
        assertEquals(List.of("regular_price", "sale_price", "weight_price"), List.copyOf(refused.fields().keySet()));
    }

    @Test
    void saleDatesAreReadInTheStoreZoneUnlessGivenInUtc() {
        assertEquals(Instant.parse("2026-07-01T08:00:00Z"),
                twoDecimals.date("date_on_sale_from", "2026-07-01T10:00:00", null, null), "Berlin summer time");
        assertEquals(Instant.parse("2026-07-01T10:00:00Z"),
                twoDecimals.date("date_on_sale_from", "2026-07-01T12:00:00", "2026-07-01T10:00:00", null), "GMT wins");
        assertEquals(Instant.parse("2026-07-01T10:00:00Z"),
                twoDecimals.date("date_on_sale_from", "2026-07-01T10:00:00Z", null, null), "an explicit zone counts");
        assertEquals(Instant.parse("2026-06-30T22:00:00Z"), twoDecimals.date("d", "2026-07-01", null, null));
        assertNull(twoDecimals.date("d", "", null, Instant.EPOCH), "empty clears");
        assertEquals(Instant.EPOCH, twoDecimals.date("d", "tomorrow", null, Instant.EPOCH));
        assertThrows(AdminRefusal.class, problems::throwIfAny);
    }

    @Test
    void measuresAndChoices() {
        assertEquals(new BigDecimal("0.4"), twoDecimals.measure("weight", "0.4", null));
        assertNull(twoDecimals.measure("weight", "", BigDecimal.ONE));
        assertEquals("yes", twoDecimals.oneOf("backorders", "yes", ProductEditor.BACKORDERS, "no"));
        assertEquals("no", twoDecimals.oneOf("backorders", null, ProductEditor.BACKORDERS, "no"));
        assertEquals(true, problems.isEmpty());
        assertEquals("no", twoDecimals.oneOf("backorders", "sometimes", ProductEditor.BACKORDERS, "no"));
        assertEquals(3, twoDecimals.atLeast("stock_quantity", -1, 0, 3));
        assertEquals(2, assertThrows(AdminRefusal.class, problems::throwIfAny).fields().size());
    }

    @Test
    void textsAreMeasuredAsTheirColumnsMeasureThem() {
        String emoji = "\uD83D\uDE00";
        assertEquals(true, DraftValues.fits(emoji.repeat(200), 200), "a VARCHAR counts code points");
        assertEquals(false, DraftValues.fits("a".repeat(201), 200));
        assertEquals(true, DraftValues.fitsBytes("a".repeat(65_535), DraftValues.TEXT_BYTES));
        assertEquals(false, DraftValues.fitsBytes("\u00e9".repeat(32_768), DraftValues.TEXT_BYTES), "two bytes each");
        assertEquals(false, DraftValues.fitsBytes(emoji.repeat(16_384), DraftValues.TEXT_BYTES), "four bytes each");
        assertEquals("kept", twoDecimals.longText("short_description", "\u00e9".repeat(40_000), DraftValues.TEXT_BYTES,
                "kept"));
        assertEquals("kept", twoDecimals.text("name", "x".repeat(256), 255, "kept"));
        var refused = assertThrows(AdminRefusal.class, problems::throwIfAny);
        assertEquals(List.of("short_description", "name"), List.copyOf(refused.fields().keySet()));
    }
}
