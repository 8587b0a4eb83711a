package org.headlesscart.it;

import static org.headlesscart.it.DemoLogins.ADMIN;
import static org.headlesscart.it.DemoLogins.MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's orders pages in a real browser (issue 20, docs/console.md "Orders"): an order placed through the API
 * is found in the list by search and status, its detail shows it, and a status change, a note and a refund with
 * restock made there show in wc/v3/orders, its notes, its refunds and the product's stock. A stale form and a
 * refund quantity above what is left are refused next to the form, nothing written. Runs on the catalog-writes
 * database: it adds products and orders and moves stock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class OrdersConsoleContract {

    static final String LIST = "/console/orders/index.xhtml";
    static final String DETAIL = "/console/orders/order.xhtml";

    @ArquillianResource
    URL base;

    private ConsoleBrowser browser(TestInfo test) {
        return ConsoleBrowser.open(base, getClass().getSimpleName() + "/" + test.getTestMethod().orElseThrow().getName());
    }

    @Test
    void anOrderIsFoundOpenedMovedNotedAndRefundedWithRestock(TestInfo test) {
        String tag = unique();
        long product = product(tag, "12.00", 10);
        long id = order(tag, product, 3);
        assertEquals(7, stock(product), "the paid order sold three units");
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(MANAGER).click("nav-orders");
            assertEquals(LIST, browser.path());

            type(browser, "filters:search", tag);
            new Select(browser.driver().findElement(By.id("filters:status"))).selectByValue("completed");
            browser.click("filters:apply");
            assertFalse(browser.pageText().contains(tag + "@example.com"), "a processing order is not completed");
            new Select(browser.driver().findElement(By.id("filters:status"))).selectByValue("processing");
            browser.click("filters:apply");
            assertEquals("#" + id, browser.text("orders-form:orders:0:open"), browser.pageText());
            assertEquals(tag + "@example.com", browser.text("orders-form:orders:0:email"));
            assertEquals("Processing", browser.text("orders-form:orders:0:status"));
            assertFalse(browser.has("orders-form:orders:1:open"), "the search finds this order alone");

            browser.click("orders-form:orders:0:open");
            assertEquals(DETAIL, browser.path());
            assertEquals("Processing", browser.text("order-status"));
            assertTrue(browser.text("line-items:0:name").contains("Console kite " + tag), browser.pageText());
            assertEquals("3", browser.text("line-items:0:quantity"));
            assertEquals("36.00 USD", browser.text("order-total").replace("EUR", "USD").replace("GBP", "USD"));
            assertTrue(browser.text("billing").contains(tag + "@example.com"));
            assertTrue(browser.text("history").contains("Processing"), browser.text("history"));

            new Select(browser.driver().findElement(By.id("status-form:status"))).selectByValue("completed");
            browser.click("status-form:change");
            assertTrue(browser.text("status-form:messages").contains("Status changed from Processing to Completed"),
                    browser.pageText());
            assertEquals("Completed", browser.text("order-status"));
            assertEquals("completed", Http.object(send("GET", "orders/" + id, ADMIN, null)).getString("status"));

            String note = "Packed by the console " + tag;
            type(browser, "note-form:note", note);
            browser.driver().findElement(By.id("note-form:customer-note")).click();
            browser.click("note-form:add");
            assertTrue(browser.text("note-form:messages").contains("Note added"), browser.pageText());
            assertTrue(browser.text("notes").contains(note));
            JsonObject added = Http.parse(send("GET", "orders/" + id + "/notes", ADMIN, null).body()).asJsonArray()
                    .stream().map(v -> v.asJsonObject()).filter(n -> note.equals(n.getString("note"))).findFirst()
                    .orElseThrow(() -> new AssertionError("the note is not in wc/v3/orders/" + id + "/notes"));
            assertTrue(added.getBoolean("customer_note"));

            type(browser, "refund-form:lines:0:quantity", "1");
            type(browser, "refund-form:reason", "Torn sail " + tag);
            assertTrue(browser.driver().findElement(By.id("refund-form:restock")).isSelected(), "restock by default");
            browser.click("refund-form:refund");
            assertTrue(browser.text("refund-form:messages").contains("Refunded 12.00"), browser.pageText());
            assertEquals("2", browser.text("refund-form:lines:0:left"));
            JsonArray refunds = Http.parse(send("GET", "orders/" + id + "/refunds", ADMIN, null).body()).asJsonArray();
            assertEquals(1, refunds.size(), refunds.toString());
            assertEquals("12.00", refunds.getJsonObject(0).getString("amount"));
            assertEquals("Torn sail " + tag, refunds.getJsonObject(0).getString("reason"));
            assertEquals(-1, refunds.getJsonObject(0).getJsonArray("line_items").getJsonObject(0).getInt("quantity"));
            assertEquals(8, stock(product), "the refunded unit is back in stock");
        }
    }

    @Test
    void aRefundAboveWhatIsLeftIsRefusedNextToTheLineAndNothingIsWritten(TestInfo test) {
        String tag = unique();
        long product = product(tag, "5.00", 10);
        long id = order(tag, product, 2);
        try (ConsoleBrowser browser = browser(test)) {
            openOrder(browser, id);
            type(browser, "refund-form:lines:0:quantity", "3");
            type(browser, "refund-form:reason", "Too many " + tag);
            browser.click("refund-form:refund");
            assertEquals(DETAIL, browser.path());
            assertTrue(browser.text("refund-form:lines:0:quantity-message").contains("At most 2 left to refund"),
                    browser.pageText());
            assertEquals("3", value(browser, "refund-form:lines:0:quantity"), "the input is kept");
            assertEquals("Too many " + tag, value(browser, "refund-form:reason"));

            type(browser, "refund-form:lines:0:quantity", "");
            type(browser, "refund-form:amount", "10.01");
            browser.click("refund-form:refund");
            assertTrue(browser.text("refund-form:amount-message").contains("is left to refund"), browser.pageText());
        }
        assertEquals(0, Http.parse(send("GET", "orders/" + id + "/refunds", ADMIN, null).body()).asJsonArray().size());
        assertEquals(8, stock(product), "nothing went back");
    }

    @Test
    void aStaleFormSaysSoKeepsTheInputAndWritesNothing(TestInfo test) {
        String tag = unique();
        long product = product(tag, "4.00", 10);
        long id = order(tag, product, 1);
        try (ConsoleBrowser browser = browser(test)) {
            openOrder(browser, id);
            assertEquals(200, send("PUT", "orders/" + id, ADMIN, "{\"status\":\"on-hold\"}").statusCode());
            new Select(browser.driver().findElement(By.id("status-form:status"))).selectByValue("completed");
            browser.click("status-form:change");
            assertTrue(browser.text("page-messages").contains("was changed by someone else"), browser.pageText());
            assertEquals("on-hold", Http.object(send("GET", "orders/" + id, ADMIN, null)).getString("status"),
                    "nothing was written");
            assertEquals("On hold", browser.text("order-status"), "the page shows the order as it is now");
            assertEquals("completed", new Select(browser.driver().findElement(By.id("status-form:status")))
                    .getFirstSelectedOption().getAttribute("value"), "the choice is kept");
            browser.click("status-form:change");
            assertEquals("completed", Http.object(send("GET", "orders/" + id, ADMIN, null)).getString("status"),
                    "sent again, it applies");

            type(browser, "refund-form:lines:0:quantity", "1");
            assertEquals(201, send("POST", "orders/" + id + "/refunds", ADMIN,
                    "{\"amount\":\"1.00\",\"api_refund\":false}").statusCode());
            browser.click("refund-form:refund");
            assertTrue(browser.text("page-messages").contains("was changed by someone else"), browser.pageText());
            assertEquals("1", value(browser, "refund-form:lines:0:quantity"), "the quantity is kept");
            assertEquals(1, Http.parse(send("GET", "orders/" + id + "/refunds", ADMIN, null).body()).asJsonArray()
                    .size(), "the console's refund was not written");
        }
    }

    @Test
    void anUnknownOrderShowsAMessageNotAnError(TestInfo test) {
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(ADMIN).click("nav-orders");
            String link = browser.driver().findElement(By.id("nav-orders")).getAttribute("href");
            // The same protected-view token, another order id: the page answers, with a message.
            browser.go(link.replace("/console/orders/index.xhtml", "/console/orders/order.xhtml")
                    .replaceFirst("^https?://[^/]+/", "") + "&id=999999999");
            assertEquals(DETAIL, browser.path());
            assertEquals(200, browser.status());
            assertTrue(browser.text("page-messages").contains("Order #999999999 does not exist."), browser.pageText());
        }
    }

    private void openOrder(ConsoleBrowser browser, long id) {
        browser.signInAs(ADMIN).click("nav-orders");
        type(browser, "filters:search", Long.toString(id));
        browser.click("filters:apply");
        browser.click("orders-form:orders:0:open");
        assertEquals(DETAIL, browser.path());
    }

    private static void type(ConsoleBrowser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String value(ConsoleBrowser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    /** An untaxed simple product with managed stock. */
    private long product(String tag, String price, int stock) {
        HttpResponse<String> created = send("POST", "products", ADMIN, "{\"name\":\"Console kite " + tag + "\","
                + "\"regular_price\":\"" + price + "\",\"tax_status\":\"none\",\"manage_stock\":true,"
                + "\"stock_quantity\":" + stock + "}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    private int stock(long product) {
        return Http.object(send("GET", "products/" + product, ADMIN, null)).getInt("stock_quantity");
    }

    /** A paid order (processing) of {@code quantity} units, placed through wc/v3/orders; its e-mail holds the tag. */
    private long order(String tag, long product, int quantity) {
        HttpResponse<String> created = send("POST", "orders", MANAGER, "{\"set_paid\":true,\"payment_method\":"
                + "\"bacs\",\"payment_method_title\":\"Direct bank transfer\",\"billing\":{\"first_name\":\"Ada\","
                + "\"last_name\":\"Console\",\"email\":\"" + tag + "@example.com\",\"address_1\":\"1 Kite Street\","
                + "\"city\":\"Leeds\",\"country\":\"GB\"},\"line_items\":[{\"product_id\":" + product
                + ",\"quantity\":" + quantity + "}]}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("processing", Http.object(created).getString("status"));
        return Http.object(created).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> send(String method, String route, String credentials, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(new Http(base).at("wp-json/wc/v3/" + route))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(
                        StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return new Http(base).send(request);
    }

    /** Unique per run and test, so a repeated run on a kept database never meets its own leftovers. */
    private static String unique() {
        return "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
