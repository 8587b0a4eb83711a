package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sessions admin (routes 17–20, contract §11.3) and the cart insights, as shop managers, administrators,
 * customers and anonymous callers see them. The demo accounts are those of {@code headlesscart.demo.enabled}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class SessionsContract {

    static final String MANAGER = DemoLogins.MANAGER;
    static final String ADMIN = DemoLogins.ADMIN;
    static final String CUSTOMER = DemoLogins.CUSTOMER;

    @ArquillianResource
    URL base;

    @Test
    void onlyShopManagersAndAdministratorsSeeCartsInSession() {
        String key = cart().newCartWith("10", "1");
        for (String route : List.of("sessions", "session/" + key, "session/" + key + "/items")) {
            HttpResponse<String> anonymous = get(route, null);
            HttpResponse<String> customer = get(route, CUSTOMER);
            assertEquals(401, anonymous.statusCode(), route + ": " + anonymous.body());
            assertEquals("cocart_rest_cannot_view", Http.object(anonymous).getString("code"));
            assertEquals(403, customer.statusCode(), route + ": " + customer.body());
            assertEquals("cocart_rest_cannot_view", Http.object(customer).getString("code"));
            assertEquals(200, get(route, MANAGER).statusCode(), route);
            assertEquals(200, get(route, ADMIN).statusCode(), route);
        }
        assertEquals(401, send("DELETE", "session/" + key, null).statusCode());
        assertEquals(403, send("DELETE", "session/" + key, CUSTOMER).statusCode());
        assertEquals(401, get("../../headlesscart/v1/carts/insights", null).statusCode());
        assertEquals(403, get("../../headlesscart/v1/carts/insights", CUSTOMER).statusCode());
    }

    @Test
    void theListIsCoCartsSummaryPaginatedAndSearchableByEmail() {
        String email = "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        CartJourney cart = cart();
        String key = cart.newCartWith("10", "1");
        cart.post("/add-item", key, "{\"id\":\"11\",\"quantity\":\"1\",\"email\":\"" + email + "\"}");
        cart.newCartWith("11", "1");

        HttpResponse<String> found = get("sessions?search=" + email.toUpperCase(), MANAGER);
        assertEquals(200, found.statusCode(), found.body());
        JsonArray sessions = Http.parse(found.body()).asJsonArray();
        assertEquals(1, sessions.size(), found.body());
        JsonObject summary = sessions.getJsonObject(0);
        assertEquals(List.of("cart_id", "cart_key", "customers_name", "customers_email", "cart_created",
                "cart_expiry", "cart_source", "link"), List.copyOf(summary.keySet()));
        assertEquals(JsonValue.ValueType.STRING, summary.get("cart_id").getValueType());
        assertEquals(key, summary.getString("cart_key"));
        assertEquals(email, summary.getString("customers_email"));
        assertEquals("cocart", summary.getString("cart_source"));
        assertTrue(summary.getString("cart_created").matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d"),
                summary.toString());
        assertTrue(summary.getString("link").endsWith("/wp-json/cocart/v2/session/" + key), summary.toString());
        assertEquals("1", found.headers().firstValue("X-WP-Total").orElseThrow());

        HttpResponse<String> second = get("sessions?per_page=1&page=2&status=active", MANAGER);
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(1, Http.parse(second.body()).asJsonArray().size());
        assertTrue(Long.parseLong(second.headers().firstValue("X-WP-TotalPages").orElseThrow()) >= 2);
        assertTrue(second.headers().firstValue("Link").orElseThrow().contains("rel=\"prev\""));

        HttpResponse<String> nobody = get("sessions?search=nobody-" + UUID.randomUUID() + "@example.com", MANAGER);
        assertEquals(404, nobody.statusCode());
        assertEquals("cocart_no_carts_in_session", Http.object(nobody).getString("code"));
        HttpResponse<String> badStatus = get("sessions?status=forgotten", MANAGER);
        assertEquals(400, badStatus.statusCode());
        assertEquals("rest_invalid_param", Http.object(badStatus).getString("code"));
    }

    @Test
    void oneCartInSessionShowsItsLinesWithMinorUnitTotals() {
        CartJourney cart = cart();
        String key = cart.newCartWith("10", "2");

        HttpResponse<String> shown = get("session/" + key, ADMIN);
        assertEquals(200, shown.statusCode(), shown.body());
        JsonObject session = Http.object(shown);
        assertEquals(List.of("cart_key", "customer", "items", "item_count", "items_weight", "coupons", "fees",
                "totals", "needs_payment", "removed_items"), List.copyOf(session.keySet()));
        JsonObject line = session.getJsonObject("items").getJsonObject(CartContract.TSHIRT);
        JsonObject totals = line.getJsonObject("totals");
        for (String total : List.of("subtotal", "subtotal_tax", "total", "tax")) {
            assertEquals(JsonValue.ValueType.STRING, totals.get(total).getValueType(), total);
        }
        assertEquals("4000", totals.getString("total"), "2 T-shirts at 20.00");
        assertEquals("4000", session.getJsonObject("totals").getString("total"));
        assertTrue(shown.headers().firstValue("CoCart-API-Cart-Key").isEmpty(), "no cart headers here");

        JsonObject items = Http.object(get("session/" + key + "/items", ADMIN));
        assertEquals(List.of(CartContract.TSHIRT), List.copyOf(items.keySet()));
        assertEquals("4000", items.getJsonObject(CartContract.TSHIRT).getJsonObject("totals").getString("total"),
                "the same minor-unit strings as the session itself");

        HttpResponse<String> unknown = get("session/t_never_stored_here", ADMIN);
        assertEquals(404, unknown.statusCode());
        assertEquals("cocart_cart_in_session_not_valid", Http.object(unknown).getString("code"));
    }

    @Test
    void aDeletedSessionIsGoneForItsShopperToo() {
        CartJourney cart = cart();
        String key = cart.newCartWith("10", "1");
        assertEquals(List.of(1), CartContract.quantities(Http.object(cart.get("", key))));

        HttpResponse<String> deleted = send("DELETE", "session/" + key, MANAGER);
        HttpResponse<String> again = send("DELETE", "session/" + key, MANAGER);

        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals("\"Session successfully deleted!\"", deleted.body());
        assertEquals(List.of(), CartContract.quantities(Http.object(cart.get("", key))), "no kept answer either");
        assertEquals(404, again.statusCode());
        assertEquals("cocart_session_not_valid", Http.object(again).getString("code"));
    }

    @Test
    void insightsCountCartsTheirValueAndCapturedEmails() {
        JsonObject before = Http.object(get("../../headlesscart/v1/carts/insights", MANAGER));
        CartJourney cart = cart();
        String key = cart.newCartWith("10", "2");
        cart.post("/add-item", key, "{\"id\":\"11\",\"quantity\":\"1\",\"email\":\"insights@example.com\"}");

        HttpResponse<String> after = get("../../headlesscart/v1/carts/insights", ADMIN);

        assertEquals(200, after.statusCode(), after.body());
        JsonObject now = Http.object(after);
        assertEquals(List.of("currency", "active", "expiring", "expired"), List.copyOf(now.keySet()));
        JsonObject active = now.getJsonObject("active");
        JsonObject activeBefore = before.getJsonObject("active");
        assertEquals(activeBefore.getInt("carts") + 1, active.getInt("carts"), now.toString());
        assertEquals(activeBefore.getInt("with_email") + 1, active.getInt("with_email"));
        assertEquals(Long.parseLong(activeBefore.getString("value")) + 5500,       // 2 × 20.00 + 15.00 (cap on sale)
                Long.parseLong(active.getString("value")));

        String metrics = new Http(base).get(new Http(base).atServerRoot("metrics"), "text/plain").body();
        assertTrue(metrics.contains("headlesscart_carts") && metrics.contains("status=\"active\""), metrics.length()
                > 4000 ? metrics.substring(0, 4000) : metrics);
        assertFalse(metrics.isBlank());
    }

    @Test
    void postCartStoresAnEmptyGuestCartUnderANewKeyEachTime() {
        HttpResponse<String> created = send("POST", "cart", null);
        HttpResponse<String> another = send("POST", "cart?cart_key=t_my_own_key", null);
        HttpResponse<String> loggedIn = send("POST", "cart", CUSTOMER);

        assertEquals(200, created.statusCode(), created.body());
        JsonObject body = Http.object(created);
        assertEquals(List.of("message", "cart_key"), List.copyOf(body.keySet()), "CoCart 4.4's answer: " + body);
        String key = body.getString("cart_key");
        assertTrue(key.matches("t_[0-9a-f]{30}"), key);
        assertEquals(key, created.headers().firstValue("CoCart-API-Cart-Key").orElse(null));
        assertEquals(key, created.headers().firstValue("Cart-Key").orElse(null));
        long now = Long.parseLong(created.headers().firstValue("CoCart-Timestamp").orElseThrow());
        long expiration = Long.parseLong(created.headers().firstValue("CoCart-API-Cart-Expiration").orElseThrow());
        assertTrue(Math.abs(expiration - now - 2 * 86400) <= 5, "a guest cart's window, decision 7");
        assertTrue(created.headers().firstValue("CoCart-API-Cart-Expiring").isPresent());

        assertEquals(200, another.statusCode(), another.body());
        String second = Http.object(another).getString("cart_key");
        assertTrue(second.matches("t_[0-9a-f]{30}") && !second.equals(key), "a new key each time: " + second);

        HttpResponse<String> stored = get("session/" + key, ADMIN);
        assertEquals(200, stored.statusCode(), "stored, so the sessions admin lists it: " + stored.body());
        assertTrue(List.of("[]", "{}").contains(Http.object(stored).get("items").toString()), stored.body());
        JsonObject shown = Http.object(new Http(base).get(cart().cart("", key)));
        assertEquals(key, shown.getString("cart_key"));
        assertEquals(0, shown.getJsonArray("items").size());

        assertEquals(403, loggedIn.statusCode(), loggedIn.body());
        assertEquals("cocart_rest_cart_creation_not_allowed", Http.object(loggedIn).getString("code"));
        assertEquals(403, Http.object(loggedIn).getJsonObject("data").getInt("status"));
    }

    private CartJourney cart() {
        return new CartJourney(new Http(base));
    }

    private HttpResponse<String> get(String route, String credentials) {
        return send("GET", route, credentials);
    }

    private HttpResponse<String> send(String method, String route, String credentials) {
        Http http = new Http(base);
        URI uri = http.at("wp-json/cocart/v2/" + route).normalize();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request);
    }
}
