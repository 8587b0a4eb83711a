package org.headlesscart.catalog.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.headlesscart.catalog.control.importing.ImportRow.Backorders;
import org.headlesscart.catalog.control.importing.ImportRow.Inventory;
import org.headlesscart.catalog.control.importing.ImportRow.Status;
import org.headlesscart.catalog.control.importing.ImportRow.StockStatus;
import org.headlesscart.catalog.control.importing.ImportRow.Type;
import org.headlesscart.catalog.control.importing.ProductRef.ById;
import org.headlesscart.catalog.control.importing.ProductRef.BySku;
import org.junit.jupiter.api.Test;

/** Cell values as WooCommerce writes them, through the whole parser. */
class WooCommerceCsvValuesTest {

    @Test
    void splitsCategoriesAndTagsOnCommasButNotOnEscapedOnes() throws IOException {
        String csv = "SKU,Categories,Tags\n"
                + "spice,\"Food > Salt\\, Pepper & Co, Gifts\",\"hot\\, spicy, red\"\n";

        ImportRow row = rows(parse(csv)).get(0);

        assertEquals(List.of(List.of("Food", "Salt, Pepper & Co"), List.of("Gifts")), row.categories());
        assertEquals(List.of("hot, spicy", "red"), row.tags());
    }

    @Test
    void mapsPublishedAsWooCommerceExportsIt() throws IOException {
        String csv = "SKU,Type,Published\na,simple,1\nb,simple,0\nc,simple,-1\nd,simple,\ne,variation,-1\n";

        List<Status> statuses = rows(parse(csv)).stream().map(ImportRow::status).toList();

        assertEquals(List.of(Status.PUBLISH, Status.PRIVATE, Status.DRAFT, Status.DRAFT, Status.PUBLISH), statuses,
                "WooCommerce writes -1 for every variation of a draft parent and imports them enabled");
    }

    @Test
    void readsStockQuantityStatusAndBackorders() throws IOException {
        String csv = "SKU,In stock?,Stock,Low stock amount,Backorders allowed?,Sold individually?\n"
                + "a,1,5,2,0,1\n"
                + "b,backorder,'-2,,notify,\n"
                + "c,0,parent,,1,\n";

        List<Inventory> stock = rows(parse(csv)).stream().map(ImportRow::inventory).toList();

        assertEquals(new Inventory(StockStatus.IN_STOCK, 5, false, 2, Backorders.NO, true), stock.get(0));
        assertTrue(stock.get(0).managesStock());
        assertEquals(new Inventory(StockStatus.ON_BACKORDER, -2, false, null, Backorders.NOTIFY, false), stock.get(1),
                "the exporter guards a leading minus with a quote");
        assertEquals(new Inventory(StockStatus.OUT_OF_STOCK, null, true, null, Backorders.YES, false), stock.get(2));
        assertFalse(stock.get(2).managesStock(), "a variation whose parent manages its stock");
    }

    @Test
    void tellsIdReferencesFromSkuReferences() throws IOException {
        String csv = "SKU,Type,Parent,Grouped products,Upsells,Cross-sells\n"
                + "v,variation,id:44,,\"id:7, woo-cap\",woo-belt\n"
                + "g,grouped,,\"woo-tshirt, id:12\",,\n";

        List<ImportRow> rows = rows(parse(csv));

        assertEquals(new ById(44), rows.get(0).links().parent());
        assertEquals(List.of(new ById(7), new BySku("woo-cap")), rows.get(0).links().upsells());
        assertEquals(List.of(new BySku("woo-belt")), rows.get(0).links().crossSells());
        assertEquals(List.of(new BySku("woo-tshirt"), new ById(12)), rows.get(1).links().groupedProducts());
        assertNull(rows.get(1).links().parent());
    }

    @Test
    void readsFlagsFromTheTypeColumnInAnyOrder() throws IOException {
        String csv = "SKU,Type\na,\"virtual, simple\"\nb,Downloadable\nc,\n";

        List<ImportRow> rows = rows(parse(csv));

        assertEquals(Type.SIMPLE, rows.get(0).type());
        assertTrue(rows.get(0).virtual());
        assertEquals(Type.SIMPLE, rows.get(1).type(), "flags alone mean simple, as in WooCommerce");
        assertTrue(rows.get(1).downloadable());
        assertEquals(Type.SIMPLE, rows.get(2).type());
    }

    @Test
    void turnsTheExportersEscapedLineBreaksBackInDescriptions() throws IOException {
        ImportRow row = rows(parse("SKU,Short description,Description\nx,One\\nTwo,<p>A</p>\\n<p>B</p>\n")).get(0);

        assertEquals("One\nTwo", row.shortDescription());
        assertEquals("<p>A</p>\n<p>B</p>", row.description());
    }

    @Test
    void readsSaleDatesAsInstants() throws IOException {
        String csv = "SKU,Sale price,Regular price,Date sale price starts,Date sale price ends\n"
                + "x,8,10,2024-01-01 00:00:00,2024-01-31\n";

        ImportRow.Pricing pricing = rows(parse(csv)).get(0).pricing();

        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), pricing.saleStarts());
        assertEquals(Instant.parse("2024-01-31T00:00:00Z"), pricing.saleEnds());
        ImportRow.Pricing berlin = rows(new WooCommerceCsv(2, ZoneId.of("Europe/Berlin")).parse(new StringReader(csv)))
                .get(0).pricing();
        assertEquals(Instant.parse("2023-12-31T23:00:00Z"), berlin.saleStarts(), "read in the store's zone");
    }

    @Test
    void countsMinorUnitsInTheConfiguredCurrency() throws IOException {
        WooCommerceCsv yen = new WooCommerceCsv(0);

        ImportResult result = yen.parse(new StringReader("SKU,Regular price\nramen,1500\nsushi,15.5\n"));

        assertEquals(1500L, result.rows().get(0).pricing().regularPriceMinor());
        assertEquals(List.of(new RowProblem(3, "Regular price", "Regular price: '15.5' has more than 0 decimals")),
                result.problems());
    }

    @Test
    void stripsListItemsAndImages() throws IOException {
        String csv = "SKU,Images\nx,\" https://a.test/1.jpg ,https://a.test/2.jpg, \"\n";

        assertEquals(List.of("https://a.test/1.jpg", "https://a.test/2.jpg"), rows(parse(csv)).get(0).images());
    }

    private static List<ImportRow> rows(ImportResult result) {
        assertEquals(List.of(), result.problems());
        return result.rows();
    }

    private static ImportResult parse(String csv) throws IOException {
        return new WooCommerceCsv().parse(new StringReader(csv));
    }
}
