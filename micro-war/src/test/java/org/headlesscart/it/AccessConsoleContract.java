package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.json.Json;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's Access pages in a real browser (issue 20, docs/console.md): an administrator makes a shop manager,
 * who then uses the console but is refused Access (the refusal of the demo shop manager is
 * {@link ConsoleSignInContract#accessPagesAreForAdministratorsOnly}); an API key made in the console works on
 * {@code wc/v3} until it is revoked there, its secret shown once; the last administrator keeps the role; a stale
 * form says so and keeps its input. They write accounts and keys, so they run in the catalog-writes database, where
 * {@code admin} is the only administrator (no other suite there makes one; these tests leave it so). Screenshots:
 * {@code target/console-screenshots/<class>/<test>/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class AccessConsoleContract {

    static final String STAFF_PAGE = "/console/access/staff.xhtml";
    static final String KEYS_PAGE = "/console/access/api-keys.xhtml";
    static final String STRONG = "Harbour-Lantern-42";

    @ArquillianResource
    URL base;

    private ConsoleBrowser browser(TestInfo test, String suffix) {
        return ConsoleBrowser.open(base, getClass().getSimpleName() + "/" + test.getTestMethod().orElseThrow().getName()
                + suffix);
    }

    private static String run() {
        return Long.toString(System.nanoTime() % 2_000_000_000L, 36);
    }

    @Test
    void anAdministratorMakesAShopManagerWhoUsesTheConsoleButNotAccess(TestInfo test) {
        String name = "mgr-" + run();
        try (ConsoleBrowser admin = browser(test, "")) {
            staffPage(admin.signInAs(DemoLogins.ADMIN));
            type(admin, "create:email", "not-an-e-mail");
            type(admin, "create:username", name);
            type(admin, "create:password", "password1");
            admin.click("create:submit");
            assertEquals(400, admin.status());
            assertEquals("This is not an e-mail address.", admin.text("create:email-message"));
            assertTrue(admin.text("create:password-message").contains("three of"), admin.pageText());
            assertEquals(name, value(admin, "create:username"), "the input is kept");
            assertEquals("", value(admin, "create:password"), "never a password sent back");

            type(admin, "create:email", name + "@shop.example.test");
            type(admin, "create:first-name", "Morgan");
            type(admin, "create:last-name", "Lee");
            new Select(admin.driver().findElement(By.id("create:role"))).selectByValue("shop_manager");
            type(admin, "create:password", STRONG);
            admin.click("create:submit");
            assertEquals(200, admin.status());
            assertTrue(admin.text("outcome").contains("Staff account " + name + " (Shop manager) created"),
                    admin.pageText());
            assertTrue(admin.text("staff-panel").contains(name), "listed: " + admin.text("staff-panel"));
            phone(admin, "staff-phone");
            admin.click("session:sign-out");

            admin.signIn(name, STRONG);
            assertEquals("/console/index.xhtml", admin.path());
            assertEquals(200, admin.status());
            assertTrue(admin.text("signed-in-user").contains("Shop manager"), admin.pageText());
            assertFalse(admin.has("nav-access"), "no Access entry for a shop manager");
            admin.go("console/access/staff.xhtml");
            assertEquals(403, admin.status());
            assertTrue(admin.text("reason-role").contains("administrators only"), admin.pageText());
            admin.go("console/access/api-keys.xhtml");
            assertEquals(403, admin.status());
        }
    }

    @Test
    void anApiKeyMadeInTheConsoleOpensWcV3UntilItIsRevoked(TestInfo test) {
        String description = "console-" + run();
        try (ConsoleBrowser admin = browser(test, "")) {
            staffPage(admin.signInAs(DemoLogins.ADMIN)).click("tab-api-keys");
            assertEquals(KEYS_PAGE, admin.path());
            admin.click("create:submit");
            assertEquals(400, admin.status());
            assertEquals("description is required.", admin.text("create:description-message"));
            assertFalse(admin.has("new-key"));

            type(admin, "create:description", description);
            new Select(admin.driver().findElement(By.id("create:permissions"))).selectByValue("read_write");
            admin.click("create:submit");
            assertEquals(200, admin.status());
            String consumerKey = admin.text("consumer-key");
            String secret = admin.text("consumer-secret");
            assertTrue(consumerKey.matches("ck_[0-9a-f]{40}") && secret.matches("cs_[0-9a-f]{40}"), consumerKey);
            assertTrue(admin.text("new-key-note").contains("cannot be shown again"), admin.pageText());
            assertTrue(admin.text("keys-panel").contains(description), admin.text("keys-panel"));
            assertTrue(admin.text("keys-panel").contains("…" + consumerKey.substring(consumerKey.length() - 7)));
            phone(admin, "api-keys-phone");

            HttpResponse<String> withKey = customers(consumerKey + ":" + secret);
            assertEquals(200, withKey.statusCode(), withKey.body());

            admin.click("tab-api-keys");
            assertFalse(admin.has("new-key"), "the secret is shown once");
            assertFalse(admin.driver().getPageSource().contains(secret), "nowhere on the page again");
            assertTrue(admin.text("keys-panel").contains("admin"), "the key's user");
            revokeButton(admin, description).click();
            admin.await().until(d -> !d.findElements(By.id("outcome")).isEmpty());
            admin.shot("revoked");
            assertTrue(admin.text("outcome").contains("API key \"" + description + "\""), admin.pageText());
            assertTrue(admin.text("outcome").contains("revoked"), admin.pageText());
            assertFalse(admin.text("keys-panel").contains(description), "gone from the list");

            HttpResponse<String> revoked = customers(consumerKey + ":" + secret);
            assertEquals(401, revoked.statusCode(), revoked.body());
            assertTrue(revoked.body().contains("woocommerce_rest_authentication_error"), revoked.body());
        }
    }

    @Test
    void theLastAdministratorKeepsTheRole(TestInfo test) {
        String second = "adm-" + run();
        try (ConsoleBrowser admin = browser(test, "")) {
            staffPage(admin.signInAs(DemoLogins.ADMIN));
            manage(admin, "admin");
            new Select(admin.driver().findElement(By.id("edit:role"))).selectByValue("shop_manager");
            admin.click("edit:save-role");
            assertEquals(409, admin.status());
            assertTrue(admin.text("edit:role-message").contains("admin is the last administrator"), admin.pageText());
            assertEquals("shop_manager", selected(admin, "edit:role"), "the choice is kept");
            assertTrue(admin.has("nav-access"), "still an administrator");

            createStaff(admin, second, "administrator");
            try (ConsoleBrowser demoted = browser(test, "/demoted")) {
                staffPage(demoted.go("console/").signIn(second, STRONG));
                manage(admin, second);
                new Select(admin.driver().findElement(By.id("edit:role"))).selectByValue("shop_manager");
                admin.click("edit:save-role");
                assertEquals(200, admin.status());
                assertTrue(admin.text("outcome").contains(second + " is now shop manager."), admin.pageText());

                // Its session still says administrator; the action asks the database, and is refused.
                type(demoted, "create:email", "late-" + second + "@shop.example.test");
                type(demoted, "create:password", STRONG);
                demoted.click("create:submit");
                assertEquals(403, demoted.status());
                assertTrue(demoted.has("forbidden"), demoted.pageText());
            }
            assertFalse(admin.text("staff-panel").contains("late-" + second), "nothing was made");
        }
    }

    @Test
    void aStaleFormSaysSoAndKeepsTheInput(TestInfo test) {
        String name = "stale-" + run();
        try (ConsoleBrowser first = browser(test, "/first"); ConsoleBrowser other = browser(test, "/other")) {
            staffPage(first.signInAs(DemoLogins.ADMIN));
            createStaff(first, name, "shop_manager");
            manage(first, name);
            staffPage(other.signInAs(DemoLogins.ADMIN));
            manage(other, name);
            type(other, "edit:password", "Second-Harbour-43");
            other.click("edit:set-password");
            assertTrue(other.text("outcome").contains("The password of " + name + " is set"), other.pageText());

            new Select(first.driver().findElement(By.id("edit:role"))).selectByValue("customer");
            first.click("edit:save-role");
            assertEquals(409, first.status());
            assertTrue(first.text("edit:role-message").contains("Someone changed this account"), first.pageText());
            assertEquals("customer", selected(first, "edit:role"), "the input is kept");
            first.click("edit:save-role");
            assertEquals(200, first.status());
            assertTrue(first.text("outcome").contains(name + " is now customer"), first.pageText());
            assertFalse(first.text("staff-panel").contains(name), "no longer staff");
        }
    }

    /** Opens Access from the navigation (an h:link: it carries the protected-view token a typed URL lacks). */
    @Test
    void aWebhooksDeliveriesAreListedInItsLog(TestInfo test) {
        String name = "Console hook " + run();
        WcAdmin api = new WcAdmin(base);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            HttpResponse<String> created = api.send("POST", "webhooks", Json.createObjectBuilder().add("name", name)
                    .add("topic", "product.updated").add("delivery_url", receiver.url("/console")).build().toString());
            assertEquals(201, created.statusCode(), created.body());
            long hook = Http.object(created).getJsonNumber("id").longValue();
            try {
                long product = api.product("Hooked " + run(), "4.00", null);
                assertEquals(200, api.send("PUT", "products/" + product, "{\"name\":\"Hooked again\"}").statusCode());
                receiver.await(WebhooksContract.WAIT, "the product's delivery",
                        r -> !receiver.of("product.updated").isEmpty());

                try (ConsoleBrowser admin = browser(test, "")) {
                    admin.signInAs(DemoLogins.ADMIN).click("nav-access").click("tab-webhooks");
                    assertEquals("/console/access/webhooks.xhtml", admin.path());
                    WebElement row = admin.driver().findElements(By.cssSelector("#webhooks_data > tr")).stream()
                            .filter(r -> r.getText().contains(name)).findFirst().orElseThrow(
                                    () -> new AssertionError("no row for " + name + ": " + admin.pageText()));
                    assertTrue(row.getText().contains("active") && row.getText().contains("product.updated"),
                            row.getText());
                    admin.click(row.findElement(By.linkText(name)).getAttribute("id"));
                    assertTrue(admin.text("deliveries-panel").contains("Deliveries of " + name), admin.pageText());
                    String log = admin.text("deliveries");
                    assertTrue(log.contains("product.updated") && log.contains("delivered") && log.contains("200"),
                            log);
                    admin.shot("webhook-deliveries");
                }
            } finally {
                assertEquals(200, api.send("DELETE", "webhooks/" + hook + "?force=true", null).statusCode());
            }
        }
    }

    private static ConsoleBrowser staffPage(ConsoleBrowser browser) {
        browser.click("nav-access");
        assertEquals(STAFF_PAGE, browser.path());
        assertEquals(200, browser.status());
        return browser;
    }

    private static void createStaff(ConsoleBrowser browser, String name, String role) {
        type(browser, "create:email", name + "@shop.example.test");
        type(browser, "create:username", name);
        new Select(browser.driver().findElement(By.id("create:role"))).selectByValue(role);
        type(browser, "create:password", STRONG);
        browser.click("create:submit");
        assertTrue(browser.text("outcome").contains("Staff account " + name), browser.pageText());
    }

    private static void manage(ConsoleBrowser browser, String username) {
        WebElement button = browser.driver().findElement(By.xpath("//tr[.//span[@class='staff-username' and text()='"
                + username + "']]//button[contains(@id,':manage')]"));
        browser.click(button.getAttribute("id"));
        assertTrue(browser.text("edit-panel").contains("Manage " + username), browser.pageText());
    }

    private static WebElement revokeButton(ConsoleBrowser browser, String description) {
        return browser.driver().findElement(By.xpath("//tr[.//span[@class='key-description' and text()='"
                + description + "']]//button[contains(@id,':revoke')]"));
    }

    /** The page as a phone shows it, then back to 1280 px. */
    private static void phone(ConsoleBrowser browser, String name) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.shot(name);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    private static void type(ConsoleBrowser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String value(ConsoleBrowser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    private static String selected(ConsoleBrowser browser, String id) {
        return new Select(browser.driver().findElement(By.id(id))).getFirstSelectedOption().getAttribute("value");
    }

    private HttpResponse<String> customers(String keyAndSecret) {
        Http http = new Http(base);
        return http.send(HttpRequest.newBuilder(http.at("wp-json/wc/v3/customers")).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(keyAndSecret.getBytes(StandardCharsets.UTF_8))).GET());
    }
}
