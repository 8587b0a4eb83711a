package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The hosted checkout (issue 20 part 4, docs/hosted-checkout.md) in a real browser: a cart built through the API is
 * opened at {@code /checkout?cocart-load-cart=KEY}, paid with the test card, and the order is checked through the
 * API (wc/v3/orders, the cart emptied). A declined card, missing fields, a confirmation step, a bank transfer, an
 * empty cart and wrong keys too. No staff sign-in anywhere: the cart key is the credential. Runs in the
 * catalog-writes execution (its orders take stock). Screenshots: {@code target/console-screenshots/<test>/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class HostedCheckoutContract {

    static final String ADMIN = "admin:adminpass";
    static final String RECEIVED = "/checkout/order-received.xhtml";

    @ArquillianResource
    URL base;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    private ConsoleBrowser browser(TestInfo test) {
        return ConsoleBrowser.open(base, getClass().getSimpleName() + "/" + test.getTestMethod().orElseThrow().getName());
    }

    @Test
    void aCartPaidWithTheTestCardBecomesAProcessingOrderOfTheSameTotal(TestInfo test) {
        long product = product("Hosted A " + run, "12.00", 10);
        String key = journey().newCartWith(Long.toString(product), "2");
        String code = coupon();
        ok(journey().post("/apply-coupon", key, "{\"code\":\"" + code + "\"}"));
        try (ConsoleBrowser browser = browser(test)) {
            open(browser, key);
            assertEquals(200, browser.status());
            assertTrue(browser.text("order-review").contains("Hosted A " + run), browser.pageText());
            assertTrue(browser.text("order-review").contains(code), "the coupon is shown");
            fillAddress(browser);
            chooseShipping(browser, "flat_rate:1");
            String shown = browser.text("total");
            choosePayment(browser, "testcard");
            browser.driver().findElement(By.id("checkout:card-number")).sendKeys("4242 4242 4242 4242");
            browser.shot("card-filled");
            String cartTotal = Http.object(ok(journey().get("", key))).getJsonObject("totals").getString("total");

            browser.click("checkout:place-order");

            assertEquals(RECEIVED, browser.path(), browser.pageText());
            assertEquals("processing", browser.driver().findElement(By.id("order-status")).getDomAttribute("data-status"));
            assertEquals(shown, browser.text("order-total"), "the order's total is the one the checkout showed");
            String id = browser.url().replaceAll(".*[?&]order=(\\d+).*", "$1");
            JsonObject order = Http.object(ok(admin("GET", "orders/" + id, null)));
            assertEquals("processing", order.getString("status"));
            assertEquals(0, new BigDecimal(cartTotal).movePointLeft(2).compareTo(new BigDecimal(order.getString("total"))),
                    cartTotal + " vs " + order.getString("total"));
            assertEquals("testcard", order.getString("payment_method"));
            assertEquals("Ada", order.getJsonObject("billing").getString("first_name"));
            assertEquals(0, Http.object(ok(journey().get("", key))).getJsonArray("items").size(), "the cart is emptied");
            assertEquals(8, stock(product), "the order took its units");
            phone(browser);
        }
    }

    @Test
    void aDeclinedCardShowsTheGatewaysMessageAndKeepsFormAndCart(TestInfo test) {
        long product = product("Hosted declined " + run, "9.00", 5);
        String key = journey().newCartWith(Long.toString(product), "1");
        try (ConsoleBrowser browser = browser(test)) {
            open(browser, key);
            fillAddress(browser);
            chooseShipping(browser, "flat_rate:1");
            choosePayment(browser, "testcard");
            browser.driver().findElement(By.id("checkout:card-number")).sendKeys("4000 0000 0000 0002");

            browser.click("checkout:place-order");

            assertTrue(browser.path().startsWith("/checkout/"), browser.url());
            assertFalse(browser.path().equals(RECEIVED));
            assertEquals("Your card was declined.", browser.text("checkout:payment-message"));
            assertEquals("Ada", value(browser, "checkout:billing_first_name"), "the form keeps what was typed");
            assertEquals("1 Main St", value(browser, "checkout:billing_address_1"));
            assertEquals(1, Http.object(ok(journey().get("", key))).getJsonArray("items").size(), "the cart is kept");
            assertEquals(5, stock(product), "a declined order gives its units back");

            browser.driver().findElement(By.id("checkout:card-number")).sendKeys("4242424242424242");
            browser.click("checkout:place-order");

            assertEquals(RECEIVED, browser.path(), browser.pageText());
            assertEquals(4, stock(product));
        }
    }

    @Test
    void missingRequiredFieldsAreAllShownNextToTheirFields(TestInfo test) {
        long product = product("Hosted fields " + run, "5.00", null);
        String key = journey().newCartWith(Long.toString(product), "1");
        try (ConsoleBrowser browser = browser(test)) {
            open(browser, key);
            for (String field : List.of("first_name", "last_name", "address_1", "city", "postcode")) {
                browser.driver().findElement(By.id("checkout:billing_" + field)).clear();
            }
            browser.driver().findElement(By.id("checkout:billing_email")).sendKeys("not-an-email");
            choosePayment(browser, "cod");

            browser.click("checkout:place-order");

            Map<String, String> expected = Map.of("first_name", "First name is required.",
                    "last_name", "Last name is required.", "address_1", "Address 1 is required.",
                    "city", "City is required.", "postcode", "Postcode is required.");
            expected.forEach((field, message) -> assertEquals(message, browser.text("checkout:billing_" + field + "-error"),
                    browser.pageText()));
            assertTrue(browser.text("checkout:billing_email-error").contains("not-an-email"), browser.pageText());
            assertTrue(browser.text("checkout:form-message").contains("6 highlighted fields"), browser.pageText());
            assertEquals(1, Http.object(ok(journey().get("", key))).getJsonArray("items").size(), "nothing was ordered");
        }
    }

    @Test
    void aPaymentThatAsksForConfirmationIsConfirmedOnThePage(TestInfo test) {
        long product = product("Hosted 3DS " + run, "20.00", 5);
        String key = journey().newCartWith(Long.toString(product), "1");
        try (ConsoleBrowser browser = browser(test)) {
            open(browser, key);
            fillAddress(browser);
            chooseShipping(browser, "flat_rate:1");
            choosePayment(browser, "testcard");
            browser.driver().findElement(By.id("checkout:card-number")).sendKeys("4000000000003220");

            browser.click("checkout:place-order");

            assertTrue(browser.has("checkout:payment-action"), browser.pageText());
            assertFalse(browser.has("checkout:place-order"));
            browser.click("checkout:confirm-payment");

            assertEquals(RECEIVED, browser.path(), browser.pageText());
            assertEquals("processing", browser.driver().findElement(By.id("order-status")).getDomAttribute("data-status"));
            assertEquals(0, Http.object(ok(journey().get("", key))).getJsonArray("items").size());
        }
    }

    @Test
    void aBankTransferShowsTheBankInstructionsAndWaitsOnHold(TestInfo test) {
        long product = product("Hosted BACS " + run, "30.00", null);
        String key = journey().newCartWith(Long.toString(product), "1");
        try (ConsoleBrowser browser = browser(test)) {
            open(browser, key);
            fillAddress(browser);
            chooseShipping(browser, "flat_rate:1");
            choosePayment(browser, "bacs");

            browser.click("checkout:place-order");

            assertEquals(RECEIVED, browser.path(), browser.pageText());
            assertEquals("on-hold", browser.driver().findElement(By.id("order-status")).getDomAttribute("data-status"));
            assertTrue(browser.text("payment-instructions").contains("Order ID as the payment reference"),
                    browser.pageText());
            assertEquals(browser.text("order-number"), browser.text("bank-reference").replace("Payment reference: ", ""));
            // The store's account, as the integration-test servers configure it (headlesscart.payment.bacs.*).
            String bank = browser.text("bank-details");
            for (String detail : List.of("Headless Cart Ltd", "Test Bank", "12345678", "12-34-56",
                    "GB33BUKB20201555555555", "BUKBGB22")) {
                assertTrue(bank.contains(detail), detail + " in: " + bank);
            }
            assertEquals("GB33BUKB20201555555555", browser.text("bank-iban"));
        }
    }

    @Test
    void anExpiredCartNotYetDeletedShowsTheNotFoundPageWith404(TestInfo test) {
        long product = product("Hosted expired " + run, "7.00", null);
        String key = journey().newCartWith(Long.toString(product), "1");
        // Two days without a request, as the cleanup finds it before it deletes the cart.
        java.sql.Timestamp past = java.sql.Timestamp.valueOf("2000-01-01 00:00:00");
        assertEquals(1, ItDatabase.update("UPDATE cart SET expiring_at = ?, expires_at = ? WHERE cart_key = ?", past,
                past, key));
        try (ConsoleBrowser browser = browser(test)) {
            open(browser, key);
            assertEquals(404, browser.status(), browser.pageText());
            assertTrue(browser.has("not-found"), browser.pageText());
            assertTrue(browser.text("not-found").contains("Cart expired"), browser.pageText());
            assertTrue(browser.text("not-found-reason").contains("has expired"), browser.pageText());
            assertFalse(browser.has("checkout:place-order"));
        }
        HttpResponse<String> direct = new Http(base).send(HttpRequest.newBuilder(new Http(base)
                .at("checkout?cocart-load-cart=" + key)).GET());
        assertEquals(404, direct.statusCode(), "the page did not renew the cart: " + direct.body());
    }

    @Test
    void anUnexpectedErrorShowsTheHtmlErrorPageNotJson(TestInfo test) {
        long product = product("Hosted broken " + run, "7.00", null);
        String key = journey().newCartWith(Long.toString(product), "1");
        // A line the cart cannot read (its stored attributes are no JSON): the page fails where nothing expects it.
        assertEquals(1, ItDatabase.update("UPDATE cart_item i JOIN cart c ON c.id = i.cart_id SET i.variation_json = '{'"
                + " WHERE c.cart_key = ?", key));
        try {
            HttpResponse<String> page = new Http(base).send(HttpRequest.newBuilder(new Http(base)
                    .at("checkout?cocart-load-cart=" + key)).GET());
            assertEquals(500, page.statusCode(), page.body());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                    page.headers() + " " + page.body());
            assertTrue(page.body().contains("id=\"checkout-error\""), page.body());
            assertFalse(page.body().contains("cocart_unknown_server_error"), page.body());
            assertFalse(page.body().contains("Exception"), page.body());
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
            try (ConsoleBrowser browser = browser(test)) {
                open(browser, key);
                assertEquals(500, browser.status());
                assertTrue(browser.text("checkout-error").contains("incident"), browser.pageText());
            }
        } finally {
            ItDatabase.update("DELETE FROM cart WHERE cart_key = ?", key);    // no broken cart left for other suites
        }
    }

    @Test
    void anEmptyCartSaysSo(TestInfo test) {
        String empty = Http.object(ok(new Http(base).send(HttpRequest.newBuilder(new Http(base)
                .at("wp-json/cocart/v2/cart")).POST(BodyPublishers.noBody())))).getString("cart_key");
        try (ConsoleBrowser browser = browser(test)) {
            open(browser, empty);
            assertTrue(browser.has("cart-empty"), browser.pageText());
            assertFalse(browser.has("checkout:place-order"));
        }
    }

    @Test
    void aWrongForeignOrMissingKeyShowsTheNotFoundPageWith404(TestInfo test) {
        try (ConsoleBrowser browser = browser(test)) {
            for (String query : List.of("?cocart-load-cart=no-such-cart-" + run, "?cocart-load-cart=2",
                    "?cocart-load-cart=%3Cscript%3E", "", "?cocart-load-cart=" + "x".repeat(300))) {
                browser.go("checkout" + query);
                assertEquals(404, browser.status(), query);
                assertTrue(browser.has("not-found"), query + ": " + browser.pageText());
            }
            browser.go("checkout/order-received.xhtml?order=1&key=wc_order_wrong");
            assertEquals(404, browser.status());
            assertTrue(browser.has("not-found"), browser.pageText());
        }
        HttpResponse<String> direct = new Http(base).send(HttpRequest.newBuilder(new Http(base)
                .at("checkout?cocart-load-cart=no-such-cart-" + run)).GET());
        assertEquals(404, direct.statusCode());
        assertTrue(direct.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), direct.headers().toString());
        assertTrue(direct.body().contains("Cart not found"), direct.body());
        assertFalse(direct.body().contains("Exception"), direct.body());
        assertEquals("no-store", direct.headers().firstValue("Cache-Control").orElse(""));
    }

    // --- the shopper's steps (the rate-limit suite drives the page with them too)

    static void open(ConsoleBrowser browser, String key) {
        browser.go("checkout?cocart-load-cart=" + key);
    }

    /** New York, where the demo store ships flat_rate:1 and taxes 4 %. */
    static void fillAddress(ConsoleBrowser browser) {
        type(browser, "checkout:billing_first_name", "Ada", false);
        type(browser, "checkout:billing_last_name", "Lovelace", false);
        select(browser, "checkout:billing_country", "US");
        type(browser, "checkout:billing_address_1", "1 Main St", false);
        type(browser, "checkout:billing_city", "New York", true);
        type(browser, "checkout:billing_state", "NY", true);
        type(browser, "checkout:billing_postcode", "10001", true);
        type(browser, "checkout:billing_email", "ada-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com",
                false);
        browser.shot("address-filled");
    }

    /** Types into a field; a destination field asks the cart for rates on change: wait for the summary to be redrawn. */
    private static void type(ConsoleBrowser browser, String id, String text, boolean redrawsSummary) {
        WebElement field = browser.driver().findElement(By.id(id));
        if (text.equals(field.getDomProperty("value"))) {
            return;
        }
        WebElement review = browser.driver().findElement(By.id("checkout:review"));
        field.clear();
        field.sendKeys(text);
        if (redrawsSummary) {
            field.sendKeys(Keys.TAB);
            browser.await().until(ExpectedConditions.stalenessOf(review));
        }
    }

    private static void select(ConsoleBrowser browser, String id, String value) {
        Select select = new Select(browser.driver().findElement(By.id(id)));
        if (value.equals(select.getFirstSelectedOption().getDomAttribute("value"))) {
            return;
        }
        WebElement review = browser.driver().findElement(By.id("checkout:review"));
        select.selectByValue(value);
        browser.await().until(ExpectedConditions.stalenessOf(review));
    }

    static void chooseShipping(ConsoleBrowser browser, String rate) {
        clickRadio(browser, "checkout:shipping-rate", rate);
        browser.shot("shipping-chosen");
    }

    static void choosePayment(ConsoleBrowser browser, String method) {
        clickRadio(browser, "checkout:payment-method", method);
        browser.shot("payment-" + method);
    }

    /** Clicks a radio of the summary (by name and value); a change redraws the summary. */
    private static void clickRadio(ConsoleBrowser browser, String name, String value) {
        WebElement radio = browser.driver().findElement(By.cssSelector("input[name='" + name + "'][value='" + value
                + "']"));
        if (radio.isSelected()) {
            return;
        }
        WebElement review = browser.driver().findElement(By.id("checkout:review"));
        radio.click();
        browser.await().until(ExpectedConditions.stalenessOf(review));
        assertTrue(browser.driver().findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
                .isSelected(), value + " is chosen");
    }

    private static String value(ConsoleBrowser browser, String id) {
        return browser.driver().findElement(By.id(id)).getDomProperty("value");
    }

    /** The page as a phone shows it, for the screenshots. */
    private static void phone(ConsoleBrowser browser) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.shot("order-received-phone");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    // --- the API

    CartJourney journey() {
        return new CartJourney(new Http(base));
    }

    long product(String name, String price, Integer stock) {
        return new WcAdmin(base).product(name, price, stock);
    }

    int stock(long product) {
        return new WcAdmin(base).stock(product);
    }

    String coupon() {
        String code = "hc" + UUID.randomUUID().toString().substring(0, 8);
        ok(admin("POST", "coupons", "{\"code\":\"" + code + "\",\"discount_type\":\"percent\",\"amount\":\"10\"}"));
        return code;
    }

    HttpResponse<String> admin(String method, String path, String json) {
        return new WcAdmin(base).send(method, path, json);
    }

    static HttpResponse<String> ok(HttpResponse<String> answer) {
        if (answer.statusCode() >= 300) {
            throw new AssertionError(answer.uri() + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer;
    }
}
