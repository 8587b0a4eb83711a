package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.headlesscart.api.Captures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Carts and identity over HTTP (contract §6.1–6.4, decisions 6 and 7; issue 5 parts 4 and 7;
 * docs/carts-and-identity.md): a logged-in customer's cart keyed by their id as captures 41 and 42, a guest cart
 * absorbed on the customer's first write, race-safe, and who may reach which cart. Demo accounts: {@code customer} (id 2) and
 * {@code customer2} (id 4), the shop manager (id 3). Each test empties the customer carts it uses first. Also the
 * scope of a logged-in customer's Idempotency-Key (docs/conditional-writes.md).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class IdentityContract {

    static final String V2 = "wp-json/cocart/v2/";
    static final String CUSTOMER = AuthContract.basic("customer:customerpass");
    static final String CUSTOMER2 = AuthContract.basic("customer2:customerpass");
    static final String MANAGER = AuthContract.basic("manager:managerpass");
    static final String VINYL_KEY = "c20ad4d76fe97759aa27a0c99bff6710";   // product 12, as captures 41/42

    @ArquillianResource
    URL base;

    @Test
    void aLoggedInCustomersCartIsKeyedByTheirIdAsCaptures41And42() {
        clear(CUSTOMER, null);
        HttpResponse<String> added = send("POST", "cart/add-item", CUSTOMER, null, "{\"id\": \"12\", \"quantity\": \"1\"}");
        assertEquals(200, added.statusCode(), added.body());
        JsonObject cart = Http.object(added);
        assertEquals(Captures.shape(Captures.object("41-cart-add-item-logged-in")), Captures.shape(cart), "capture 41");
        assertEquals("2", cart.getString("cart_key"));
        assertEquals("2", added.headers().firstValue("CoCart-API-Cart-Key").orElseThrow());
        assertEquals(VINYL_KEY, cart.getJsonArray("items").getJsonObject(0).getString("item_key"));
        long now = Long.parseLong(added.headers().firstValue("CoCart-Timestamp").orElseThrow());
        long expiring = Long.parseLong(added.headers().firstValue("CoCart-API-Cart-Expiring").orElseThrow());
        long expiration = Long.parseLong(added.headers().firstValue("CoCart-API-Cart-Expiration").orElseThrow());
        assertTrue(Math.abs(expiration - now - 7 * 86400) <= 5, "decision 7: customers' carts expire after 7 days");
        assertTrue(Math.abs(expiring - now - 86400) <= 5, "contract §6.4: expiring after 1 day");
        assertEquals("no-cache, must-revalidate, max-age=0, no-store, private",
                added.headers().firstValue("Cache-Control").orElse(""), "WordPress's nocache for a user, capture 41");
        assertEquals("Wed, 11 Jan 1984 05:00:00 GMT", added.headers().firstValue("Expires").orElse(""));

        HttpResponse<String> read = send("GET", "cart", CUSTOMER, null, null);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject shown = Http.object(read);
        assertEquals(Captures.shape(Captures.object("42-cart-get-logged-in")), Captures.shape(shown), "capture 42");
        assertEquals("2", shown.getString("cart_key"));
        JsonObject billing = shown.getJsonObject("customer").getJsonObject("billing_address");
        assertEquals("Jane", billing.getString("billing_first_name"), "the account's details, as capture 42: " + billing);
        assertEquals("Doe", billing.getString("billing_last_name"));
        assertEquals("customer@example.com", billing.getString("billing_email"));
        assertEquals("San Francisco", billing.getString("billing_city"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, shown.get("notices"));
        assertEquals(Map.of(VINYL_KEY, new BigDecimal("1")), quantities(shown));
        assertEquals(200, send("GET", "cart?cart_key=2", CUSTOMER, null, null).statusCode(), "their own id: their cart");
    }

    @Test
    void theFirstWriteWithAGuestKeyMergesTheGuestCartAndDeletesIt() {
        clear(CUSTOMER, null);
        send("POST", "cart/add-item", CUSTOMER, null, "{\"id\": \"12\", \"quantity\": \"1\"}");
        send("POST", "cart/add-item", CUSTOMER, null, "{\"id\": \"11\", \"quantity\": \"5\", \"item_data\": {\"gift\": \"yes\"}}");
        String guest = guestCartWith("{\"id\": \"12\", \"quantity\": \"3\"}", "{\"id\": \"11\", \"quantity\": \"30\"}",
                "{\"id\": \"10\", \"quantity\": \"1\"}");

        JsonObject preview = Http.object(send("GET", "cart", CUSTOMER, guest, null));
        assertEquals("2", preview.getString("cart_key"));
        assertEquals(4, preview.getJsonArray("items").size(), "a GET shows the merge: " + preview);
        assertEquals(3, Http.object(send("GET", "cart", null, guest, null)).getJsonArray("items").size(),
                "and writes nothing: the guest cart is still there");

        HttpResponse<String> merged = send("POST", "cart/calculate", CUSTOMER, guest, null);
        assertEquals(200, merged.statusCode(), merged.body());
        JsonObject cart = Http.object(merged);
        assertEquals("2", cart.getString("cart_key"));
        Map<String, BigDecimal> quantities = quantities(cart);
        assertEquals(new BigDecimal("3"), quantities.get(VINYL_KEY), "guest lines win on equal item keys");
        assertEquals(4, quantities.size(), "the customer's gift cap is kept: " + quantities);
        assertTrue(quantities.containsValue(new BigDecimal("25")), "30 caps at 30 in stock less the 5 gift caps");
        assertEquals(List.of(
                "\u201cVinyl Album\u201d (quantity 3) from your guest cart replaced the one in your cart.",
                "\u201cBaseball Cap\u201d (quantity 25) from your guest cart was merged into your cart; quantity capped: "
                        + "there is not enough stock (30 remaining).",
                "\u201cBasic T-Shirt\u201d (quantity 1) from your guest cart was merged into your cart."),
                cart.getJsonObject("notices").getJsonArray("notice").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList());

        assertEquals(JsonValue.EMPTY_JSON_ARRAY,
                Http.object(send("GET", "cart", null, guest, null)).get("items"), "the guest cart is gone");
        JsonObject again = Http.object(send("POST", "cart/calculate", CUSTOMER, guest, null));
        assertEquals(quantities, quantities(again), "nothing left to merge");
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, again.get("notices"));
    }

    @Test
    void twoParallelFirstRequestsWithOneGuestKeyMergeOnce() throws Exception {
        clear(CUSTOMER2, null);
        String guest = guestCartWith("{\"id\": \"12\", \"quantity\": \"2\"}");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> both = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return send("POST", "cart/calculate", CUSTOMER2, guest, null);
                })).toList();
        start.countDown();
        int merges = 0;
        for (CompletableFuture<HttpResponse<String>> request : both) {
            HttpResponse<String> response = request.get();
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("4", Http.object(response).getString("cart_key"));
            merges += response.body().contains("from your guest cart") ? 1 : 0;
        }
        assertEquals(1, merges, "one request merges, the other finds the guest cart gone");
        assertEquals(Map.of(VINYL_KEY, new BigDecimal("2")), quantities(Http.object(send("GET", "cart", CUSTOMER2, null, null))));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, Http.object(send("GET", "cart", null, guest, null)).get("items"));
    }

    @Test
    void aGuestCannotReadOrChangeAnotherGuestsCartWithoutItsKey() {
        String mine = guestCartWith("{\"id\": \"12\", \"quantity\": \"1\"}");
        String other = "t_" + AuthContract.run() + "0000000000000000000000";
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, Http.object(send("GET", "cart", null, other, null)).get("items"));
        JsonObject fresh = Http.object(send("GET", "cart", null, null, null));
        assertNotEquals(mine, fresh.getString("cart_key"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, fresh.get("items"));
        assertEquals(200, send("POST", "cart/clear", null, other, null).statusCode());
        assertEquals(404, send("DELETE", "cart/item/" + VINYL_KEY, null, other, null).statusCode());
        assertEquals(Map.of(VINYL_KEY, BigDecimal.ONE), quantities(Http.object(send("GET", "cart", null, mine, null))));
    }

    @Test
    void aGuestNamingAUserIdIsRefusedInOurErrorEnvelope() {
        for (HttpResponse<String> refused : List.of(send("GET", "cart?cart_key=2", null, null, null),
                send("GET", "cart", null, "2", null),
                send("POST", "cart/add-item?cart_key=4", null, null, "{\"id\": \"12\"}"))) {
            assertEquals(403, refused.statusCode(), refused.body());
            assertEquals(Http.parse("{\"code\":\"cocart_must_authenticate_user\",\"message\":\"Must authenticate "
                    + "customer as the cart key provided is a registered customer.\",\"data\":{\"status\":403}}"),
                    Http.parse(refused.body()));
        }
        HttpResponse<String> digits = send("GET", "cart?cart_key=987654321", null, null, null);
        assertEquals(400, digits.statusCode(), "digits only are reserved for users' carts: " + digits.body());
        assertEquals("rest_invalid_param", Http.object(digits).getString("code"));
    }

    @Test
    void aCustomerCannotReachAnotherCustomersCartByItsUserId() {
        clear(CUSTOMER2, null);
        send("POST", "cart/add-item", CUSTOMER2, null, "{\"id\": \"12\", \"quantity\": \"1\"}");
        for (HttpResponse<String> refused : List.of(send("GET", "cart?cart_key=4", CUSTOMER, null, null),
                send("GET", "cart", CUSTOMER, "4", null),
                send("POST", "cart/clear?cart_key=4", CUSTOMER, null, null),
                send("POST", "cart/add-item", CUSTOMER, "4", "{\"id\": \"10\"}"))) {
            assertEquals(403, refused.statusCode(), refused.body());
            assertEquals("cocart_must_authenticate_user", Http.object(refused).getString("code"));
        }
        assertEquals(Map.of(VINYL_KEY, BigDecimal.ONE), quantities(Http.object(send("GET", "cart", CUSTOMER2, null, null))));
    }

    @Test
    void staffNamingAGuestKeyUseThatCartAndNeverAbsorbIt() {
        String guest = guestCartWith("{\"id\": \"12\", \"quantity\": \"1\"}");
        HttpResponse<String> staff = send("POST", "cart/calculate", MANAGER, guest, null);
        assertEquals(200, staff.statusCode(), staff.body());
        assertEquals(guest, Http.object(staff).getString("cart_key"));
        assertEquals(1, Http.object(send("GET", "cart", null, guest, null)).getJsonArray("items").size());
    }

    @Test
    void aLoggedInCustomersIdempotencyKeysAreTheirsAlone() {
        clear(CUSTOMER, null);
        clear(CUSTOMER2, null);
        String guest = guestCartWith("{\"id\": \"10\", \"quantity\": \"1\"}");
        String key = UUID.randomUUID().toString();
        String body = "{\"id\": \"12\", \"quantity\": \"1\"}";

        HttpResponse<String> first = send("POST", "cart/add-item", CUSTOMER, null, body, key);
        HttpResponse<String> retry = send("POST", "cart/add-item", CUSTOMER, null, body, key);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(Optional.empty(), first.headers().firstValue("Idempotent-Replayed"));
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(null), "their retry is replayed");
        assertEquals(first.body(), retry.body());

        // The same key and body from anyone else is their own request: applied to their cart, never the first answer
        // (which shows the first customer's address).
        HttpResponse<String> other = send("POST", "cart/add-item", CUSTOMER2, null, body, key);
        HttpResponse<String> anonymous = send("POST", "cart/add-item", null, null, body, key);
        for (HttpResponse<String> own : List.of(other, anonymous)) {
            assertEquals(200, own.statusCode(), own.body());
            assertEquals(Optional.empty(), own.headers().firstValue("Idempotent-Replayed"), own.body());
            assertNotEquals("2", Http.object(own).getString("cart_key"));
            assertEquals(Map.of(VINYL_KEY, BigDecimal.ONE), quantities(Http.object(own)));
        }
        assertEquals("4", Http.object(other).getString("cart_key"));

        // The customer's key is theirs whichever cart they name: naming a guest cart is another request, refused
        // before anything is applied, so the guest cart is not merged.
        HttpResponse<String> elsewhere = send("POST", "cart/add-item", CUSTOMER, guest, body, key);
        assertEquals(422, elsewhere.statusCode(), elsewhere.body());
        assertEquals("cocart_idempotency_key_reused", Http.object(elsewhere).getString("code"));
        assertEquals(1, Http.object(send("GET", "cart", null, guest, null)).getJsonArray("items").size(),
                "the guest cart is still there");
        assertEquals(Map.of(VINYL_KEY, BigDecimal.ONE), quantities(Http.object(send("GET", "cart", CUSTOMER, null, null))),
                "one add-item applied to the customer's cart");
    }

    /** A new guest cart with these add-item bodies; its key. */
    private String guestCartWith(String... bodies) {
        String key = null;
        for (String body : bodies) {
            HttpResponse<String> added = send("POST", "cart/add-item", null, key, body);
            assertEquals(200, added.statusCode(), added.body());
            key = Http.object(added).getString("cart_key");
        }
        return key;
    }

    private void clear(String authorization, String key) {
        HttpResponse<String> cleared = send("POST", "cart/clear", authorization, key, null);
        assertEquals(200, cleared.statusCode(), cleared.body());
    }

    private static Map<String, BigDecimal> quantities(JsonObject cart) {
        Map<String, BigDecimal> quantities = new HashMap<>();
        cart.getJsonArray("items").getValuesAs(JsonObject.class).forEach(item -> quantities.put(
                item.getString("item_key"), item.getJsonObject("quantity").getJsonNumber("value").bigDecimalValue()
                        .stripTrailingZeros()));
        return quantities;
    }

    private HttpResponse<String> send(String method, String route, String authorization, String cartKey, String body) {
        return send(method, route, authorization, cartKey, body, null);
    }

    private HttpResponse<String> send(String method, String route, String authorization, String cartKey, String body,
            String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http().at(V2 + route))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cartKey != null) {
            request.header("CoCart-API-Cart-Key", cartKey);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http().send(request);
    }

    /** Over the loopback, as AuthContract: the build's trusted proxy and client address for authenticated calls. */
    private Http http() {
        try {
            return new Http(new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile()));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
