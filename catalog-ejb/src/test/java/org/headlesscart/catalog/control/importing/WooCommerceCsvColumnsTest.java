package org.headlesscart.catalog.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.headlesscart.catalog.control.importing.ImportRow.Attribute;
import org.headlesscart.catalog.control.importing.ImportRow.Backorders;
import org.headlesscart.catalog.control.importing.ImportRow.Status;
import org.headlesscart.catalog.control.importing.ImportRow.StockStatus;
import org.headlesscart.catalog.control.importing.ImportRow.TaxStatus;
import org.headlesscart.catalog.control.importing.ImportRow.Type;
import org.headlesscart.catalog.control.importing.ImportRow.Visibility;
import org.junit.jupiter.api.Test;

/** Columns are found by header text, whatever set and order an export has. */
class WooCommerceCsvColumnsTest {

    @Test
    void fillsDefaultsForColumnsTheFileLacks() throws IOException {
        ImportRow row = only(parse("SKU,Name,Regular price\nmug,Mug,9.5\n"));

        assertEquals(950L, row.pricing().regularPriceMinor());
        assertNull(row.wooId());
        assertEquals(Type.SIMPLE, row.type());
        assertFalse(row.virtual());
        assertEquals(Status.PUBLISH, row.status(), "without a Published column, as in WooCommerce");
        assertEquals(Visibility.VISIBLE, row.visibility());
        assertEquals(TaxStatus.TAXABLE, row.taxStatus());
        assertEquals(StockStatus.IN_STOCK, row.inventory().stockStatus());
        assertFalse(row.inventory().managesStock());
        assertEquals(Backorders.NO, row.inventory().backorders());
        assertEquals("", row.description());
        assertEquals(List.of(), row.categories());
        assertEquals(List.of(), row.attributes());
        assertEquals(Map.of(), row.meta());
        assertNull(row.links().parent());
        assertEquals(0, row.position());
        assertEquals("", row.shipping().weightUnit());
    }

    @Test
    void findsColumnsByHeaderInAnyOrderAndCase() throws IOException {
        ImportRow row = only(parse("regular price,NAME,  Sku  \n7,Cup,cup\n"));

        assertEquals("cup", row.sku());
        assertEquals("Cup", row.name());
        assertEquals(700L, row.pricing().regularPriceMinor());
    }

    @Test
    void ignoresUnknownColumns() throws IOException {
        ImportResult result = parse("SKU,Brand,\"GTIN, UPC, EAN, or ISBN\",Name\nmug,Acme,123,Mug\n");

        assertFalse(result.hasProblems());
        assertEquals("Mug", only(result).name());
    }

    @Test
    void readsUnitsFromMeasureHeadersAndTheBritishSpellingOfVisibility() throws IOException {
        ImportRow row = only(parse("SKU,Weight (kg),Height (cm),Visibility in catalogue\nbox,1.25,30,search\n"));

        assertEquals("kg", row.shipping().weightUnit());
        assertEquals("cm", row.shipping().dimensionUnit());
        assertEquals(Visibility.SEARCH, row.visibility());
    }

    @Test
    void readsAttributeGroupsWhateverTheirNumbersInNumberOrder() throws IOException {
        String csv = "SKU,Type,Attribute 10 name,Attribute 10 value(s),Attribute 3 name,Attribute 3 value(s),"
                + "Attribute 3 visible,Attribute 3 global,Attribute 3 default\n"
                + "tee,variable,Fit,\"Slim, Loose\",Size,\"S, M, L\",0,1,M\n";

        List<Attribute> attributes = only(parse(csv)).attributes();

        assertEquals(List.of(
                new Attribute(3, "Size", List.of("S", "M", "L"), false, true, "M"),
                new Attribute(10, "Fit", List.of("Slim", "Loose"), true, false, "")), attributes);
    }

    @Test
    void keepsAVariationsAttributeValueWholeEvenWithAnEscapedComma() throws IOException {
        String csv = "SKU,Type,Parent,Attribute 1 name,Attribute 1 value(s)\n"
                + "salt-pepper,variation,id:44,Flavour,\"Salt\\, Pepper\"\n";

        Attribute flavour = only(parse(csv)).attributes().get(0);

        assertEquals(List.of("Salt, Pepper"), flavour.values());
        assertFalse(flavour.isAny());
    }

    @Test
    void readsDownloadGroupsWhateverTheirNumbers() throws IOException {
        String csv = "SKU,Type,Download 2 name,Download 2 URL,Download 7 URL\n"
                + "album,\"simple, downloadable, virtual\",Track,https://x.test/t.mp3,https://x.test/b.zip\n";

        assertEquals(List.of(new ImportRow.Download(2, "Track", "https://x.test/t.mp3"),
                new ImportRow.Download(7, "", "https://x.test/b.zip")), only(parse(csv)).downloads());
    }

    @Test
    void readsMetaColumnsByKeyAndLeavesEmptyOnesOut() throws IOException {
        ImportRow row = only(parse("SKU,Meta: _gtin,Meta:color,Meta: _empty\nmug,0123,Teal,\n"));

        assertEquals(Map.of("_gtin", "0123", "color", "Teal"), row.meta());
        assertEquals(List.of("_gtin", "color"), List.copyOf(row.meta().keySet()), "in column order");
    }

    @Test
    void takesTheFirstOfTwoColumnsWithTheSameHeader() throws IOException {
        assertEquals("first", only(parse("SKU,Name,Name\nx,first,second\n")).name());
    }

    @Test
    void readsAByteOrderMarkedStreamAndHeader() throws IOException {
        byte[] csv = "\uFEFFID,SKU\n7,mug\n".getBytes(StandardCharsets.UTF_8);

        ImportRow row = only(new WooCommerceCsv().parse(new ByteArrayInputStream(csv)));

        assertEquals(7L, row.wooId(), "the BOM must not hide the ID column");
        assertTrue(row.sku().equals("mug"));
    }

    @Test
    void readsQuotedCommasDoubledQuotesAndLineBreaksInCells() throws IOException {
        String csv = "SKU,Name,Purchase note\n"
                + "lp,\"Record, 12\"\" vinyl\",\"Thanks!\nEnjoy, \"\"really\"\".\"\n";

        ImportRow row = only(parse(csv));

        assertEquals("Record, 12\" vinyl", row.name());
        assertEquals("Thanks!\nEnjoy, \"really\".", row.purchaseNote());
    }

    private static ImportRow only(ImportResult result) {
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.rows().size());
        return result.rows().get(0);
    }

    private static ImportResult parse(String csv) throws IOException {
        return new WooCommerceCsv().parse(new StringReader(csv));
    }
}
