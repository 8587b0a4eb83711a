package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The console's catalog pages in a real browser (issue 20, docs/console.md): search and edit a product and see the
 * change in {@code wc/v3/products/{id}}, a stale edit refused with the input kept, categories and tags, and the
 * WooCommerce CSV import with its progress and report, a file that is no WooCommerce export refused with nothing
 * written. Runs in the catalog-writes execution's own database (it adds and changes products); the sample CSV is
 * the copy of ../shared/data in the test resources, as {@link ImportContract} reads it. Screenshots:
 * {@code target/console-screenshots/<class>/<test>/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class CatalogConsoleContract {

    static final String PRODUCTS = "/console/catalog/products.xhtml";
    static final String PRODUCT = "/console/catalog/product.xhtml";
    static final String SAMPLE = "/woocommerce/woocommerce-sample-products.csv";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @ArquillianResource
    URL base;

    private ConsoleBrowser browser(TestInfo test) {
        return ConsoleBrowser.open(base, getClass().getSimpleName() + "/" + test.getTestMethod().orElseThrow().getName());
    }

    @Test
    void searchAProductEditItsPriceAndStockAndSeeTheChangeInTheProductsApi(TestInfo test) {
        String sku = "console-edit-" + System.nanoTime();
        long id = createProduct(sku, "Console Edit Mug", "12.00");
        try (ConsoleBrowser browser = browser(test)) {
            openProduct(browser.signInAs(DemoLogins.MANAGER), sku);
            assertEquals("Console Edit Mug", browser.text("product-name"));
            assertEquals("12.00", value(browser, "edit:regular-price"));

            // Server-side checks, with the message next to the field and nothing saved.
            type(browser, "edit:regular-price", "12,5x");
            type(browser, "edit:sale-price", "30.00");
            browser.click("edit:save");
            assertTrue(browser.text("edit:regular-price-message").contains("Enter a price such as 18.50"),
                    browser.pageText());
            assertEquals("12,5x", value(browser, "edit:regular-price"), "the input is kept");
            assertEquals("12.00", product(id).getString("regular_price"), "nothing saved");

            type(browser, "edit:regular-price", "21.50");
            type(browser, "edit:sale-price", "19.00");
            WebElement manage = browser.driver().findElement(By.id("edit:manage-stock"));
            if (!manage.isSelected()) {
                manage.click();
            }
            type(browser, "edit:stock-quantity", "7");
            browser.click("edit:save");
            assertTrue(browser.text("edit:messages").contains("Saved Console Edit Mug."), browser.pageText());
        }
        JsonObject saved = product(id);
        assertEquals("21.50", saved.getString("regular_price"));
        assertEquals("19.00", saved.getString("sale_price"));
        assertTrue(saved.getBoolean("manage_stock"));
        assertEquals(7, saved.getInt("stock_quantity"));
        assertEquals("instock", saved.getString("stock_status"));
    }

    @Test
    void theTableFiltersByStockStatusAndSortsInTheDatabase(TestInfo test) {
        String prefix = "console-filter-" + System.nanoTime();
        createProduct(prefix + "-b", "Console Filter B", "5.00");
        long outOfStock = createProduct(prefix + "-a", "Console Filter A", "6.00");
        admin("PUT", "wp-json/wc/v3/products/" + outOfStock, "{\"manage_stock\":true,\"stock_quantity\":0}");
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER).click("nav-catalog");
            assertEquals(PRODUCTS, browser.path());
            search(browser, prefix, 2);
            assertEquals(List.of(prefix + "-a", prefix + "-b"), skus(browser), "newest first by default");

            By skuHeader = By.cssSelector("#products\\:table th:nth-child(2)");
            browser.driver().findElement(skuHeader).click();     // ascending
            browser.await().ignoring(StaleElementReferenceException.class)
                    .until(d -> "ascending".equals(d.findElement(skuHeader).getAttribute("aria-sort")));
            browser.driver().findElement(skuHeader).click();     // descending
            browser.await().ignoring(StaleElementReferenceException.class)
                    .until(d -> skus(browser).equals(List.of(prefix + "-b", prefix + "-a")));
            browser.shot("products-sorted-by-sku");

            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("products:stock-status")))
                    .selectByValue("outofstock");
            search(browser, prefix, 1);
            assertEquals(List.of(prefix + "-a"), skus(browser));
            assertTrue(browser.text("products:table:0:stock").startsWith("Out of stock"));

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.shot("products-on-a-phone");
        }
    }

    @Test
    void aStaleEditIsRefusedWithTheInputKeptAndASecondSaveAppliesIt(TestInfo test) {
        String sku = "console-stale-" + System.nanoTime();
        long id = createProduct(sku, "Console Stale Cap", "10.00");
        try (ConsoleBrowser browser = browser(test)) {
            openProduct(browser.signInAs(DemoLogins.MANAGER), sku);
            // Someone else changes the product after the form was shown.
            HttpResponse<String> meanwhile = admin("PUT", "wp-json/wc/v3/products/" + id, "{\"regular_price\":\"30.00\"}");
            assertEquals(200, meanwhile.statusCode(), meanwhile.body());

            type(browser, "edit:regular-price", "25.00");
            browser.click("edit:save");
            assertTrue(browser.text("edit:messages").contains("changed by someone else"), browser.pageText());
            assertEquals("25.00", value(browser, "edit:regular-price"), "the user's input is kept");
            assertEquals("Saved now: 30.00", browser.text("edit:saved-regular-price"));
            assertEquals("30.00", product(id).getString("regular_price"), "the other change is not overwritten");

            browser.click("edit:save");
            assertTrue(browser.text("edit:messages").contains("Saved Console Stale Cap."), browser.pageText());
        }
        assertEquals("25.00", product(id).getString("regular_price"), "the second save applies the kept input");
    }

    @Test
    void categoriesAndTagsAreCreatedRenamedAndDeleted(TestInfo test) {
        int n = UNIQUE.incrementAndGet();
        String name = "Console Shelf " + System.nanoTime() % 100000 + n;
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER).click("nav-catalog").click("tab-categories");
            for (String taxonomy : List.of("categories", "tags")) {
                if (taxonomy.equals("tags")) {
                    browser.click("tab-tags");
                }
                ajax(browser, "create:add");
                assertTrue(browser.text("create:new-name-message").contains("Enter a name."), browser.pageText());

                type(browser, "create:new-name", name);
                ajax(browser, "create:add");
                assertTrue(browser.text("messages").contains("\u201c" + name + "\u201d created."), browser.pageText());
                assertEquals(1, terms(taxonomy, name).size());

                type(browser, "list:search", name);
                browser.driver().findElement(By.id("list:apply")).click();
                browser.await().ignoring(StaleElementReferenceException.class)
                        .until(d -> browser.text("list:table").contains(name) && rows(browser, "list:table") == 1);
                ajax(browser, "list:table:0:start-rename");
                type(browser, "rename:rename-to", name + " Renamed");
                ajax(browser, "rename:save-rename");
                assertTrue(browser.text("messages").contains("renamed to \u201c" + name + " Renamed\u201d"),
                        browser.pageText());
                assertEquals(List.of(name + " Renamed"), terms(taxonomy, name).stream()
                        .map(t -> t.getString("name")).toList());

                browser.driver().findElement(By.id("list:table:0:delete")).click();
                browser.await().until(d -> d.findElement(By.id("list:confirm-yes")).isDisplayed());
                browser.shot(taxonomy + "-delete-confirm");
                ajax(browser, "list:confirm-yes");
                assertTrue(browser.text("messages").contains("deleted."), browser.pageText());
                assertEquals(List.of(), terms(taxonomy, name));
            }
        }
    }

    @Test
    void theSampleExportImportsThroughThePageWithProgressAndAReportTheApiConfirms(TestInfo test) throws IOException {
        Path csv = sampleFile();
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER).click("nav-catalog").click("tab-import");
            browser.driver().findElement(By.id("upload:file_input")).sendKeys(csv.toAbsolutePath().toString());
            browser.await().until(d -> browser.has("progress:bar"));
            browser.shot("import-progress");
            browser.await().ignoring(StaleElementReferenceException.class).until(d -> browser.has("report:created"));
            browser.shot("import-report");
            assertTrue(browser.text("progress:bar").contains("100%"), browser.text("progress:bar"));
            int created = Integer.parseInt(browser.text("report:created"));
            int updated = Integer.parseInt(browser.text("report:updated"));
            int refused = Integer.parseInt(browser.text("report:refused"));
            assertEquals(0, refused, browser.pageText());
            assertEquals(25, created + updated, "every row of the sample: " + browser.pageText());
            assertTrue(browser.text("messages").contains("imported: " + created + " created, " + updated
                    + " updated, 0 refused."), browser.pageText());
        } finally {
            Files.deleteIfExists(csv);
        }
        // What the report counts is what the Products API has: each product row by its SKU, each variation in
        // its parent's variations.
        int found = 0;
        List<String> variations = new ArrayList<>();
        for (String sku : List.of("woo-vneck-tee", "woo-hoodie", "woo-hoodie-with-logo", "woo-tshirt", "woo-beanie",
                "woo-belt", "woo-cap", "woo-sunglasses", "woo-hoodie-with-pocket", "woo-hoodie-with-zipper",
                "woo-long-sleeve-tee", "woo-polo", "woo-album", "woo-single", "Woo-tshirt-logo", "Woo-beanie-logo",
                "logo-collection", "wp-pennant")) {
            JsonArray bySku = Http.parse(admin("GET", "wp-json/wc/v3/products?sku=" + sku, null).body()).asJsonArray();
            assertEquals(1, bySku.size(), sku);
            found++;
            JsonArray ids = bySku.getJsonObject(0).getJsonArray("variations");
            for (int i = 0; i < ids.size(); i++) {
                variations.add(Http.object(admin("GET", "wp-json/wc/v3/products/"
                        + bySku.getJsonObject(0).getInt("id") + "/variations/" + ids.getJsonNumber(i).longValue(), null))
                        .getString("sku"));
            }
        }
        assertTrue(variations.containsAll(List.of("woo-vneck-tee-red", "woo-vneck-tee-green", "woo-vneck-tee-blue",
                "woo-hoodie-red", "woo-hoodie-green", "woo-hoodie-blue", "woo-hoodie-blue-logo")), variations.toString());
        assertEquals(25, found + 7);
        assertEquals("18.00", product(productId("woo-beanie")).getString("sale_price"));
    }

    @Test
    void aCsvThatIsNotAWooCommerceExportIsRefusedWithItsReasonAndNothingWritten(TestInfo test) throws IOException {
        String sku = "console-not-woo-" + System.nanoTime();
        long before = productTotal();
        Path csv = Files.createTempFile("not-woocommerce", ".csv");
        Files.writeString(csv, "product_code;title;cost\n" + sku + ";Not imported;9.99\n", StandardCharsets.UTF_8);
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER).click("nav-catalog").click("tab-import");
            browser.driver().findElement(By.id("upload:file_input")).sendKeys(csv.toAbsolutePath().toString());
            browser.await().until(d -> browser.text("messages").contains("was refused"));
            browser.shot("import-refused");
            String message = browser.text("messages");
            assertTrue(message.contains("Not a WooCommerce product export: The first line names no column of a "
                    + "WooCommerce product export, such as SKU or Name."), message);
            assertTrue(message.contains("Nothing was imported."), message);
            assertFalse(browser.has("report:created"), "no report for a refused file");
        } finally {
            Files.deleteIfExists(csv);
        }
        assertEquals(before, productTotal(), "nothing written");
        assertEquals(0, Http.parse(admin("GET", "wp-json/wc/v3/products?search=Not%20imported", null).body())
                .asJsonArray().size());
    }

    // --- the browser

    private static ConsoleBrowser openProduct(ConsoleBrowser browser, String sku) {
        browser.click("nav-catalog");
        assertEquals(PRODUCTS, browser.path());
        search(browser, sku, 1);
        browser.click("products:table:0:edit");
        assertEquals(PRODUCT, browser.path());
        return browser;
    }

    private static void search(ConsoleBrowser browser, String text, int rows) {
        type(browser, "products:search", text);
        browser.driver().findElement(By.id("products:apply")).click();
        browser.await().ignoring(StaleElementReferenceException.class)
                .until(d -> rows(browser, "products:table") == rows && browser.text("products:table").contains(text));
        browser.shot("products-search");
    }

    // In the page's script, at one moment: an ajax update replaces the rows under Selenium's feet otherwise.
    @SuppressWarnings("unchecked")
    private static List<String> skus(ConsoleBrowser browser) {
        return (List<String>) browser.driver().executeScript("return Array.from(document.querySelectorAll("
                + "\"[id^='products:table:'][id$=':sku']\")).map(e => e.textContent.trim());");
    }

    private static int rows(ConsoleBrowser browser, String table) {
        return ((Number) browser.driver().executeScript("return Array.from(document.querySelectorAll(\"[id='" + table
                + "_data'] > tr\")).filter(tr => !tr.classList.contains('ui-datatable-empty-message')).length;"))
                .intValue();
    }

    /** Clicks an ajax button and waits for PrimeFaces' queue to be empty, then saves a screenshot. */
    private static void ajax(ConsoleBrowser browser, String id) {
        browser.driver().findElement(By.id(id)).click();
        browser.await().until(d -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && !!document.readyState;")));
        browser.shot();
    }

    private static void type(ConsoleBrowser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String value(ConsoleBrowser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    // --- the API

    private long createProduct(String sku, String name, String price) {
        HttpResponse<String> created = admin("POST", "wp-json/wc/v3/products", "{\"name\":\"" + name + "\",\"sku\":\""
                + sku + "\",\"regular_price\":\"" + price + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    private JsonObject product(long id) {
        HttpResponse<String> read = admin("GET", "wp-json/wc/v3/products/" + id, null);
        assertEquals(200, read.statusCode(), read.body());
        return Http.object(read);
    }

    private long productId(String sku) {
        return Http.parse(admin("GET", "wp-json/wc/v3/products?sku=" + sku, null).body()).asJsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long productTotal() {
        HttpResponse<String> page = admin("GET", "wp-json/wc/v3/products?per_page=1", null);
        return Long.parseLong(page.headers().firstValue("X-WP-Total").orElseThrow());
    }

    private List<JsonObject> terms(String taxonomy, String search) {
        String q = search.replace(" ", "%20");
        return Http.parse(admin("GET", "wp-json/wc/v3/products/" + taxonomy + "?per_page=100&search=" + q, null)
                .body()).asJsonArray().getValuesAs(JsonObject.class);
    }

    private HttpResponse<String> admin(String method, String path, String body) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(DemoLogins.ADMIN.getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(new Http(base).at(path)).header("Authorization", basic);
        request = body == null ? request.GET()
                : request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(body));
        return new Http(base).send(request);
    }

    private static Path sampleFile() throws IOException {
        Path file = Files.createTempFile("woocommerce-sample-products", ".csv");
        try (InputStream in = CatalogConsoleContract.class.getResourceAsStream(SAMPLE)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
