package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Conditional and idempotent cart writes against the running server (issue 6 parts 3 and 4;
 * docs/conditional-writes.md): the strong {@code ETag} of {@code GET /cart} and of every write, {@code If-None-Match}
 * answering 304, {@code If-Match} answering 412 {@code cocart_cart_modified} with the cart as it is, and
 * {@code Idempotency-Key} applying a write once however often and however concurrently it is sent. Uses the demo
 * store's 12 Vinyl Album (no managed stock) in carts of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ConditionalContract {

    static final String ALBUM = "12";

    @ArquillianResource
    URL base;

    @Test
    void anAddItemRetriedInParallelWithOneKeyIsAppliedOnceAndAllAnswersAreTheSame() throws Exception {
        String cart = journey().newCartWith(ALBUM, "1");
        String key = UUID.randomUUID().toString();
        List<HttpResponse<String>> answers = Parallel.run(10,
                i -> send(write("POST", "/add-item", cart, addOne()).header("Idempotency-Key", key)));

        HttpResponse<String> first = answers.get(0);
        for (HttpResponse<String> answer : answers) {
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(first.body(), answer.body(), "every answer is the one answer");
            assertEquals(first.headers().firstValue("ETag"), answer.headers().firstValue("ETag"));
        }
        assertEquals(9, answers.stream().filter(a -> a.headers().firstValue("Idempotent-Replayed").isPresent())
                .count(), "one applied, nine replayed");
        assertEquals(2, quantity(Http.object(journey().get("", cart))), "1 + one add, not 1 + 10");
    }

    @Test
    void aFirstWriteWithoutACartKeyRetriedInParallelStartsOneCart() throws Exception {
        String key = UUID.randomUUID().toString();
        List<HttpResponse<String>> answers = Parallel.run(8,
                i -> send(write("POST", "/add-item", null, addOne()).header("Idempotency-Key", key)));

        List<String> carts = answers.stream().map(a -> {
            assertEquals(200, a.statusCode(), a.body());
            return Http.object(a).getString("cart_key");
        }).distinct().toList();
        assertEquals(1, carts.size(), "one cart for all retries: " + carts);
        assertEquals(1, quantity(Http.object(journey().get("", carts.get(0)))));
        assertEquals(carts.get(0), answers.get(3).headers().firstValue("CoCart-API-Cart-Key").orElse(null));
    }

    @Test
    void aRetryGetsTheKeptAnswerAndTheKeyWithAnotherBodyIsRefused() {
        String cart = journey().newCartWith(ALBUM, "1");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = send(write("POST", "/add-item", cart, addOne()).header("Idempotency-Key", key));
        HttpResponse<String> retry = send(write("POST", "/add-item", cart, addOne()).header("Idempotency-Key", key));
        HttpResponse<String> other = send(write("POST", "/add-item", cart, CartJourney.addBody(ALBUM, "2"))
                .header("Idempotency-Key", key));
        HttpResponse<String> elsewhere = send(write("POST", "/item/x" + "0".repeat(31), cart,
                "{\"quantity\":\"5\"}").header("Idempotency-Key", key));

        assertEquals(200, first.statusCode(), first.body());
        assertFalse(first.headers().firstValue("Idempotent-Replayed").isPresent());
        assertEquals(200, retry.statusCode());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(first.body(), retry.body());
        assertEquals(first.headers().firstValue("ETag"), retry.headers().firstValue("ETag"));
        assertEquals(cart, retry.headers().firstValue("CoCart-API-Cart-Key").orElse(null));
        for (HttpResponse<String> refused : List.of(other, elsewhere)) {
            assertEquals(422, refused.statusCode(), refused.body());
            assertEquals("cocart_idempotency_key_reused", Http.object(refused).getString("code"));
            assertEquals(422, Http.object(refused).getJsonObject("data").getInt("status"));
        }
        assertEquals(2, quantity(Http.object(journey().get("", cart))));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndTheCartAsItIs() {
        String cart = journey().newCartWith(ALBUM, "1");
        String read = etag(journey().get("", cart));
        HttpResponse<String> other = journey().post("/add-item", cart, addOne());   // another tab's write
        HttpResponse<String> stale = send(write("POST", "/add-item", cart, addOne()).header("If-Match", read));

        assertEquals(412, stale.statusCode(), stale.body());
        JsonObject error = Http.object(stale);
        assertEquals("cocart_cart_modified", error.getString("code"));
        assertEquals(412, error.getJsonObject("data").getInt("status"));
        assertEquals(2, quantity(error.getJsonObject("data").getJsonObject("cart")), "data.cart is the cart now");
        assertEquals(etag(other), etag(stale), "with the tag to retry with");
        assertEquals(2, quantity(Http.object(journey().get("", cart))), "the refused write changed nothing");
    }

    @Test
    void ofParallelWritesWithTheSameIfMatchExactlyOneIsApplied() throws Exception {
        String cart = journey().newCartWith(ALBUM, "1");
        String read = etag(journey().get("", cart));
        List<HttpResponse<String>> answers = Parallel.run(6,
                i -> send(write("POST", "/add-item", cart, addOne()).header("If-Match", read)));

        assertEquals(List.of(200), answers.stream().map(HttpResponse::statusCode).filter(s -> s != 412).toList(),
                answers.stream().map(a -> a.statusCode() + " " + a.body()).toList().toString());
        assertEquals(2, quantity(Http.object(journey().get("", cart))), "checked under the cart's lock");
    }

    @Test
    void aMatchingIfMatchWritesAndTheWriteTagIsTheTagOfTheNextRead() {
        String cart = journey().newCartWith(ALBUM, "1");
        String read = etag(journey().get("", cart));
        HttpResponse<String> written = send(write("POST", "/add-item", cart, addOne()).header("If-Match", read));
        HttpResponse<String> again = journey().get("", cart);
        HttpResponse<String> any = send(write("POST", "/calculate", cart, "{}").header("If-Match", "*"));
        HttpResponse<String> none = send(write("POST", "/calculate", "cond-none-" + UUID.randomUUID()
                .toString().substring(0, 8), "{}").header("If-Match", "*"));

        assertEquals(200, written.statusCode(), written.body());
        assertEquals(2, quantity(Http.object(written)));
        assertNotEquals(read, etag(written), "a write changes the tag");
        assertEquals(etag(written), etag(again));
        assertEquals(200, any.statusCode(), "* matches a stored cart");
        assertEquals(412, none.statusCode(), "* needs a stored cart: " + none.body());
    }

    @Test
    void ifNoneMatchAnswers304UntilAWriteChangesTheTag() {
        String cart = journey().newCartWith(ALBUM, "1");
        HttpResponse<String> read = journey().get("", cart);
        String tag = etag(read);
        assertTrue(tag.matches("\"[0-9a-f]{32}(\\.[0-9a-z]+)?\""), "a strong tag: " + tag);

        HttpResponse<String> notModified = send(get(cart).header("If-None-Match", tag));
        HttpResponse<String> keptNotModified = send(get(cart).header("If-None-Match", "\"other\", W/" + tag));
        HttpResponse<String> star = send(get(cart).header("If-None-Match", "*"));
        journey().post("/add-item", cart, addOne());
        HttpResponse<String> changed = send(get(cart).header("If-None-Match", tag));

        for (HttpResponse<String> answer : List.of(notModified, keptNotModified, star)) {
            assertEquals(304, answer.statusCode(), answer.body());
            assertEquals("", answer.body());
            assertEquals(tag, etag(answer));
        }
        assertEquals(200, changed.statusCode());
        assertNotEquals(tag, etag(changed));
        assertEquals(2, quantity(Http.object(changed)));
        assertEquals(read.headers().firstValue("CoCart-API-Cart-Key"),
                notModified.headers().firstValue("CoCart-API-Cart-Key"));
    }

    @Test
    void anIdempotentRetryOfAnIfMatchWriteGetsItsAnswerNotA412() {
        String cart = journey().newCartWith(ALBUM, "1");
        String read = etag(journey().get("", cart));
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = send(write("POST", "/add-item", cart, addOne()).header("If-Match", read)
                .header("Idempotency-Key", key));
        HttpResponse<String> retry = send(write("POST", "/add-item", cart, addOne()).header("If-Match", read)
                .header("Idempotency-Key", key));

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(200, retry.statusCode(), retry.body());
        assertEquals(first.body(), retry.body());
        assertEquals(2, quantity(Http.object(journey().get("", cart))));
    }

    @Test
    void aBadIdempotencyKeyIsAnInvalidParameter() {
        HttpResponse<String> bad = send(write("POST", "/add-item", null, addOne())
                .header("Idempotency-Key", "x".repeat(256)));
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("rest_invalid_param", Http.object(bad).getString("code"));
    }

    private static int quantity(JsonObject cart) {
        return cart.getJsonArray("items").getJsonObject(0).getJsonObject("quantity").getInt("value");
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: "
                + response.statusCode() + " " + response.headers().map()));
    }

    private static String addOne() {
        return CartJourney.addBody(ALBUM, "1");
    }

    private HttpRequest.Builder write(String method, String path, String cart, String json) {
        return HttpRequest.newBuilder(journey().cart(path, cart)).header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString(json));
    }

    private HttpRequest.Builder get(String cart) {
        return HttpRequest.newBuilder(journey().cart("", cart)).header("Accept", "application/json").GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return new Http(base).send(request);
    }

    private CartJourney journey() {
        return new CartJourney(new Http(base));
    }

}
