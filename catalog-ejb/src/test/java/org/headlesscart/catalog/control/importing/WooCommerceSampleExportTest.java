package org.headlesscart.catalog.control.importing;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.headlesscart.catalog.control.importing.ImportRow.Attribute;
import org.headlesscart.catalog.control.importing.ImportRow.Backorders;
import org.headlesscart.catalog.control.importing.ImportRow.Download;
import org.headlesscart.catalog.control.importing.ImportRow.Status;
import org.headlesscart.catalog.control.importing.ImportRow.StockStatus;
import org.headlesscart.catalog.control.importing.ImportRow.TaxStatus;
import org.headlesscart.catalog.control.importing.ImportRow.Type;
import org.headlesscart.catalog.control.importing.ImportRow.Visibility;
import org.headlesscart.catalog.control.importing.ProductRef.BySku;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WooCommerce's own sample catalog, exported by WooCommerce (UTF-8 with BOM, LF line ends, 51 columns, no cell
 * spanning lines). The expected values were read from the file with Python's csv module.
 */
class WooCommerceSampleExportTest {

    private static final String SAMPLE = "/woocommerce/woocommerce-sample-products.csv";
    private static final String IMAGES = "https://woocommercecore.mystagingwebsite.com/wp-content/uploads/";
    private static final String DOWNLOADS = "https://demo.woothemes.com/woocommerce/wp-content/uploads/sites/56/2017/08/";

    static ImportResult result;

    @BeforeAll
    static void parseTheSample() throws IOException {
        try (InputStream csv = WooCommerceSampleExportTest.class.getResourceAsStream(SAMPLE)) {
            assertNotNull(csv, SAMPLE + " is on the test class path");
            result = new WooCommerceCsv().parse(csv);
        }
    }

    @Test
    void parsesEveryRowWithoutAProblem() {
        assertEquals(List.of(), result.problems());
        assertEquals(25, result.rows().size());
    }

    @Test
    void findsEveryProductType() {
        Map<Type, Long> types = result.rows().stream().collect(groupingBy(ImportRow::type, counting()));

        assertEquals(Map.of(Type.SIMPLE, 14L, Type.VARIABLE, 2L, Type.VARIATION, 7L, Type.GROUPED, 1L,
                Type.EXTERNAL, 1L), types);
    }

    @Test
    void numbersRowsByPhysicalLineWithTheHeaderAsLineOne() {
        assertEquals(2, row("woo-vneck-tee").lineNumber());
        assertEquals(14, row("woo-album").lineNumber());
        assertEquals(24, row("logo-collection").lineNumber());
        assertEquals(26, row("woo-hoodie-blue-logo").lineNumber());
    }

    @Test
    void readsTheVariableVNeckTee() {
        ImportRow tee = row("woo-vneck-tee");

        assertEquals(44L, tee.wooId());
        assertEquals(Type.VARIABLE, tee.type());
        assertEquals("V-Neck T-Shirt", tee.name());
        assertEquals(Status.PUBLISH, tee.status());
        assertTrue(tee.featured());
        assertEquals(Visibility.VISIBLE, tee.visibility());
        assertEquals(Visibility.HIDDEN, row("woo-hoodie-with-pocket").visibility());
        assertEquals("This is a variable product.", tee.shortDescription());
        assertTrue(tee.description().startsWith("Pellentesque habitant morbi tristique"));
        assertEquals(List.of(List.of("Clothing", "Tshirts")), tee.categories());
        assertEquals(3, tee.images().size());
        assertEquals(IMAGES + "2017/12/vneck-tee-2.jpg", tee.images().get(0), "the main image comes first");
        assertNull(tee.pricing().regularPriceMinor(), "a variable product's prices live on its variations");
        assertEquals(Map.of("_wpcom_is_markdown", "1"), tee.meta());
    }

    @Test
    void readsTheVNeckTeesAttributesWithTheirValuesAndFlags() {
        assertEquals(List.of(
                new Attribute(1, "Color", List.of("Blue", "Green", "Red"), true, true, ""),
                new Attribute(2, "Size", List.of("Large", "Medium", "Small"), true, true, "")),
                row("woo-vneck-tee").attributes());
    }

    @Test
    void readsALocalAttributeAsNotGlobal() {
        Attribute logo = row("woo-hoodie").attributes().get(1);

        assertEquals("Logo", logo.name());
        assertEquals(List.of("Yes", "No"), logo.values());
        assertFalse(logo.global());
        assertTrue(logo.visible());
    }

