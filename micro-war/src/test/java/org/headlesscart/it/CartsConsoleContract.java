package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's Carts pages in a real browser (issue 20, docs/console.md): a cart made through the API is found in
 * the list by its e-mail and status, its page shows its lines, totals and customer, and deleting it (after a confirm
 * dialog) says so, drops it from the list and from the API. Screenshots: {@code target/console-screenshots/<test>/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class CartsConsoleContract {

    static final String EMAIL_FILTER = "carts-form:sessions:email:filter";
    /** The status filter's select (p:column is no naming container, so its id is the table's plus its own). */
    static final String STATUS_FILTER = "carts-form:sessions:status-filter";

    @ArquillianResource
    URL base;

    ConsoleBrowser browser(TestInfo test) {
        return ConsoleBrowser.open(base, getClass().getSimpleName() + "/" + test.getTestMethod().orElseThrow().getName());
    }

    @Test
    void aCartMadeThroughTheApiIsListedByItsEmailAndShowsItsLines(TestInfo test) {
        String tag = "carts-" + UUID.randomUUID().toString().substring(0, 8);
        String key = ConsoleTestSupport.cartsWithEmails(base, tag, 1).get(0);
        String email = tag + "-0@example.com";
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER).click("nav-carts");
            assertEquals("/console/carts/index.xhtml", browser.path());
            assertFalse(rows(browser).isEmpty(), "the list shows carts: " + browser.pageText());

            filterByEmail(browser, email.toUpperCase(), 1);
            assertEquals(List.of(email), emails(browser));
            browser.shot("carts-filtered");
            filterByStatus(browser, "EXPIRED", 0);
            filterByStatus(browser, "ACTIVE", 1);
            assertTrue(rows(browser).get(0).getText().contains("Active"), rows(browser).get(0).getText());

            openTheOnlyCart(browser, key);
            assertEquals(email, browser.text("cart-email"));
            assertTrue(browser.text("cart-key").contains(key));
            assertEquals("ACTIVE", browser.text("cart-status"));
            List<WebElement> lines = browser.driver().findElements(By.cssSelector("#cart-form\\:lines .cart-line"));
            assertEquals(2, lines.size(), browser.pageText());
            assertFalse(browser.text("total-total").isBlank());
            assertTrue(browser.pageText().contains(email));
        }
    }

    @Test
    void deletingACartAsksFirstThenSaysSoAndTheCartIsGone(TestInfo test) {
        String tag = "delete-" + UUID.randomUUID().toString().substring(0, 8);
        String key = ConsoleTestSupport.cartsWithEmails(base, tag, 1).get(0);
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.ADMIN).click("nav-carts");
            filterByEmail(browser, tag, 1);
            openTheOnlyCart(browser, key);

            assertEquals(200, ConsoleTestSupport.asAdmin(base, "wp-json/cocart/v2/session/" + key).statusCode());
            // "No" first: the dialog and its modal mask go, and the page can be used again.
            browser.driver().findElement(By.id("cart-form:delete")).click();
            browser.await().until(ExpectedConditions.elementToBeClickable(By.id("cart-form:confirm-no")));
            browser.driver().findElement(By.id("cart-form:confirm-no")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.findElements(
                    By.cssSelector(".ui-widget-overlay, .ui-dialog-mask")).stream().noneMatch(WebElement::isDisplayed));
            browser.shot("delete-kept");
            assertFalse(browser.driver().findElement(By.id("cart-form:confirm-no")).isDisplayed());
            assertEquals(200, ConsoleTestSupport.asAdmin(base, "wp-json/cocart/v2/session/" + key).statusCode());

            browser.driver().findElement(By.id("cart-form:delete")).click();
            browser.await().until(ExpectedConditions.elementToBeClickable(By.id("cart-form:confirm-yes")));
            browser.shot("delete-confirm");
            browser.click("cart-form:confirm-yes");
            assertEquals("/console/carts/index.xhtml", browser.path());
            assertTrue(browser.text("carts-form:messages").contains("deleted"), browser.pageText());

            filterByEmail(browser, tag, 0);
            assertTrue(browser.pageText().contains("No cart matches."));
        }
        HttpResponse<String> session = ConsoleTestSupport.asAdmin(base, "wp-json/cocart/v2/session/" + key);
        assertEquals(404, session.statusCode(), session.body());
        HttpResponse<String> cart = new CartJourney(new Http(base)).get("", key);
        assertEquals(200, cart.statusCode(), cart.body());
        assertEquals(0, Http.object(cart).getJsonNumber("item_count").intValue(), "a new, empty cart: " + cart.body());
    }

    @Test
    void anUnknownCartIsAClearPageWithStatus404(TestInfo test) {
        ConsoleTestSupport.cartsWithEmails(base, "unknown-" + UUID.randomUUID().toString().substring(0, 8), 1);
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER).click("nav-carts");
            String known = browser.driver().findElements(By.cssSelector("a.cart-link")).get(0).getAttribute("href");
            browser.go(known.replaceFirst("key=[^&]+", "key=t_" + "0".repeat(30)));
            assertEquals("/console/carts/cart.xhtml", browser.path());
            assertEquals(404, browser.status());
            assertTrue(browser.has("cart-not-found"), browser.pageText());
        }
    }

    @Test
    void aPageThatFailsUnexpectedlyShowsTheConsoleErrorPageNotJson(TestInfo test) {
        String tag = "broken-" + UUID.randomUUID().toString().substring(0, 8);
        String key = ConsoleTestSupport.cartsWithEmails(base, tag, 1).get(0);
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER).click("nav-carts");
            filterByEmail(browser, tag, 1);
            String page = browser.driver().findElement(By.cssSelector("#carts-form\\:sessions a.cart-link"))
                    .getAttribute("href");
            // A line the cart cannot read (its stored attributes are no JSON): the page fails where nothing expects it.
            assertTrue(ItDatabase.update("UPDATE cart_item i JOIN cart c ON c.id = i.cart_id SET i.variation_json = '{'"
                    + " WHERE c.cart_key = ?", key) > 0);
            browser.go(page);
            browser.shot("error");
            assertEquals(500, browser.status());
            assertTrue(browser.has("console-error"), browser.pageText());
            assertTrue(browser.text("incident").matches("[0-9a-f-]{36}"), browser.pageText());
            assertTrue(browser.has("to-dashboard"), "staff get their way back: " + browser.pageText());
            assertFalse(browser.pageText().contains("cocart_"), browser.pageText());
            assertFalse(browser.pageText().contains("Exception"), browser.pageText());
        } finally {
            ItDatabase.update("DELETE FROM cart WHERE cart_key = ?", key);    // no broken cart left for other suites
        }
    }

    static void filterByEmail(ConsoleBrowser browser, String text, int expected) {
        WebElement filter = browser.driver().findElement(By.id(EMAIL_FILTER));
        filter.clear();
        filter.sendKeys(text);
        awaitRows(browser, expected, text);
    }

    static void filterByStatus(ConsoleBrowser browser, String status, int expected) {
        new Select(browser.driver().findElement(By.id(STATUS_FILTER))).selectByValue(status);
        awaitRows(browser, expected, status);
    }

    /**
     * Waits until the table shows {@code expected} rows, each containing {@code what} in any case (0: its empty
     * message), and no ajax request is under way: the filter has answered.
     */
    static void awaitRows(ConsoleBrowser browser, int expected, String what) {
        browser.await().withMessage(() -> "rows for " + what + ": " + browser.pageText()).until(d -> {
            Object busy = d instanceof org.openqa.selenium.JavascriptExecutor js
                    ? js.executeScript("return window.jQuery ? jQuery.active : 0;") : 0L;
            if (((Number) busy).intValue() != 0) {
                return false;
            }
            List<WebElement> rows = rows(browser);
            return expected == 0 ? rows.isEmpty() && d.getPageSource().contains("No cart matches.")
                    : rows.size() == expected && rows.stream().allMatch(
                            r -> r.getText().toLowerCase(Locale.ROOT).contains(what.toLowerCase(Locale.ROOT)));
        });
    }

    static List<WebElement> rows(ConsoleBrowser browser) {
        return browser.driver().findElements(By.cssSelector("#carts-form\\:sessions tr.cart-row"));
    }

    static List<String> emails(ConsoleBrowser browser) {
        return browser.driver().findElements(By.cssSelector("#carts-form\\:sessions .cart-email")).stream()
                .map(WebElement::getText).toList();
    }

    static void openTheOnlyCart(ConsoleBrowser browser, String key) {
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#carts-form\\:sessions a.cart-link"));
        assertEquals(1, links.size());
        assertEquals(key, links.get(0).getAttribute("title"));
        browser.click(links.get(0).getAttribute("id"));
        assertEquals("/console/carts/cart.xhtml", browser.path());
    }
}
