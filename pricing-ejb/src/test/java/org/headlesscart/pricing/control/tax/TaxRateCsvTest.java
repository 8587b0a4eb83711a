package org.headlesscart.pricing.control.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.headlesscart.pricing.model.TaxRateDraft;
import org.junit.jupiter.api.Test;

class TaxRateCsvTest {

    @Test
    void readsQuotedCellsLineBreaksAndABom() {
        List<CsvRows.Row> rows = CsvRows.read("\uFEFFCountry code,b\r\n\"a,\"\"b\"\"\",\"two\nlines\"\n\nlast,");
        assertEquals(3, rows.size());
        assertEquals(List.of("Country code", "b"), rows.get(0).cells());
        assertEquals(List.of("a,\"b\"", "two\nlines"), rows.get(1).cells());
        assertEquals(2, rows.get(1).line());
        assertEquals(List.of("last", ""), rows.get(2).cells());
        assertEquals(5, rows.get(2).line(), "after the quoted line break and the blank line");
        assertTrue(TaxRateCsv.isHeader(rows.get(0).cells()));
    }

    @Test
    void onlyTheExportsHeaderMakesAFileATaxRateExport() {
        assertTrue(TaxRateCsv.headerProblem(List.of(" country CODE", "State code", "Postcode / ZIP", "City", "Rate %",
                "Tax name", "Priority", "Compound", "Shipping", "Tax class", "extra")).isEmpty());
        assertEquals("the first line must name the export's columns, Country code, State code, Postcode / ZIP, City,"
                + " Rate %, Tax name, Priority, Compound, Shipping, Tax class; column 1 is \"ID\".",
                TaxRateCsv.headerProblem(List.of("ID", "Type", "SKU")).orElseThrow());
        assertTrue(TaxRateCsv.headerProblem(List.of("Country code", "State code")).orElseThrow()
                .endsWith("column 3 is missing."));
        assertTrue(TaxRateCsv.headerProblem(List.of("US", "CA", "*", "*", "7", "Tax", "1", "0", "1", ""))
                .isPresent(), "a file of rows without the header is no export");
        assertEquals("Country code", TaxRateCsv.exportText("Country code".getBytes(StandardCharsets.UTF_8))
                .orElseThrow());
        assertTrue(TaxRateCsv.exportText(new byte[] {(byte) 0xC3, (byte) 0x28, 0x50, 0x4B}).isEmpty(), "not UTF-8");
    }

    @Test
    void aRowBecomesADraftWithWooCommercesMeanings() {
        TaxRateCsv.Parsed parsed = TaxRateCsv.parse(List.of("US", "CA", "90210;9021*", "Beverly Hills",
                "9.5", "CA Tax", "", "1", "", "*"), 7);
        assertNull(parsed.problem());
        TaxRateDraft draft = parsed.draft();
        assertEquals(List.of("90210", "9021*"), draft.postcodes());
        assertEquals(new BigDecimal("9.5"), draft.rate());
        assertEquals(1, draft.priority(), "blank priority is WooCommerce's default 1");
        assertEquals(true, draft.compound());
        assertEquals(false, draft.shipping());
        assertEquals("", draft.taxClass(), "* is standard");
        assertEquals(7, draft.order());
    }

    @Test
    void badRowsSayWhy() {
        assertEquals("has 5 columns, a tax rate row has 10",
                TaxRateCsv.parse(List.of("US", "CA", "", "", "5"), 1).problem());
        assertEquals("Rate % is not a number: \"abc\"",
                TaxRateCsv.parse(List.of("US", "CA", "", "", "abc", "", "", "", "", ""), 1).problem());
        assertEquals("Priority is not a whole number: \"high\"",
                TaxRateCsv.parse(List.of("US", "CA", "", "", "5", "", "high", "", "", ""), 1).problem());
        assertEquals("Compound is not 1 or 0",
                TaxRateCsv.parse(List.of("US", "CA", "", "", "5", "", "1", "yes", "", ""), 1).problem());
    }

    @Test
    void classSlugsFollowSanitizeTitle() {
        assertEquals("reduced-rate", ClassSlugs.of("Reduced rate"));
        assertEquals("cafe-boissons", ClassSlugs.of("Café & boissons"));
        assertEquals("", ClassSlugs.of("!!!"));
    }
}
