package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import org.headlesscart.it.fixtures.cart.CartProbe;
import org.headlesscart.it.fixtures.cart.TopUpCallback;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What only the WAR bundle lets a test see (statistics are on here): the SQL a cart route costs, that a read never
 * writes or creates a cart, and a custom {@code cart/update} namespace registered by a CDI bean.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CartInternalsOnMicroIT {

    /**
     * Cart row with its lines, and the catalog revision behind the cached product snapshots, for a read that
     * computes the cart; a kept answer costs none (or two primary-key reads once it is a second old).
     */
    static final long GET_CART_BUDGET = 2;
    /** Lock, lines, revision, snapshot reads, the line's insert or update, the cart's update. */
    static final long ADD_ITEM_BUDGET = 8;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle().addClasses(CartProbe.class, TopUpCallback.class);
    }

    @Test
    void aReadOfAnUnknownCartCreatesNothingAndAReadOfACartWritesNothing() {
        CartJourney cart = cart();
        String key = cart.newCartWith("10", "2");
        cart.post("/add-item", key, CartContract.HOODIE_RED_SMALL);
        long before = Long.parseLong(probe("count"));
        long[] reading = cost(() -> {
            cart.get("", key);
            cart.get("/items", key);
            cart.get("/items/count", key);
            return cart.get("", "never-seen-before-key");
        });

        assertEquals(before, Long.parseLong(probe("count")), "no cart for an unknown key");
        assertEquals(0, reading[1], "reads wrote nothing");
    }

    @Test
    void theCartRoutesRunAFewStatementsEach() {
        CartJourney cart = cart();
        String key = cart.newCartWith("10", "2");
        cart.post("/add-item", key, CartContract.HOODIE_RED_SMALL);
        cart.post("/add-item", key, CartJourney.addBody("11", "1"));
        cart.get("", key);   // warm the catalog snapshots, product 12's too: a first read of a product loads it
        cart.newCartWith("12", "1");
        long addExisting = cost(() -> cart.post("/add-item", key, CartJourney.addBody("12", "1")))[0];
        long getCart = cost(() -> cart.get("", key))[0];        // computed: the write dropped the kept answer
        long addNew = cost(() -> cart.post("/add-item", null, CartJourney.addBody("12", "1")))[0];
        long update = cost(() -> cart.post("/item/" + CartContract.TSHIRT, key, "{\"quantity\":\"3\"}"))[0];
        System.out.printf("SQL statements per request: GET /cart (3 lines) %d, add-item existing cart %d, "
                + "add-item new cart %d, update item %d%n", getCart, addExisting, addNew, update);

        assertTrue(getCart <= GET_CART_BUDGET, "GET /cart: " + getCart);
        assertTrue(addExisting <= ADD_ITEM_BUDGET, "add-item, existing cart: " + addExisting);
        assertTrue(addNew <= ADD_ITEM_BUDGET, "add-item, new cart: " + addNew);
        assertTrue(update <= ADD_ITEM_BUDGET, "update item: " + update);
    }

    @Test
    void aRepeatedReadIsAnsweredWithoutTheDatabaseAndAWriteIsSeenAtOnce() {
        CartJourney cart = cart();
        String key = cart.newCartWith("10", "2");
        cart.get("", key);

        AtomicReference<HttpResponse<String>> again = new AtomicReference<>();
        long statements = cost(() -> {
            again.set(cart.get("", key));
            return again.get();
        })[0];
        cart.post("/add-item", key, CartJourney.addBody("10", "1"));
        HttpResponse<String> afterWrite = cart.get("", key);

        assertEquals(0, statements, "answered from the kept answer, checked less than a second ago");
        assertEquals(List.of(2), CartContract.quantities(Http.object(again.get())));
        assertEquals(List.of(3), CartContract.quantities(Http.object(afterWrite)), "the write is seen at once");
    }

    @Test
    void aWriteThroughAnotherInstanceIsSeenOnceTheKeptAnswerIsChecked() throws InterruptedException {
        CartJourney cart = cart();
        String key = cart.newCartWith("10", "2");
        assertEquals(List.of(2), CartContract.quantities(Http.object(cart.get("", key))));

        assertEquals("1", probe("elsewhere?key=" + key + "&quantity=5"));
        Thread.sleep(1_100);                // headlesscart.api.rendered-cart-freshness, PT1S by default

        assertEquals(List.of(5), CartContract.quantities(Http.object(cart.get("", key))));
    }

    @Test
    void aCustomNamespaceRegisteredByACdiBeanChangesTheLockedCart() {
        CartJourney cart = cart();
        String key = cart.newCartWith("10", "1");
        cart.post("/add-item", key, CartJourney.addBody("11", "4"));
        HttpResponse<String> topped = cart.post("/update", key, "{\"namespace\":\"top-up\",\"to\":\"3\"}");
        HttpResponse<String> tooFar = cart.post("/update", key, "{\"namespace\":\"top-up\",\"to\":\"60\"}");

        assertEquals(200, topped.statusCode(), topped.body());
        assertEquals(List.of(3, 4), CartContract.quantities(Http.object(topped)));
        assertEquals("Topped up 1 line(s) to 3.", Http.object(topped).getJsonObject("notices")
                .getJsonArray("info").getString(0));
        JsonObject refused = Http.object(tooFar);
        assertEquals(List.of(3, 4), CartContract.quantities(refused), "no line beyond its product's limits");
        assertEquals(2, refused.getJsonObject("notices").getJsonArray("error").size(), refused.toString());
        assertEquals(List.of(3, 4), CartContract.quantities(Http.object(cart.get("", key))), "stored");
    }

    @Test
    void aReadRenewsTheStoredExpiryOnceItsExpiringTimeHasPassedAndThenNotAgain() throws InterruptedException {
        CartJourney cart = cart();
        String key = cart.newCartWith("10", "1");
        assertEquals("1", post("backdate?key=" + key));
        String backdated = probe("times?key=" + key);

        HttpResponse<String> read = cart.get("", key);
        String renewed = probe("times?key=" + key);
        Thread.sleep(1_100);                                // a renewal now would store other seconds
        assertEquals(200, cart.get("/items", key).statusCode());  // computed, never a kept answer
        long before = Long.parseLong(probe("count"));
        cart.get("", "t_never_stored_here_" + System.nanoTime());

        assertEquals(200, read.statusCode(), read.body());
        assertEquals(read.headers().firstValue("CoCart-API-Cart-Expiring").orElseThrow() + " "
                + read.headers().firstValue("CoCart-API-Cart-Expiration").orElseThrow(), renewed,
                "the stored times are those the headers show (stored before: " + backdated + ")");
        assertEquals(renewed, probe("times?key=" + key), "at most once per expiring window");
        assertEquals(before, Long.parseLong(probe("count")), "a read of an unknown key stores no cart");
    }

    @Test
    void expiredCartsAreDeletedByTheCleanupAndOthersAreKept() {
        CartJourney cart = cart();
        String expired = cart.newCartWith("10", "1");
        String kept = cart.newCartWith("10", "2");
        assertEquals("1", post("expire?key=" + expired));

        assertTrue(Integer.parseInt(post("purge")) >= 1);
        assertEquals(List.of(), CartContract.quantities(Http.object(cart.get("", expired))), "gone with its lines");
        assertEquals(List.of(2), CartContract.quantities(Http.object(cart.get("", kept))));
        assertEquals("0", post("purge"), "nothing left to delete");
    }

    @Test
    void anIdempotencyKeyPastItsLifetimeIsDeletedByTheCleanupAndThenAppliesAgain() {
        CartJourney cart = cart();
        String key = cart.newCartWith("12", "1");
        String idempotencyKey = java.util.UUID.randomUUID().toString();
        java.util.function.Supplier<HttpResponse<String>> add = () -> new Http(base).send(
                java.net.http.HttpRequest.newBuilder(cart.cart("/add-item", key))
                        .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(CartJourney.addBody("12", "1"))));
        HttpResponse<String> first = add.get();
        HttpResponse<String> retry = add.get();
        assertEquals("1", post("expire-idempotency-key?cart=" + key + "&key=" + idempotencyKey));
        assertTrue(Integer.parseInt(post("purge-idempotency-keys")) >= 1);
        HttpResponse<String> afterLifetime = add.get();

        assertEquals(List.of(2), CartContract.quantities(Http.object(first)));
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(200, afterLifetime.statusCode(), afterLifetime.body());
        assertTrue(afterLifetime.headers().firstValue("Idempotent-Replayed").isEmpty(), "applied anew");
        assertEquals(List.of(3), CartContract.quantities(Http.object(cart.get("", key))));
        assertEquals("0", post("purge-idempotency-keys"), "the key applied anew lives on");
    }

    private String post(String what) {
        Http http = new Http(base);
        return http.send("POST", http.at("wp-json/headlesscart-test/cart/" + what), "text/plain", "").body();
    }

    private CartJourney cart() {
        return new CartJourney(new Http(base));
    }

    /** Statements prepared and entity writes made while the requests ran. */
    private long[] cost(Supplier<HttpResponse<String>> requests) {
        String[] before = probe("statistics").split(" ");
        HttpResponse<String> last = requests.get();
        assertTrue(last.statusCode() < 300, last.body());
        String[] after = probe("statistics").split(" ");
        return new long[] {Long.parseLong(after[0]) - Long.parseLong(before[0]),
                Long.parseLong(after[1]) - Long.parseLong(before[1])};
    }

    private String probe(String what) {
        return new Http(base).get(new Http(base).at("wp-json/headlesscart-test/cart/" + what), "text/plain").body();
    }
}