    @Test
    void readsWeightAndDimensionsAsWrittenWithTheUnitsOfTheHeader() {
        ImportRow.Shipping shipping = row("woo-vneck-tee").shipping();

        assertEquals(new BigDecimal("0.5"), shipping.weight(), "the file says .5");
        assertEquals(new BigDecimal("24"), shipping.length());
        assertEquals(new BigDecimal("1"), shipping.width());
        assertEquals(new BigDecimal("2"), shipping.height());
        assertEquals("lbs", shipping.weightUnit());
        assertEquals("in", shipping.dimensionUnit());
        assertEquals("", shipping.shippingClass());
    }

    @Test
    void readsAVariationWithItsParentSingleValuesAndPrice() {
        ImportRow red = row("woo-vneck-tee-red");

        assertEquals(16, red.lineNumber());
        assertEquals(Type.VARIATION, red.type());
        assertEquals(new BySku("woo-vneck-tee"), red.links().parent());
        assertEquals(2000L, red.pricing().regularPriceMinor());
        assertNull(red.pricing().salePriceMinor());
        assertEquals(List.of("Red"), red.attributes().get(0).values());
        assertTrue(red.attributes().get(1).isAny(), "the Size cell is empty: the variation fits any size");
        assertTrue(red.attributes().get(1).global());
        assertFalse(red.reviewsAllowed());
        assertEquals(Map.of(), red.meta(), "the variation's meta cell is empty");
    }

    @Test
    void readsAVariationOnSaleWithItsMenuPosition() {
        ImportRow hoodie = row("woo-hoodie-red");

        assertEquals("Hoodie - Red, No", hoodie.name());
        assertEquals(new BySku("woo-hoodie"), hoodie.links().parent());
        assertEquals(4200L, hoodie.pricing().salePriceMinor());
        assertEquals(4500L, hoodie.pricing().regularPriceMinor());
        assertEquals(1, hoodie.position());
        assertEquals(List.of("No"), hoodie.attributes().get(1).values());
    }

    @Test
    void readsTheGroupedProductAndItsChildren() {
        ImportRow collection = row("logo-collection");

        assertEquals(Type.GROUPED, collection.type());
        assertEquals(List.of(new BySku("woo-hoodie-with-logo"), new BySku("woo-tshirt"), new BySku("woo-beanie")),
                collection.links().groupedProducts());
        assertEquals(4, collection.images().size());
        assertNull(collection.pricing().regularPriceMinor());
    }

    @Test
    void readsTheExternalProductWithItsUrlAndButton() {
        ImportRow pennant = row("wp-pennant");

        assertEquals(Type.EXTERNAL, pennant.type());
        assertEquals("https://mercantile.wordpress.org/product/wordpress-pennant/", pennant.externalUrl());
        assertEquals("Buy on the WordPress swag store!", pennant.buttonText());
        assertEquals(1105L, pennant.pricing().regularPriceMinor(), "11.05");
        assertEquals(List.of(List.of("Decor")), pennant.categories());
    }

    @Test
    void readsASalePrice() {
        ImportRow beanie = row("woo-beanie");

        assertEquals(1800L, beanie.pricing().salePriceMinor());
        assertEquals(2000L, beanie.pricing().regularPriceMinor());
        assertNull(beanie.pricing().saleStarts(), "the sample has no sale dates");
    }

    @Test
    void readsVirtualAndDownloadableFlagsFromTheTypeColumn() {
        ImportRow album = row("woo-album");

        assertEquals(Type.SIMPLE, album.type(), "Type says 'simple, downloadable, virtual'");
        assertTrue(album.virtual());
        assertTrue(album.downloadable());
        assertFalse(row("woo-tshirt").virtual());
        assertFalse(row("woo-tshirt").downloadable());
    }

    @Test
    void readsDownloadsWithTheirLimits() {
        ImportRow album = row("woo-album");

        assertEquals(List.of(new Download(1, "Single 1", DOWNLOADS + "single.jpg"),
                new Download(2, "Single 2", DOWNLOADS + "album.jpg")), album.downloads());
        assertEquals(1, album.downloadLimit());
        assertEquals(1, album.downloadExpiryDays());
        assertEquals(1, row("woo-single").downloads().size(), "empty Download 2 cells are no download");
    }

    @Test
    void readsStockFieldsWhichTheSampleNeverManages() {
        for (ImportRow row : result.rows()) {
            ImportRow.Inventory inventory = row.inventory();
            assertEquals(StockStatus.IN_STOCK, inventory.stockStatus(), row.sku());
            assertFalse(inventory.managesStock(), row.sku() + ": the Stock column is empty throughout");
            assertEquals(Backorders.NO, inventory.backorders(), row.sku());
            assertFalse(inventory.soldIndividually(), row.sku());
            assertEquals(TaxStatus.TAXABLE, row.taxStatus(), row.sku());
        }
    }

    private static ImportRow row(String sku) {
        return result.rows().stream().filter(r -> r.sku().equals(sku)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with SKU " + sku));
    }
}
