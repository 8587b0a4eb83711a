package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console's Pricing pages in a real browser (issue 20, docs/console.md), checked against the API: a coupon
 * created in the console applies to a cart; a tax rate CSV imported there (with its report) is in
 * {@code wc/v3/taxes}; a shipping zone added there with a flat rate is in {@code wc/v3/shipping/zones}. Tax rates
 * and shipping zones are store settings: a shop manager is refused them. Screenshots:
 * {@code target/console-screenshots/<class>/<test>/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PricingConsoleContract {

    @ArquillianResource
    URL base;

    /** How long another writer holds a coupon's row while the console saves it (the stale-form test). */
    static final Duration HOLD = Duration.ofSeconds(5);

    final String run = UUID.randomUUID().toString().substring(0, 8);

    private ConsoleBrowser browser(TestInfo test) {
        return ConsoleBrowser.open(base, getClass().getSimpleName() + "/" + test.getTestMethod().orElseThrow().getName());
    }

    @Test
    void aCouponCreatedInTheConsoleAppliesToACartThroughTheApi(TestInfo test) {
        String code = "console-" + run;
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER).click("nav-pricing");
            assertEquals("/console/pricing/coupons.xhtml", browser.path());
            assertTrue(browser.has("list:coupons"), browser.pageText());
            assertFalse(browser.has("tab-taxes"), "tax rates are an administrator's setting");
            submit(browser, "filters:new-coupon");

            CustomersConsoleContract.type(browser, "coupon:code", code);
            browser.driver().findElement(By.id("coupon:discount-type")).sendKeys("Fixed cart discount");
            CustomersConsoleContract.type(browser, "coupon:amount", "5");
            CustomersConsoleContract.type(browser, "coupon:usage-limit", "many");
            CustomersConsoleContract.type(browser, "coupon:email-restrictions", "not an address");
            submit(browser, "coupon:save");
            assertEquals("Enter a whole number of at least 0.", browser.text("coupon:usage-limit-message"));
            assertEquals(code, CustomersConsoleContract.value(browser, "coupon:code"), "the input is kept");
            assertEquals(0, coupons(code).size(), "nothing was created");

            CustomersConsoleContract.type(browser, "coupon:usage-limit", "10");
            submit(browser, "coupon:save");
            assertTrue(browser.has("coupon:email-restrictions-message"), browser.pageText());
            assertEquals(0, coupons(code).size(), "nothing was created");

            browser.driver().findElement(By.id("coupon:email-restrictions")).clear();
            submit(browser, "coupon:save");
            assertEquals("/console/pricing/coupon.xhtml", browser.path());
            assertTrue(browser.pageText().contains("Created coupon " + code), browser.pageText());
        }
        JsonObject coupon = coupons(code).getJsonObject(0);
        assertEquals("fixed_cart", coupon.getString("discount_type"));
        assertEquals(10, coupon.getInt("usage_limit"));

        CartJourney journey = new CartJourney(new Http(base));
        String key = journey.newCartWith(Long.toString(product("Couponed " + run, "20.00")), "1");
        ok(journey.post("/apply-coupon", key, "{\"code\":\"" + code + "\"}"));
        JsonObject cart = Http.object(ok(journey.get("", key)));
        assertEquals("500", cart.getJsonObject("totals").getString("discount_total"), cart.toString());
    }

    @Test
    void aTaxRateCsvImportedInTheConsoleReportsItsRowsAndIsInTheApi(TestInfo test) throws IOException {
        String csv = """
                Country code,State code,Postcode / ZIP,City,Rate %,Tax name,Priority,Compound,Shipping,Tax class
                FR,*,*,*,20.0000,TVA RUN,1,0,1,
                DE,*,10115;10117,BERLIN,19.0000,MwSt RUN,1,0,1,reduced-rate
                IT,*,*,*,not-a-rate,IVA RUN,1,0,1,
                """.replace("RUN", run);
        Path file = Files.createTempFile("tax_rates", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.ADMIN).click("nav-pricing").click("tab-taxes");
            assertEquals("/console/pricing/taxes.xhtml", browser.path());
            assertFalse(browser.has("import:csv"), "a file upload, not a text area");
            browser.driver().findElement(By.id("import:file_input")).sendKeys(file.toAbsolutePath().toString());
            browser.await().ignoring(StaleElementReferenceException.class)
                    .until(d -> browser.has("import:report-summary"));
            browser.shot("tax-import-report");
            assertEquals("3 rows read, 2 imported, 1 refused.", browser.text("import:report-summary")
                    .replaceAll("\\s+", " "));
            assertTrue(browser.text("import:report").contains("Line 4:"), browser.text("import:report"));

            browser.driver().findElement(By.id("filters:class")).sendKeys("Reduced rate");
            submit(browser, "filters:apply");
            assertTrue(browser.text("list:rates").contains("MwSt " + run), browser.text("list:rates"));
        } finally {
            Files.deleteIfExists(file);
        }
        List<JsonObject> rates = Http.parse(ok(admin("GET", "taxes?per_page=100&orderby=id&order=desc", null))
                .body()).asJsonArray().getValuesAs(JsonObject.class);
        JsonObject tva = rates.stream().filter(r -> r.getString("name").equals("TVA " + run)).findFirst().orElseThrow();
        assertEquals("FR", tva.getString("country"));
        assertEquals("20.0000", tva.getString("rate"));
        JsonObject mwst = rates.stream().filter(r -> r.getString("name").equals("MwSt " + run)).findFirst()
                .orElseThrow();
        assertEquals("reduced-rate", mwst.getString("class"));
        assertEquals(List.of("10115", "10117"), mwst.getJsonArray("postcodes").getValuesAs(JsonValue::toString)
                .stream().map(s -> s.replace("\"", "")).toList());
        assertTrue(rates.stream().noneMatch(r -> r.getString("name").equals("IVA " + run)), "the bad row is refused");
    }

    @Test
    void aFileThatIsNotATaxRateCsvIsRefusedWithItsReasonAndNothingWritten(TestInfo test) throws IOException {
        int before = taxRateTotal();
        Path file = Files.createTempFile("products", ".csv");
        // A WooCommerce product export: a CSV, but not of tax rates. Its rows would each be refused one by one
        // (or worse, read as rates); the whole file is refused before anything is written.
        Files.writeString(file, "ID,Type,SKU,Name,Published,Regular price\n,simple,tax-not-" + run
                + ",Not a rate,1,9.99\n", StandardCharsets.UTF_8);
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.ADMIN).click("nav-pricing").click("tab-taxes");
            browser.driver().findElement(By.id("import:file_input")).sendKeys(file.toAbsolutePath().toString());
            browser.await().ignoring(StaleElementReferenceException.class)
                    .until(d -> browser.text("messages").contains("was refused"));
            browser.shot("tax-import-refused");
            String message = browser.text("messages");
            assertTrue(message.contains("Not a WooCommerce tax rate export"), message);
            assertTrue(message.contains("Country code"), "the reason names the expected columns: " + message);
            assertTrue(message.contains("Nothing was imported."), message);
            assertFalse(browser.has("import:report-summary"), "no report for a refused file");
        } finally {
            Files.deleteIfExists(file);
        }
        assertEquals(before, taxRateTotal(), "nothing written");
    }

    @Test
    void aCouponChangedWhileItsFormIsSavedIsRefusedAsStaleAndKeepsTheInput(TestInfo test) throws Exception {
        String code = "race-" + run;
        long id = Http.object(ok(admin("POST", "coupons", "{\"code\":\"" + code
                + "\",\"discount_type\":\"fixed_cart\",\"amount\":\"5\"}"))).getJsonNumber("id").longValue();
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER).click("nav-pricing");
            CustomersConsoleContract.type(browser, "filters:search", code);
            submit(browser, "filters:apply");
            browser.click("list:coupons:0:open");
            assertEquals("/console/pricing/coupon.xhtml", browser.path());
            CustomersConsoleContract.type(browser, "coupon:amount", "7");

            // Another writer holds the coupon's row while this form is saved, then changes it and lets go: the save
            // must see that change (checked under the same lock as its write), not a read taken before it. The click
            // runs on a thread of its own: a WebDriver call that starts a navigation can wait for the new page,
            // which waits for this lock, and a click made from this thread (or from a page timer while a WebDriver
            // call was still answering) then held the lock against itself until InnoDB's 50 s lock timeout.
            ExecutorService clicker = Executors.newSingleThreadExecutor();
            try (Connection other = ItDatabase.connect()) {
                ItDatabase.lock(other, "SELECT id FROM coupon WHERE id = ? FOR UPDATE", id);
                WebElement save = browser.driver().findElement(By.id("coupon:save"));
                Future<?> saved = clicker.submit(save::click);
                Thread.sleep(HOLD.toMillis());
                assertEquals(1, ItDatabase.update(other, "UPDATE coupon SET amount = 9, version = version + 1,"
                        + " modified_at = modified_at + INTERVAL 1 SECOND WHERE id = ?", id));
                other.commit();
                try {
                    saved.get(30, TimeUnit.SECONDS);
                } catch (TimeoutException stillWaiting) {
                    throw new AssertionError("the save had no answer 30 s after the other writer let go of the"
                            + " coupon; the database's locks:\n" + ItDatabase.lockReport(), stillWaiting);
                }
                browser.await().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(save));
            } finally {
                clicker.shutdownNow();
            }
            browser.shot("stale");
            assertTrue(browser.text("coupon:messages").contains("changed by someone else"), browser.pageText());
            assertEquals("7", CustomersConsoleContract.value(browser, "coupon:amount"), "the input is kept");
        }
        assertEquals("9.00", Http.object(ok(admin("GET", "coupons/" + id, null))).getString("amount"),
                "the other writer's change stands");
    }

    @Test
    void theShippingZonesArePagedWithZoneZeroFirst(TestInfo test) {
        for (int i = 0; i < 21; i++) {
            ok(admin("POST", "shipping/zones", "{\"name\":\"Paged " + run + " " + i + "\",\"order\":" + (900_000 + i)
                    + "}"));
        }
        int total = Http.parse(ok(admin("GET", "shipping/zones", null)).body()).asJsonArray().size();
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.ADMIN).click("nav-pricing").click("tab-shipping");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#list\\:zones_data > tr"));
            assertEquals(20, rows.size(), browser.pageText());
            assertTrue(rows.get(0).getText().contains("Locations not covered by your other zones"), rows.get(0).getText());
            assertTrue(browser.text("list:zones").contains("1–20 of " + total), browser.text("list:zones"));
            WebElement first = rows.get(0);
            browser.driver().findElement(By.cssSelector("#list\\:zones .ui-paginator-last")).click();
            browser.await().until(ExpectedConditions.stalenessOf(first));
            browser.shot("last-page");
            String last = browser.text("list:zones");
            assertTrue(last.contains("Paged " + run + " 20"), last);
            assertFalse(last.contains("Locations not covered by your other zones"), last);
        }
    }

    @Test
    void aShippingZoneAddedInTheConsoleWithAFlatRateIsInTheApi(TestInfo test) {
        String name = "Zone " + run;
        long zoneId;
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.ADMIN).click("nav-pricing").click("tab-shipping");
            assertEquals("/console/pricing/shipping.xhtml", browser.path());
            submit(browser, "new-zone:add");
            assertEquals("Enter the zone's name.", browser.text("new-zone:name-message"));
            CustomersConsoleContract.type(browser, "new-zone:name", name);
            submit(browser, "new-zone:add");
            assertEquals("/console/pricing/shipping-zone.xhtml", browser.path());
            zoneId = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));

            CustomersConsoleContract.type(browser, "zone:regions", "NZ, Mars");
            submit(browser, "zone:save");
            assertTrue(browser.text("zone:regions-message").contains("'Mars' is not a country code"),
                    browser.pageText());
            CustomersConsoleContract.type(browser, "zone:regions", "NZ, postcode:6011");
            submit(browser, "zone:save");
            assertTrue(browser.pageText().contains("Saved the zone."), browser.pageText());

            browser.driver().findElement(By.id("methods:new-method")).sendKeys("Flat rate");
            submit(browser, "methods:add");
            var cost = browser.driver().findElement(By.cssSelector("#settings [data-setting=cost]"));
            cost.clear();
            cost.sendKeys("7.50");
            submit(browser, "settings:save");
            assertTrue(browser.pageText().contains("Saved the options of Flat rate."), browser.pageText());
        }
        JsonObject zone = Http.object(ok(admin("GET", "shipping/zones/" + zoneId, null)));
        assertEquals(name, zone.getString("name"));
        JsonArray locations = Http.parse(ok(admin("GET", "shipping/zones/" + zoneId + "/locations", null)).body())
                .asJsonArray();
        assertEquals("NZ", locations.getJsonObject(0).getString("code"));
        assertEquals("postcode", locations.getJsonObject(1).getString("type"));
        JsonObject method = Http.parse(ok(admin("GET", "shipping/zones/" + zoneId + "/methods", null)).body())
                .asJsonArray().getJsonObject(0);
        assertEquals("flat_rate", method.getString("method_id"));
        assertTrue(method.getBoolean("enabled"));
        assertEquals("7.50", method.getJsonObject("settings").getJsonObject("cost").getString("value"));

        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.ADMIN).click("nav-pricing").click("tab-shipping");
            browser.driver().findElement(By.linkText(name)).click();
            browser.await().until(d -> d.getCurrentUrl().contains("shipping-zone.xhtml"));
            browser.shot("zone");
            submit(browser, "methods:table:0:disable");
            assertTrue(browser.pageText().contains("Disabled Flat rate."), browser.pageText());
        }
        assertFalse(Http.parse(ok(admin("GET", "shipping/zones/" + zoneId + "/methods", null)).body()).asJsonArray()
                .getJsonObject(0).getBoolean("enabled"));
    }

    @Test
    void taxRatesAndShippingZonesAreRefusedToAShopManager(TestInfo test) {
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER).click("nav-pricing");
            assertFalse(browser.has("tab-taxes") || browser.has("tab-shipping"));
            for (String page : List.of("taxes", "shipping", "shipping-zone")) {
                browser.go("console/pricing/" + page + ".xhtml");
                assertEquals(403, browser.status(), page);
            }
        }
    }

    /**
     * Clicks a form's button and waits for the answer. The wait ignores chromedriver's "node does not belong to the
     * document", which it can answer instead of a stale element while a redirect replaces the page.
     */
    static void submit(ConsoleBrowser browser, String id) {
        WebElement button = browser.driver().findElement(By.id(id));
        button.click();
        browser.await().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(button));
        browser.shot();
    }

    int taxRateTotal() {
        return Integer.parseInt(ok(admin("GET", "taxes?per_page=1", null)).headers().firstValue("X-WP-Total")
                .orElseThrow());
    }

    JsonArray coupons(String code) {
        return Http.parse(ok(admin("GET", "coupons?code=" + code, null)).body()).asJsonArray();
    }

    long product(String name, String price) {
        HttpResponse<String> created = admin("POST", "products", Json.createObjectBuilder().add("name", name)
                .add("regular_price", price).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    HttpResponse<String> admin(String method, String path, String json) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(DemoLogins.ADMIN.getBytes(StandardCharsets.UTF_8));
        return new Http(base).send(HttpRequest.newBuilder(new Http(base).at("wp-json/wc/v3/" + path))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> ok(HttpResponse<String> answer) {
        return CustomersConsoleContract.ok(answer);
    }
}
