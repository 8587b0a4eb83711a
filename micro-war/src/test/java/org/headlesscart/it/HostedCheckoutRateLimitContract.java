package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * The hosted checkout counts in the API's {@code checkout} rate-limit group (docs/rate-limits.md), in a real browser
 * with the limits of the failsafe execution {@code rate-limits} (checkout: 2 per minute). A browser cannot name a
 * client in {@code X-Forwarded-For}, so it is counted as its own connection's address; in this execution nothing else
 * places orders from that address (the API suite names its clients through the trusted loopback), so this suite owns
 * that count. It keeps to one test, whose three placements fall in one minute.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class HostedCheckoutRateLimitContract {

    static final Pattern WAIT = Pattern.compile("Too many requests\\. Please wait (\\d+) seconds before trying again\\.");

    @ArquillianResource
    URL base;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theThirdPlacementOfAMinuteIsRefusedOnThePageAndOrdersNothing(TestInfo test) {
        WcAdmin admin = new WcAdmin(base);
        long product = admin.product("Hosted limit " + run, "15.00", 5);
        CartJourney journey = new CartJourney(new Http(base));
        String first = journey.newCartWith(Long.toString(product), "1");
        String second = journey.newCartWith(Long.toString(product), "1");
        try (ConsoleBrowser browser = ConsoleBrowser.open(base, getClass().getSimpleName() + "/"
                + test.getTestMethod().orElseThrow().getName())) {
            // Both carts ready to place, each in a tab of its own, before the minute's count starts.
            HostedCheckoutContract.open(browser, first);
            ready(browser, "4000000000003220");         // asks for confirmation: two placements of one order
            String firstTab = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            HostedCheckoutContract.open(browser, second);
            ready(browser, "4242424242424242");
            String secondTab = browser.driver().getWindowHandle();
            roomInTheMinute();

            browser.driver().switchTo().window(firstTab);
            browser.click("checkout:place-order");                          // 1st: placeOrder
            assertTrue(browser.has("checkout:payment-action"), browser.pageText());
            browser.click("checkout:confirm-payment");                      // 2nd: confirmPayment
            assertEquals(HostedCheckoutContract.RECEIVED, browser.path(), browser.pageText());
            long orders = orders(admin);

            browser.driver().switchTo().window(secondTab);
            browser.click("checkout:place-order");                          // 3rd: over the limit

            assertFalse(browser.path().equals(HostedCheckoutContract.RECEIVED),
                    "the third placement was ordered: " + browser.pageText());
            String message = browser.text("checkout:form-message");
            Matcher wait = WAIT.matcher(message);
            assertTrue(wait.matches(), "the refusal's words next to the form: " + browser.pageText());
            long seconds = Long.parseLong(wait.group(1));
            assertTrue(seconds >= 1 && seconds <= 60, message);
            assertTrue(browser.has("checkout:place-order"), "the form is shown again");
            assertEquals("", browser.driver().findElement(By.id("checkout:card-number")).getDomProperty("value"),
                    "the card number is not kept");
            assertEquals("Ada", browser.driver().findElement(By.id("checkout:billing_first_name"))
                    .getDomProperty("value"), "the address is kept");
            assertEquals(orders, orders(admin), "no order was created");
            assertEquals(4, admin.stock(product), "only the first cart's unit was taken");
            assertEquals(1, Http.object(HostedCheckoutContract.ok(journey.get("", second))).getJsonArray("items")
                    .size(), "the cart is kept");
        }
    }

    /** Address, flat rate and the test card typed in, not yet placed. */
    private static void ready(ConsoleBrowser browser, String card) {
        HostedCheckoutContract.fillAddress(browser);
        HostedCheckoutContract.chooseShipping(browser, "flat_rate:1");
        HostedCheckoutContract.choosePayment(browser, "testcard");
        browser.driver().findElement(By.id("checkout:card-number")).sendKeys(card);
        browser.shot("ready");
    }

    private static long orders(WcAdmin admin) {
        HttpResponse<String> page = HostedCheckoutContract.ok(admin.send("GET", "orders?per_page=1", null));
        return Long.parseLong(page.headers().firstValue("X-WP-Total").orElseThrow());
    }

    /**
     * Waits, if the minute ends within 30 s, for the next one: the three placements (a few seconds on a busy machine)
     * then fall in one 60 s window.
     */
    private static void roomInTheMinute() {
        long millis = System.currentTimeMillis() % 60_000;
        if (millis > 30_000) {
            try {
                Thread.sleep(60_000 - millis + 100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
