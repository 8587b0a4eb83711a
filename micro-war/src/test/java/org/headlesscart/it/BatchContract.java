package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The batch routes against the running server (issue 6 parts 1-2, contract §12, docs/batch.md): WordPress's
 * {@code POST /wp-json/batch/v1} (207, a transaction per sub-request, require-all-validate, guest carts named in the
 * path or the headers, or continued from the sub-request before) and CoCart's {@code POST /wp-json/cocart/batch}
 * (one transaction, all or nothing, the final cart with every notice). Demo catalog: 10 T-shirt (20.00, stock 50),
 * 11 cap (15.00 on sale, stock 30), 12 album (25.00, stock not managed), 15 a hoodie variation (40.00, stock 10),
 * 19 grouped of 10 and 11.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BatchContract {

    static final String WP_BATCH = "wp-json/batch/v1";
    static final String COCART_BATCH = "wp-json/cocart/batch";
    static final String CART = "/cocart/v2/cart";
    static final String TEE = md5("10");
    static final String CAP = md5("11");
    static final String ALBUM = md5("12");

    @ArquillianResource
    URL base;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aWordPressBatchOfTwentyFiveMixedWritesAnswersEachInOrder() {
        String key = "wp-mixed-" + run;
        keep(key);                                                 // a kept GET /cart answer, dropped by the batch
        List<JsonObject> requests = mixedWrites();
        // The first names the cart in its path, the second in its headers, the rest continue the batch's cart.
        requests.set(0, sub("POST", CART + "/add-item?cart_key=" + key, add("10", "1"), null));
        requests.set(1, sub("POST", CART + "/add-item", add("12", "2"), Json.createObjectBuilder().add("Cart-Key", key)));

        HttpResponse<String> answer = post(WP_BATCH, null, batch(null, requests));

        assertEquals(207, answer.statusCode(), answer.body());
        JsonArray responses = Http.object(answer).getJsonArray("responses");
        assertEquals(25, responses.size());
        for (int i = 0; i < 25; i++) {
            JsonObject response = responses.getJsonObject(i);
            int expected = i == 8 ? 405 : 200;
            assertEquals(expected, response.getInt("status"), i + ": " + response);
            assertEquals(key, response.getJsonObject("headers").getString("CoCart-API-Cart-Key"), "sub-request " + i);
        }
        assertEquals("cocart_item_restored_to_cart", responses.getJsonObject(8).getJsonObject("body").getString("code"),
                "R-BATCH-WP: a refused sub-request answers its own error, the others still run");
        JsonArray lastNotices = responses.getJsonObject(24).getJsonObject("body").getJsonObject("notices")
                .getJsonArray("success");
        assertEquals(1, lastNotices.size(), "each sub-request answers with its own notices: " + lastNotices);
        assertEquals("\u201cBaseball Cap\u201d has been added to your cart.", lastNotices.getString(0));
        assertMixedResult(cart(key), key);
    }

    @Test
    void aCoCartBatchOfTwentyFiveMixedWritesAnswersTheFinalCartWithAllNotices() {
        String key = "cocart-mixed-" + run;
        keep(key);
        HttpResponse<String> answer = post(COCART_BATCH + "?cart_key=" + key, null, batch(null, mixedWritesButEight()));

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject cart = Http.object(answer);
        assertEquals(key, answer.headers().firstValue("CoCart-API-Cart-Key").orElse(null));
        assertMixedResult(cart, key);
        JsonObject notices = cart.getJsonObject("notices");
        assertEquals(21, notices.getJsonArray("success").size(), "R-BATCH-COCART: every sub-request's notices: "
                + notices);
        assertEquals("Cart updated.", notices.getJsonArray("success").getString(6));
        assertEquals(Json.createObjectBuilder(cart).remove("notices").build(), cart(key),
                "a GET right after the batch shows what it answered");
    }

    @Test
    void aCoCartBatchWhoseThirteenthRequestFailsStoresNothing() {
        String key = "cocart-rollback-" + run;
        assertEquals(200, post("wp-json/cocart/v2/cart/add-items?cart_key=" + key, null,
                Json.createObjectBuilder().add("id", "19").add("quantity", Json.createObjectBuilder().add("10", "2")
                        .add("11", "1")).build().toString()).statusCode());
        JsonObject before = cart(key);
        List<JsonObject> requests = new ArrayList<>();
        requests.add(sub("POST", CART + "/clear", null, null));
        for (int i = 1; i < 25; i++) {
            requests.add(i == 12 ? sub("DELETE", CART + "/item/" + md5("no-such-line"), null, null)
                    : i % 3 == 0 ? sub("POST", CART + "/item/" + ALBUM, Json.createObjectBuilder().add("quantity",
                            Integer.toString(3 + i)), null)
                    : i % 3 == 1 ? sub("POST", CART + "/add-item", add("12", "1"), null)
                    : sub("POST", CART + "/calculate", null, null));
        }

        HttpResponse<String> answer = post(COCART_BATCH + "?cart_key=" + key, null, batch(null, requests));

        assertEquals(404, answer.statusCode(), answer.body());
        JsonObject error = Http.object(answer);
        assertEquals("cocart_item_not_in_cart", error.getString("code"));
        assertEquals(404, error.getJsonObject("data").getInt("status"));
        assertEquals(12, error.getJsonObject("data").getInt("failed_request"),
                "R-BATCH-COCART: the 13th request (index 12) is named");
        assertEquals("DELETE", error.getJsonObject("data").getJsonObject("request").getString("method"));
        assertEquals(before, cart(key), "R-BATCH-ATOMIC: nothing of the twelve writes before it is stored");

        String fresh = "cocart-rollback-new-" + run;
        requests.set(0, sub("POST", CART + "/add-item", add("10", "1"), null));
        assertEquals(404, post(COCART_BATCH, fresh, batch(null, requests)).statusCode());
        assertTrue(cart(fresh).getJsonArray("items").isEmpty(), "a cart the batch started is not stored either");
    }

    @Test
    void aGetRightAfterABatchShowsItsWrites() {
        for (String route : List.of(WP_BATCH, COCART_BATCH)) {
            String key = "kept-" + route.length() + "-" + run;
            assertEquals(200, post("wp-json/cocart/v2/cart/add-item?cart_key=" + key, null,
                    add("12", "1").build().toString()).statusCode());
            assertEquals(1, cart(key).getInt("item_count"));        // kept now
            HttpResponse<String> answer = post(route, key, batch(null, List.of(
                    sub("POST", CART + "/add-item", add("12", "2"), null))));
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 207, answer.body());
            assertEquals(3, cart(key).getInt("item_count"), "R-BATCH-KEPT: " + route + " drops the kept answer");
        }
    }

    @Test
    void requireAllValidateRunsNothingWhenOneRequestIsInvalid() {
        String key = "wp-validate-" + run;
        List<JsonObject> requests = List.of(
                sub("POST", CART + "/add-item?cart_key=" + key, add("10", "1"), null),
                sub("POST", CART + "/add-item?cart_key=" + key, Json.createObjectBuilder().add("id", "10")
                        .add("quantity", 2), null),
                sub("POST", CART + "/add-item?cart_key=" + key, Json.createObjectBuilder().add("quantity", "1"), null),
                sub("POST", "/cocart/v2/cart/no-such-route?cart_key=" + key, null, null),
                sub("POST", "/cocart/v2/logout", null, null));

        HttpResponse<String> strict = post(WP_BATCH, null, batch("require-all-validate", requests));

        assertEquals(207, strict.statusCode(), strict.body());
        JsonObject answer = Http.object(strict);
        assertEquals("validation", answer.getString("failed"));
        JsonArray responses = answer.getJsonArray("responses");
        assertEquals(JsonValue.NULL, responses.get(0), "a valid request has no answer: nothing ran");
        assertError(responses.getJsonObject(1), 400, "rest_invalid_param");
        assertEquals("quantity is not of type string.", responses.getJsonObject(1).getJsonObject("body")
                .getJsonObject("data").getJsonObject("params").getString("quantity"));
        assertError(responses.getJsonObject(2), 400, "rest_missing_callback_param");
        assertError(responses.getJsonObject(3), 404, "rest_no_route");
        assertError(responses.getJsonObject(4), 400, "rest_batch_not_allowed");
        assertTrue(cart(key).getJsonArray("items").isEmpty(), "R-BATCH-VALIDATE: nothing applied");

        HttpResponse<String> normal = post(WP_BATCH, null, batch(null, requests));
        assertEquals(207, normal.statusCode());
        assertFalse(Http.object(normal).containsKey("failed"));
        assertEquals(200, Http.object(normal).getJsonArray("responses").getJsonObject(0).getInt("status"));
        assertEquals(1, cart(key).getInt("item_count"), "without require-all-validate the valid ones run");
    }

    @Test
    void moreThanTwentyFiveRequestsAreRefusedOnBothRoutes() {
        String key = "batch-26-" + run;
        List<JsonObject> requests = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            requests.add(sub("POST", CART + "/add-item?cart_key=" + key, add("12", "1"), null));
        }
        for (String route : List.of(WP_BATCH, COCART_BATCH + "?cart_key=" + key)) {
            HttpResponse<String> refused = post(route, null, batch(null, requests));
            assertEquals(400, refused.statusCode(),
                    refused.body().substring(0, Math.min(300, refused.body().length())));
            JsonObject error = Http.object(refused);
            assertEquals("rest_invalid_param", error.getString("code"));
            assertEquals("requests must contain at most 25 items.",
                    error.getJsonObject("data").getJsonObject("params").getString("requests"));
        }
        assertTrue(cart(key).getJsonArray("items").isEmpty(), "nothing of a refused batch runs");
        assertEquals(207, post(WP_BATCH, null, batch(null, requests.subList(0, 25))).statusCode());
        assertEquals(25, cart(key).getInt("item_count"));
    }

    @Test
    void malformedBatchesGetWordPressesErrors() {
        HttpResponse<String> get = post(WP_BATCH, null, batch(null, List.of(sub("GET", CART, null, null))));
        assertEquals(400, get.statusCode());
        assertEquals("requests[0][method] is not one of POST, PUT, PATCH, and DELETE.", Http.object(get)
                .getJsonObject("data").getJsonObject("params").getString("requests"), "GET is not batchable");
        HttpResponse<String> json = post(WP_BATCH, null, "{\"requests\": [");
        assertEquals(400, json.statusCode());
        assertEquals("rest_invalid_json", Http.object(json).getString("code"));
        HttpResponse<String> missing = post(COCART_BATCH, null, "{}");
        assertEquals(400, missing.statusCode());
        assertEquals("rest_missing_callback_param", Http.object(missing).getString("code"));
        HttpResponse<String> login = post(COCART_BATCH, null, batch(null, List.of(
                sub("POST", CART + "/add-item", add("10", "1"), null), sub("POST", "/cocart/v2/login", null, null))));
        assertEquals(400, login.statusCode());
        assertEquals("rest_batch_not_allowed", Http.object(login).getString("code"));
        assertEquals(1, Http.object(login).getJsonObject("data").getInt("failed_request"));
        HttpResponse<String> other = post(COCART_BATCH + "?cart_key=one-" + run, null, batch(null, List.of(
                sub("POST", CART + "/add-item?cart_key=other-" + run, add("10", "1"), null))));
        assertEquals(400, other.statusCode());
        assertEquals("rest_invalid_param", Http.object(other).getString("code"), "one cart per CoCart batch");
    }

    @Test
    void aLoggedInCustomersCoCartBatchWorksOnTheirCart() {
        String customer2 = AuthContract.basic("customer2:customerpass");
        HttpResponse<String> answer = post(COCART_BATCH, customer2, batch(null, List.of(
                sub("POST", CART + "/clear", null, null), sub("POST", CART + "/add-item", add("12", "3"), null))));

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("4", Http.object(answer).getString("cart_key"), "customer2's cart is keyed by their id");
        assertEquals(3, Http.object(answer).getInt("item_count"));
        HttpResponse<String> mine = new Http(base).send(HttpRequest.newBuilder(new Http(base)
                .at("wp-json/cocart/v2/cart")).header("Authorization", customer2).GET());
        assertEquals(3, Http.object(mine).getInt("item_count"));
    }

    /**
     * 25 writes: three adds, a grouped add, a variation, calculate, an update, a removal and its restore, a second
     * restore (refused by WordPress's batch as its own error; in CoCart's batch replaced by a calculate), the
     * update-cart callback, 13 adds of the album and a last add of the cap. Afterwards: tee 4, album 2 + 13 = 15,
     * cap 1 + 1 = 2, the hoodie variation 1.
     */
    private List<JsonObject> mixedWrites() {
        List<JsonObject> requests = new ArrayList<>();
        requests.add(sub("POST", CART + "/add-item", add("10", "1"), null));                          // 0
        requests.add(sub("POST", CART + "/add-item", add("12", "2"), null));                          // 1
        requests.add(sub("POST", CART + "/add-items", Json.createObjectBuilder().add("id", "19")
                .add("quantity", Json.createObjectBuilder().add("10", "1").add("11", "1")), null));   // 2
        requests.add(sub("POST", CART + "/add-item", add("15", "1"), null));                          // 3
        requests.add(sub("POST", CART + "/calculate", null, null));                                   // 4
        requests.add(sub("POST", CART + "/item/" + TEE, Json.createObjectBuilder().add("quantity", "3"), null));
        requests.add(sub("DELETE", CART + "/item/" + ALBUM, null, null));                             // 6
        requests.add(sub("PUT", CART + "/item/" + ALBUM, null, null));                                // 7
        requests.add(sub("PATCH", CART + "/item/" + ALBUM, null, null));                              // 8 refused
        requests.add(sub("POST", CART + "/update", Json.createObjectBuilder().add("namespace", "update-cart")
                .add("quantity", Json.createObjectBuilder().add(TEE, "4")), null));                   // 9
        for (int i = 10; i < 23; i++) {
            requests.add(sub("POST", CART + "/add-item", add("12", "1"), null));                      // 10-22
        }
        requests.add(sub("POST", CART + "/calculate", null, null));                                   // 23
        requests.add(sub("POST", CART + "/add-item", add("11", "1"), null));                          // 24
        return requests;
    }

    private List<JsonObject> mixedWritesButEight() {
        List<JsonObject> requests = mixedWrites();
        requests.set(8, sub("POST", CART + "/calculate", null, null));
        return requests;
    }

    private static void assertMixedResult(JsonObject cart, String key) {
        assertEquals(key, cart.getString("cart_key"));
        List<String> lines = new ArrayList<>();
        for (JsonObject item : cart.getJsonArray("items").getValuesAs(JsonObject.class)) {
            lines.add(item.getInt("id") + "x" + item.getJsonObject("quantity").getInt("value"));
        }
        assertEquals(List.of("10x4", "12x15", "11x2", "15x1"), lines, "R-BATCH: every write applied in order");
        assertEquals(22, cart.getInt("item_count"));
        // 4 x 20.00 + 15 x 25.00 + 2 x 15.00 + 40.00
        assertEquals("52500", cart.getJsonObject("totals").getString("total"), "totals of the final cart");
    }

    private static void assertError(JsonObject response, int status, String code) {
        assertEquals(status, response.getInt("status"), response.toString());
        assertEquals(code, response.getJsonObject("body").getString("code"));
        assertNotNull(response.getJsonObject("headers"));
    }

    private void keep(String key) {
        assertEquals(200, new Http(base).get(new Http(base).at("wp-json/cocart/v2/cart?cart_key=" + key))
                .statusCode());
    }

    private JsonObject cart(String key) {
        HttpResponse<String> answer = new Http(base).get(new Http(base).at("wp-json/cocart/v2/cart?cart_key=" + key));
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject cart = Http.object(answer);
        return Json.createObjectBuilder(cart).remove("notices").build();
    }

    private HttpResponse<String> post(String route, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(new Http(base).at(route))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body));
        if (authorization != null && authorization.startsWith("Basic ")) {
            request.header("Authorization", authorization);
        } else if (authorization != null) {
            request.header("Cart-Key", authorization);
        }
        return new Http(base).send(request);
    }

    static String batch(String validation, List<JsonObject> requests) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        requests.forEach(list::add);
        JsonObjectBuilder batch = Json.createObjectBuilder();
        if (validation != null) {
            batch.add("validation", validation);
        }
        return batch.add("requests", list).build().toString();
    }

    static JsonObject sub(String method, String path, JsonObjectBuilder body, JsonObjectBuilder headers) {
        JsonObjectBuilder sub = Json.createObjectBuilder().add("method", method).add("path", path);
        if (body != null) {
            sub.add("body", body);
        }
        if (headers != null) {
            sub.add("headers", headers);
        }
        return sub.build();
    }

    static JsonObjectBuilder add(String id, String quantity) {
        return Json.createObjectBuilder().add("id", id).add("quantity", quantity);
    }

    static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
