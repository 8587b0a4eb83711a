package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.json.Json;
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

/**
 * The console's Customers pages in a real browser (issue 20, docs/console.md), checked against the API: a customer
 * created in the console is in {@code wc/v3/customers} and signs in through the API; a password reset there refuses
 * the old password and accepts the new one; refusals are shown next to their field; a stale edit keeps the input;
 * a customer's page lists an order placed through the API and their cart. Signed in as the shop manager, whom
 * WooCommerce lets manage customers. Screenshots: {@code target/console-screenshots/<class>/<test>/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class CustomersConsoleContract {

    static final String CUSTOMER_PAGE = "/console/customers/customer.xhtml";
    static final String NEW_PASSWORD = "Gl4cier-Pebble";

    @ArquillianResource
    URL base;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    private ConsoleBrowser browser(TestInfo test) {
        return ConsoleBrowser.open(base, getClass().getSimpleName() + "/" + test.getTestMethod().orElseThrow().getName());
    }

    @Test
    void aCustomerCreatedInTheConsoleIsInTheApiAndSignsInUntilTheirPasswordIsReset(TestInfo test) {
        String email = "console-" + run + "@example.com";
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER).click("nav-customers");
            assertEquals("/console/customers/index.xhtml", browser.path());
            assertTrue(browser.has("list:customers"), browser.pageText());
            browser.click("filters:new-customer");

            type(browser, "new-customer:email", email);
            type(browser, "new-customer:first-name", "Grace");
            type(browser, "new-customer:last-name", "Hopper");
            type(browser, "new-customer:password", "Password1");
            browser.click("new-customer:create");
            assertEquals("The password is too common. Please choose another.",
                    browser.text("new-customer:password-message"), "refused next to the field");
            assertEquals(email, value(browser, "new-customer:email"), "the input is kept");
            assertEquals(0, customers(email).size(), "nothing was created");

            type(browser, "new-customer:password", "Tr4nquil-Otter");
            browser.click("new-customer:create");
            assertEquals(CUSTOMER_PAGE, browser.path());
            assertTrue(browser.pageText().contains("Created customer console-" + run), browser.pageText());

            JsonObject created = customers(email).getJsonObject(0);
            assertEquals("Grace", created.getString("first_name"));
            assertEquals("Hopper", created.getString("last_name"));
            assertEquals("customer", created.getString("role"));
            assertEquals(browser.text("account-id"), String.valueOf(created.getInt("id")));
            assertEquals(200, login(email, "Tr4nquil-Otter").statusCode(), "the customer signs in through the API");

            type(browser, "reset:password", email);
            browser.click("reset:reset-password");
            assertEquals("The password must not be your username or e-mail address.",
                    browser.text("reset:password-message"));
            type(browser, "reset:password", NEW_PASSWORD);
            browser.click("reset:reset-password");
            assertTrue(browser.text("reset:password-message").startsWith("The password was changed"),
                    browser.pageText());

            assertEquals(401, login(email, "Tr4nquil-Otter").statusCode(), "the old password is refused");
            assertEquals(200, login(email, NEW_PASSWORD).statusCode(), "the new one is accepted");
        }
    }

    @Test
    void anEditIsCheckedFieldByFieldAndAStaleEditKeepsTheInput(TestInfo test) {
        JsonObject customer = createByApi("edit-" + run);
        try (ConsoleBrowser browser = browser(test)) {
            openCustomer(browser.signInAs(DemoLogins.MANAGER), "edit-" + run);

            type(browser, "customer:billing-country", "US");
            type(browser, "customer:billing-postcode", "ABC");
            browser.click("customer:save");
            assertTrue(browser.text("customer:billing-postcode-message").contains("postcode"),
                    browser.pageText());
            assertEquals("", Http.object(admin("GET", "customers/" + customer.getInt("id"), null))
                    .getJsonObject("billing").getString("postcode"), "nothing was stored");

            type(browser, "customer:billing-postcode", "10001");
            type(browser, "customer:billing-city", "New York");
            type(browser, "customer:last-name", "Byron");
            browser.click("customer:save");
            assertTrue(browser.pageText().contains("Saved the customer's details."), browser.pageText());
            JsonObject saved = Http.object(admin("GET", "customers/" + customer.getInt("id"), null));
            assertEquals("Byron", saved.getString("last_name"));
            assertEquals("10001", saved.getJsonObject("billing").getString("postcode"));
            assertEquals("New York", saved.getJsonObject("billing").getString("city"));

            ok(admin("PUT", "customers/" + customer.getInt("id"), "{\"first_name\":\"Augusta\"}"));
            type(browser, "customer:last-name", "King");
            browser.click("customer:save");
            assertTrue(browser.pageText().contains("changed by someone else"), browser.pageText());
            assertEquals("King", value(browser, "customer:last-name"), "the input is kept");
            JsonObject kept = Http.object(admin("GET", "customers/" + customer.getInt("id"), null));
            assertEquals("Augusta", kept.getString("first_name"), "the other change stands");
            assertEquals("Byron", kept.getString("last_name"), "the stale edit wrote nothing");
        }
    }

    @Test
    void aCustomersPageListsTheirOrdersAndCart(TestInfo test) {
        String login = "buyer-" + run;
        createByApi(login);
        String basic = "Basic " + Base64.getEncoder().encodeToString((login + ":" + NEW_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        long product = product("Console customer's " + run, "4.00");
        ok(asCustomer(basic, "cocart/v2/cart/add-item", CartJourney.addBody(Long.toString(product), "2")));
        JsonObject order = Http.object(ok(asCustomer(basic, CheckoutContract.CHECKOUT.replace("wp-json/", ""),
                "{\"billing_address\":" + CheckoutContract.ADDRESS
                        + ",\"shipping_method\":\"flat_rate:1\",\"payment_method\":\"cod\"}")));
        ok(asCustomer(basic, "cocart/v2/cart/add-item", CartJourney.addBody(Long.toString(product), "3")));

        try (ConsoleBrowser browser = browser(test)) {
            openCustomer(browser.signInAs(DemoLogins.MANAGER), login);
            String orders = browser.text("orders-form:orders");
            assertTrue(orders.contains(order.getJsonNumber("order_id").toString()), orders);
            assertTrue(orders.contains("Processing"), orders);
            String cart = browser.text("cart");
            assertTrue(cart.contains("Console customer's " + run) && cart.contains("3"), cart);
            browser.shot("customer-with-order-and-cart");
        }
    }

    @Test
    void anUnknownCustomerIsAClearPageNotAnError(TestInfo test) {
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER).click("nav-customers").click("list:customers:0:open");
            String url = browser.url().replaceAll("([?&])id=\\d+", "$1id=999999999");
            browser.driver().get(url);
            browser.shot("unknown-customer");
            assertEquals(404, browser.status());
            assertTrue(browser.has("not-found"), browser.pageText());
        }
    }

    /** Searches the list for the login and opens the customer's page from it. */
    static void openCustomer(ConsoleBrowser browser, String login) {
        browser.click("nav-customers");
        type(browser, "filters:search", login);
        browser.driver().findElement(By.id("filters:role")).sendKeys("All roles");
        browser.click("filters:apply");
        browser.click("list:customers:0:open");
        assertEquals(CUSTOMER_PAGE, browser.path());
        assertEquals(login, browser.text("account-username"));
    }

    static void type(ConsoleBrowser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    static String value(ConsoleBrowser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    JsonObject createByApi(String login) {
        HttpResponse<String> created = admin("POST", "customers", Json.createObjectBuilder()
                .add("email", login + "@example.com").add("username", login).add("password", NEW_PASSWORD)
                .add("first_name", "Ada").add("last_name", "Lovelace").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created);
    }

    JsonArray customers(String email) {
        return Http.parse(ok(admin("GET", "customers?role=all&email=" + email, null)).body()).asJsonArray();
    }

    HttpResponse<String> login(String login, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((login + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return new Http(base).send(HttpRequest.newBuilder(new Http(base).at("wp-json/cocart/v2/login"))
                .header("Authorization", basic).POST(BodyPublishers.noBody()));
    }

    HttpResponse<String> asCustomer(String basic, String path, String json) {
        return new Http(base).send(HttpRequest.newBuilder(new Http(base).at("wp-json/" + path))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)));
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
        if (answer.statusCode() >= 300) {
            throw new AssertionError(answer.uri() + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer;
    }
}
