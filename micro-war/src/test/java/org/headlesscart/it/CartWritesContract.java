package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Concurrent cart writes against the running server (issue 4, STYLE §3.4): parallel requests on one cart never
 * lose a line or a unit, a removed line never comes back, carts never see each other's lines, and a cart never
 * holds more of a managed product than its stock. Runs in the catalog-writes execution, since it creates its own
 * products through the admin API. All requests of a round are released at once by a latch.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class CartWritesContract {

    /** The demo shop manager (DemoAccounts), who may create products through the admin API. */
    static final String STAFF = "manager:managerpass";

    @ArquillianResource
    URL base;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void fiftyParallelAddsOfDifferentProductsToOneNewCartMakeFiftyLines() throws Exception {
        List<Long> products = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            products.add(product("Parallel " + run + " " + i, "4.00", null));
        }
        String key = "cart-fifty-" + run;   // a client's own key: the first writes race to create the cart
        List<HttpResponse<String>> answers = Parallel.run(products.size(),
                i -> journey().post("/add-item", key, CartJourney.addBody(products.get(i).toString(), "1")));

        answers.forEach(a -> assertEquals(200, a.statusCode(), a.body()));
        JsonObject cart = Http.object(journey().get("", key));
        assertEquals(50, cart.getJsonArray("items").size());
        assertEquals(50, cart.getInt("item_count"));
        assertEquals("20000", cart.getJsonObject("totals").getString("subtotal"), "shipping may come on top");
    }

    @Test
    void aHundredParallelAddsOfOneProductAddUpToAHundred() throws Exception {
        long product = product("Hundred " + run, "1.50", 1000);
        String key = journey().newCartWith(Long.toString(product), "1");
        String item = itemKey(key);
        journey().send("DELETE", "/item/" + item, key);
        journey().send("PUT", "/item/" + item, key);   // restored: quantity 1 again
        List<HttpResponse<String>> answers = Parallel.run(99,
                i -> journey().post("/add-item", key, CartJourney.addBody(Long.toString(product), "1")));

        answers.forEach(a -> assertEquals(200, a.statusCode(), a.body()));
        JsonObject line = Http.object(journey().get("", key)).getJsonArray("items").getJsonObject(0);
        assertEquals(100, line.getJsonObject("quantity").getInt("value"));
        assertEquals("15000", line.getJsonObject("totals").getString("subtotal"));
    }

    @Test
    void aRemoveRacingAnUpdateNeverBringsTheLineBack() throws Exception {
        long product = product("Racing " + run, "3.00", null);
        for (int round = 0; round < 15; round++) {
            String key = journey().newCartWith(Long.toString(product), "1");
            String item = itemKey(key);
            List<HttpResponse<String>> answers = Parallel.run(2, i -> i == 0
                    ? journey().send("DELETE", "/item/" + item, key)
                    : journey().post("/item/" + item, key, "{\"quantity\":\"5\"}"));
            JsonObject cart = Http.object(journey().get("", key));

            assertEquals(200, answers.get(0).statusCode(), answers.get(0).body());
            assertTrue(answers.get(1).statusCode() == 200 || answers.get(1).statusCode() == 404,
                    answers.get(1).body());
            assertEquals(0, cart.getJsonArray("items").size(), "round " + round + ": " + cart);
            assertEquals(item, cart.getJsonArray("removed_items").getJsonObject(0).getString("item_key"));
        }
    }

    @Test
    void parallelCartsNeverSeeEachOthersLines() throws Exception {
        long a = product("Mine " + run, "2.00", null);
        long b = product("Yours " + run, "3.00", null);
        String keyA = "cart-a-" + run;
        String keyB = "cart-b-" + run;
        List<HttpResponse<String>> answers = Parallel.run(40, i -> journey().post("/add-item", i % 2 == 0 ? keyA : keyB,
                CartJourney.addBody(Long.toString(i % 2 == 0 ? a : b), "1")));

        answers.forEach(r -> assertEquals(200, r.statusCode(), r.body()));
        assertEquals(Map.of(a, 20), lines(keyA));
        assertEquals(Map.of(b, 20), lines(keyB));
    }

    @Test
    void parallelAddsNeverPutMoreOfAProductInACartThanItsStock() throws Exception {
        long scarce = product("Scarce " + run, "9.00", 5);
        String key = "cart-scarce-" + run;
        List<HttpResponse<String>> answers = Parallel.run(20,
                i -> journey().post("/add-item", key, CartJourney.addBody(Long.toString(scarce), "1")));

        long accepted = answers.stream().filter(r -> r.statusCode() == 200).count();
        assertEquals(5, accepted, answers.stream().map(HttpResponse::body).distinct().toList().toString());
        answers.stream().filter(r -> r.statusCode() != 200).forEach(r -> assertEquals(
                "cocart_not_enough_stock_remaining", Http.object(r).getString("code"), r.body()));
        assertEquals(Map.of(scarce, 5), lines(key));
        assertFalse(answers.stream().anyMatch(r -> r.statusCode() >= 500));
    }

    /**
     * More requests at once than the connection pool could serve with two connections each: reads hand their cart
     * connection back before reading the catalog and writes are admitted a bounded number at a time, so none of
     * them can hold one connection while waiting for a second that every other request holds.
     */
    @Test
    void sixtyFourClientsReadingAndWritingAtOnceAllGetAnswers() throws Exception {
        long product = product("Crowd " + run, "1.00", null);
        String key = journey().newCartWith(Long.toString(product), "1");
        List<List<Integer>> statuses = Parallel.run(64, client -> {
            List<Integer> seen = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                seen.add((client == 0 && i < 16
                        ? journey().post("/add-item", key, CartJourney.addBody(Long.toString(product), "1"))
                        : journey().get("", key)).statusCode());
            }
            return seen;
        });

        assertEquals(List.of(200), statuses.stream().flatMap(List::stream).distinct().toList());
        assertEquals(Map.of(product, 17), lines(key), "1 + 16 adds");
    }

    @Test
    void aProductThatIsTrashedLeavesTheCartWithANoticeAndAReadDoesNotStoreThat() {
        long gone = product("Gone " + run, "5.00", null);
        long stays = product("Stays " + run, "6.00", null);
        String key = journey().newCartWith(Long.toString(gone), "1");
        journey().post("/add-item", key, CartJourney.addBody(Long.toString(stays), "1"));
        HttpResponse<String> trashed = admin("DELETE", "products/" + gone);
        assertEquals(200, trashed.statusCode(), trashed.body());

        JsonObject read = Http.object(journey().get("", key));
        JsonObject again = Http.object(journey().get("", key));
        JsonObject written = Http.object(journey().post("/calculate", key, "{}"));
        JsonObject after = Http.object(journey().get("", key));

        assertEquals(Map.of(stays, 1), linesOf(read));
        assertEquals("[\"An item which is no longer available was removed from your cart.\"]",
                read.getJsonObject("notices").getJsonArray("error").toString());
        assertEquals(read.getJsonObject("notices"), again.getJsonObject("notices"), "the read stored nothing");
        assertEquals(read.getJsonObject("notices"), written.getJsonObject("notices"), "the write drops it");
        assertEquals("[]", after.get("notices").toString(), "and then it is gone for good");
        assertEquals(Map.of(stays, 1), linesOf(after));
    }

    private static Map<Long, Integer> linesOf(JsonObject cart) {
        return cart.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(i -> i.getJsonNumber("id").longValue(),
                        i -> i.getJsonObject("quantity").getInt("value")));
    }

    private Map<Long, Integer> lines(String key) {
        return Http.object(journey().get("", key)).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(i -> i.getJsonNumber("id").longValue(),
                        i -> i.getJsonObject("quantity").getInt("value")));
    }

    private String itemKey(String key) {
        return Http.object(journey().get("", key)).getJsonArray("items").getJsonObject(0).getString("item_key");
    }

    private CartJourney journey() {
        return new CartJourney(new Http(base));
    }


    /** A published simple product made through the admin API; managed stock when {@code stock} is given. */
    private long product(String name, String price, Integer stock) {
        var body = Json.createObjectBuilder().add("name", name).add("regular_price", price);
        if (stock != null) {
            body.add("manage_stock", true).add("stock_quantity", stock);
        }
        HttpResponse<String> created = admin("POST", "products", body.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> admin(String method, String path) {
        return admin(method, path, null);
    }

    private HttpResponse<String> admin(String method, String path, String json) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(STAFF.getBytes(StandardCharsets.UTF_8));
        return new Http(base).send(HttpRequest.newBuilder(new Http(base).at("wp-json/wc/v3/" + path))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json)));
    }
}
