package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The error plumbing every route relies on, and the demo store, checked through test-only fixture routes added
 * to the built artifact (package {@code fixtures}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ErrorPlumbingContract {

    /**
     * Products 10-22 of db/catalog/demo: simple, variable with 4 variations, grouped, external, and the hidden
     * Free Sticker of V2 (published, though no list shows it by default).
     */
    static final int DEMO_PUBLISHED_PRODUCTS = 13;

    @ArquillianResource
    URL base;

    Http http() {
        return new Http(base);
    }

    @Test
    void businessExceptionFromAnEjbReachesItsMapperUnwrapped() {
        HttpResponse<String> response = http().get(http().at("wp-json/headlesscart-test/business-failure"));

        assertEquals(404, response.statusCode(), response.body());
        JsonObject error = Http.object(response);
        assertEquals("cocart_product_invalid_id", error.getString("code"));
        assertEquals("Invalid ID.", error.getString("message"), "as capture 56");
        assertEquals(404, error.getJsonObject("data").getInt("status"));
    }

    @Test
    void bugInsideAnEjbIsA500IncidentWithoutStackTrace() {
        assertIncident(http().get(http().at("wp-json/headlesscart-test/ejb-bug")));
    }

    @Test
    void aCartLockNotHadInTimeIs409BusyWithRetryAfter() {
        HttpResponse<String> response = http().get(http().at("wp-json/headlesscart-test/cart-busy"));

        assertEquals(409, response.statusCode(), response.body());
        assertEquals("cocart_cart_busy", Http.object(response).getString("code"));
        assertEquals(409, Http.object(response).getJsonObject("data").getInt("status"));
        assertEquals("1", response.headers().firstValue("Retry-After").orElse(null), "README: Retry-After on 409s");
    }

    @Test
    void bugInAResourceIsA500IncidentWithoutStackTrace() {
        assertIncident(http().get(http().at("wp-json/headlesscart-test/resource-bug")));
    }

    @Test
    void malformedJsonBodyIsRestInvalidJson() {
        HttpResponse<String> response = http().send("POST", http().at("wp-json/headlesscart-test/echo"),
                "application/json", "{\"text\": \"unterminated");

        assertEquals(400, response.statusCode(), response.body());
        JsonObject error = Http.object(response);
        assertEquals("rest_invalid_json", error.getString("code"));
        assertEquals(400, error.getJsonObject("data").getInt("status"));
    }

    @Test
    void wellFormedJsonBodyStillWorks() {
        HttpResponse<String> response = http().send("POST", http().at("wp-json/headlesscart-test/echo"),
                "application/json", "{\"text\": \"hello\"}");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("hello", Http.object(response).getString("text"));
    }

    @Test
    void demoStoreIsLoadedAndDemoLoginsWork() {
        HttpResponse<String> response = http().get(http().at("wp-json/headlesscart-test/demo"));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject demo = Http.object(response);

        assertEquals(DEMO_PUBLISHED_PRODUCTS, demo.getInt("published_products"), "demo catalog loaded once: " + demo);
        assertEquals(4, demo.getInt("account_count"), "administrator, shop manager, two customers: " + demo);
        assertEquals("administrator", demo.getJsonObject("admin").getString("role"));
        assertEquals("shop_manager", demo.getJsonObject("manager").getString("role"));
        JsonObject customer = demo.getJsonObject("customer");
        assertEquals("customer", customer.getString("role"));
        assertEquals(2, customer.getInt("id"), "the customer is user 2, as in the captures");
        assertEquals("customer@example.com", customer.getString("email"));
        assertFalse(customer.getString("billing_phone").isBlank(), "the customer has a billing phone");
        assertTrue(demo.getJsonObject("customer_by_email").getBoolean("authenticated"), "login by e-mail");
        assertTrue(demo.getJsonObject("customer_by_phone").getBoolean("authenticated"), "login by billing phone");
        assertFalse(demo.getJsonObject("customer_wrong_password").getBoolean("authenticated"));
        assertFalse(response.body().contains("PBKDF2"), "no hash ever leaves the customer component");
    }

    private static void assertIncident(HttpResponse<String> response) {
        assertEquals(500, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject error = Http.object(response);
        assertEquals("cocart_unknown_server_error", error.getString("code"));
        assertEquals(500, error.getJsonObject("data").getInt("status"));
        String incident = error.getJsonObject("data").getString("incident");
        assertTrue(error.getString("message").contains(incident), "the client can quote the incident");
        assertFalse(response.body().contains("Exception"), "no exception names or stack traces leave the server");
        assertFalse(response.body().contains("secret internal detail"));
    }
}
