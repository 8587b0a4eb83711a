package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a hostile or merely unusual client sends (issue 15): everyday flows that once answered 409 for ever,
 * numbers that burned the CPU, client mistakes that answered 500 or the container's HTML. Each answer is the right
 * status in the CoCart envelope, and nothing already stored changes. Demo catalog: 10 T-shirt (stock 50),
 * 12 album (stock not managed).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class HardeningContract {

    static final String ALBUM = "c20ad4d76fe97759aa27a0c99bff6710";      // md5("12")
    static final String TEE = "d3d9446802a44259755d38e6d163e820";        // md5("10")
    static final String PRODUCTS = "wp-json/cocart/v2/products";

    @ArquillianResource
    URL base;

    CartJourney cart() {
        return new CartJourney(new Http(base));
    }

    Http http() {
        return new Http(base);
    }

    @Test
    void aRemovedProductIsAddedAgainAsAFreshLineAtTheEnd() {
        CartJourney cart = cart();
        String key = cart.newCartWith("12", "1");
        assertEquals(200, cart.post("/add-item", key, CartJourney.addBody("10", "1")).statusCode());
        assertEquals(200, cart.send("DELETE", "/item/" + ALBUM, key).statusCode());

        HttpResponse<String> again = cart.post("/add-item", key, CartJourney.addBody("12", "3"));

        assertEquals(200, again.statusCode(), "WooCommerce adds it as a fresh line: " + again.body());
        JsonObject shown = Http.object(cart.get("", key));
        assertEquals(List.of(TEE, ALBUM), itemKeys(shown), "the album comes back at the end");
        assertEquals(3, shown.getJsonArray("items").getJsonObject(1).getJsonObject("quantity").getInt("value"),
                "with the quantity just added, not the removed one's");
        assertEquals("[]", shown.get("removed_items").toString(), "and is no longer in removed_items");
        HttpResponse<String> restore = cart.send("PUT", "/item/" + ALBUM, key);
        assertEquals("cocart_item_restored_to_cart", Http.object(restore).getString("code"), restore.body());
    }

    @Test
    void aCartClearedAndFilledAgainInOneBatchKeepsItsLines() {
        CartJourney cart = cart();
        String key = cart.newCartWith("12", "2");
        String batch = Json.createObjectBuilder().add("requests", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("method", "POST").add("path", "/cocart/v2/cart/clear"))
                .add(Json.createObjectBuilder().add("method", "POST").add("path", "/cocart/v2/cart/add-item")
                        .add("body", Json.createObjectBuilder().add("id", "12").add("quantity", "5"))))
                .build().toString();

        HttpResponse<String> answer = http().send("POST", http().at("wp-json/cocart/batch?cart_key=" + key),
                "application/json", batch);

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject shown = Http.object(cart.get("", key));
        assertEquals(List.of(ALBUM), itemKeys(shown));
        assertEquals(5, shown.getJsonArray("items").getJsonObject(0).getJsonObject("quantity").getInt("value"));
    }

    @Test
    void numbersThatWouldBurnTheCpuAreJudgedOnTheirTextAndAnsweredAtOnce() {
        Http http = http();
        CartJourney cart = cart();
        String key = cart.newCartWith("12", "1");
        String before = cart.get("", key).body();

        HttpResponse<String> tinyMax = timed(() -> http.get(http.at(PRODUCTS + "?max_price=1e-9999999")));
        HttpResponse<String> hugeMin = timed(() -> http.get(http.at(PRODUCTS + "?min_price=1e9999999")));
        HttpResponse<String> tinyQuantity = timed(() -> cart.post("/add-item", key, CartJourney.addBody("12",
                "1e-9999999")));
        HttpResponse<String> hugeQuantity = timed(() -> cart.post("/add-item", key, CartJourney.addBody("12",
                "1e9999999")));
        HttpResponse<String> longQuantity = timed(() -> cart.post("/add-item", key, CartJourney.addBody("12",
                "9".repeat(1000))));
        HttpResponse<String> hugeRating = timed(() -> http.send("POST", http.at(PRODUCTS + "/reviews"),
                "application/json", "{\"product_id\":\"1e9999999\",\"review\":\"x\",\"reviewer\":\"x\","
                        + "\"reviewer_email\":\"x@example.com\"}"));

        assertEquals(200, tinyMax.statusCode(), "a price too small to tell from 0 is 0: " + tinyMax.body());
        assertEnvelope(hugeMin, 400, "rest_invalid_param");
        assertEnvelope(tinyQuantity, 405, "cocart_quantity_invalid_amount");
        assertEquals("Quantity must be a minimum of 1.", Http.object(tinyQuantity).getString("message"));
        assertEnvelope(hugeQuantity, 405, "cocart_quantity_invalid_amount");
        assertEnvelope(longQuantity, 405, "cocart_quantity_invalid_amount");
        assertEnvelope(hugeRating, 400, "rest_invalid_param");
        assertEquals(before, cart.get("", key).body(), "nothing refused changed the cart");
    }

    @Test
    void aLineNeverGrowsBeyondWhatItsColumnHolds() {
        CartJourney cart = cart();
        String key = cart.newCartWith("12", "9999999999");
        String before = cart.get("", key).body();

        HttpResponse<String> oneMore = cart.post("/add-item", key, CartJourney.addBody("12", "1"));
        HttpResponse<String> update = cart.post("/update", key, "{\"namespace\":\"update-cart\",\"quantity\":{\""
                + ALBUM + "\":\"" + "9".repeat(30) + "\"}}");
        HttpResponse<String> item = cart.post("/item/" + ALBUM, key, "{\"quantity\":\"99999999999\"}");

        assertEnvelope(oneMore, 405, "cocart_quantity_invalid_amount");
        assertEquals(200, update.statusCode(), "update-cart turns a refused quantity into an error notice, as "
                + "WooCommerce does: " + update.body());
        assertTrue(Http.object(update).getJsonObject("notices").getJsonArray("error").getString(0)
                .contains("9999999999 or lower"), update.body());
        assertEnvelope(item, 405, "cocart_quantity_invalid_amount");
        assertEquals(before, cart.get("", key).body());
    }

    @Test
    void malformedBodiesAreTheRight400AndChangeNothing() {
        Http http = http();
        CartJourney cart = cart();
        String key = cart.newCartWith("12", "1");
        String before = cart.get("", key).body();
        String add = "wp-json/cocart/v2/cart/add-item?cart_key=" + key;

        assertEnvelope(http.send("POST", http.at(add), "application/json",
                "{\"id\":\"12\",\"x\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}"), 400, "rest_invalid_json");
        assertEnvelope(http.send("POST", http.at(add), "application/json",
                "{\"id\":\"12\",\"quantity\":" + "9".repeat(5000) + "}"), 400, "rest_invalid_json");
        assertEnvelope(http.send("POST", http.at(add), "application/json",
                "{\"id\":\"12\",\"quantity\":" + "9".repeat(1000) + "}"), 400, "rest_invalid_param");
        assertEnvelope(http.send("POST", http.at(add), "application/json",
                "{\"id\":\"12\",\"quantity\":1e-9999999}"), 400, "rest_invalid_param");
        assertEnvelope(http.send("POST", http.at(add), "application/json; charset=foo", "{\"id\":\"12\"}"), 400,
                "cocart_invalid_header");
        assertEnvelope(http.send("POST", http.at(add), "application/json",
                "{\"id\":\"12\",\"item_data\":{\"note\":\"" + "a".repeat(20_000) + "\"}}"), 400,
                "rest_invalid_param");
        assertEnvelope(http.send("POST", http.at(add), "application/json", "{\"id\":\"12\"} trailing"), 400,
                "rest_invalid_json");
        assertEnvelope(http.send("POST", http.at(add), "application/json", "{\"id\":\"12\"}{\"id\":\"10\"}"), 400,
                "rest_invalid_json");
        assertEquals(before, cart.get("", key).body(), "nothing refused changed the cart");
    }

    @Test
    void unreadableConditionsAre400OnEveryRoute() {
        Http http = http();
        String key = cart().newCartWith("12", "1");
        for (String[] header : new String[][] {{"If-Match", ",,,,"}, {"If-None-Match", "W/"}, {"If-Match", "\"open"}}) {
            for (String route : List.of("wp-json/cocart/v2/cart?cart_key=" + key, PRODUCTS + "/12",
                    "wp-json/cocart/v2/store")) {
                assertEnvelope(http.send(HttpRequest.newBuilder(http.at(route)).header(header[0], header[1]).GET()),
                        400, "cocart_invalid_header");
            }
            assertEnvelope(http.send(HttpRequest.newBuilder(http.at("wp-json/cocart/v2/cart/add-item?cart_key=" + key))
                    .header("Content-Type", "application/json").header(header[0], header[1])
                    .POST(BodyPublishers.ofString(CartJourney.addBody("12", "1")))), 400, "cocart_invalid_header");
        }
        assertEquals(1, Http.object(cart().get("", key)).getJsonArray("items").getJsonObject(0)
                .getJsonObject("quantity").getInt("value"));
    }

    @Test
    void answersTheContainerOnceWroteItselfAreJsonToo() {
        Http http = http();
        CartJourney cart = cart();
        String key = cart.newCartWith("12", "1");

        HttpResponse<String> deleteWithBody = http.send(HttpRequest.newBuilder(
                cart.cart("/item/" + ALBUM, key)).header("Content-Type", "application/json")
                .method("DELETE", BodyPublishers.ofString("{\"return_cart\":true}")));
        HttpResponse<String> twoTypes = http.send(HttpRequest.newBuilder(cart.cart("/add-item", key))
                .header("Content-Type", "application/json").header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString(CartJourney.addBody("10", "1"))));
        HttpResponse<String> propfind = http.send(HttpRequest.newBuilder(cart.cart("", key))
                .method("PROPFIND", BodyPublishers.noBody()));
        HttpResponse<String> ifMatchOnProduct = http.send(HttpRequest.newBuilder(http.at(PRODUCTS + "/12"))
                .header("If-Match", "\"not-its-tag\"").GET());
        HttpResponse<String> bigHeaders = http.send(HttpRequest.newBuilder(cart.cart("", key))
                .header("X-Padding", "a".repeat(20_000)).GET());
        HttpResponse<String> longUrl = http.get(http.at(PRODUCTS + "?search=" + "a".repeat(10_000)));
        HttpResponse<String> options = http.send(HttpRequest.newBuilder(cart.cart("", null))
                .method("OPTIONS", BodyPublishers.noBody()));

        assertEquals(200, deleteWithBody.statusCode(), "a DELETE with a body works: " + deleteWithBody.body());
        assertEquals("[]", Http.object(deleteWithBody).get("items").toString(), "return_cart was read");
        assertEnvelope(twoTypes, 400, "cocart_invalid_header");
        assertEnvelope(propfind, 404, "rest_no_route");
        assertEquals(200, ifMatchOnProduct.statusCode(), "If-Match is not evaluated on reads, as CoCart: "
                + ifMatchOnProduct.body());
        assertEnvelope(bigHeaders, 431, "cocart_headers_too_large");
        assertEnvelope(longUrl, 414, "cocart_uri_too_long");
        assertTrue(options.statusCode() < 400, options.statusCode() + " " + options.body());
        assertTrue(options.body().isEmpty() || options.body().startsWith("{") || options.body().startsWith("["),
                "no WADL document: " + options.body());
        assertEquals(List.of(), itemKeys(Http.object(cart.get("", key))), "the two-type add changed nothing");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        Http http = http();
        String big = "{\"id\":\"12\",\"pad\":\"" + "a".repeat(1_100_000) + "\"}";

        assertEnvelope(http.send("POST", http.at("wp-json/cocart/v2/cart/add-item"), "application/json", big), 413,
                "cocart_request_too_large");
    }

    /** The request, which must answer within a second: no number a client sends may cost more. */
    static HttpResponse<String> timed(Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, "answered in " + millis + " ms: " + response.body());
        return response;
    }

    static List<String> itemKeys(JsonObject cart) {
        return cart.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("item_key"))
                .toList();
    }

    static void assertEnvelope(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON, not the container's page: " + response.headers().map());
        JsonObject error = Http.object(response);
        assertEquals(code, error.getString("code"), response.body());
        assertEquals(status, error.getJsonObject("data").getInt("status"));
    }
}
