package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro nodes on one database (docs/scaling.md), black-box: requests spread over both see one store.
 * Starts the nodes itself ({@link MicroCluster}), in the failsafe execution {@code cluster} with a database of its
 * own; the node kill runs last. Node logs: target/cluster/node-*.log.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterOnMicroIT {

    static final String CART = "wp-json/cocart/v2/cart";
    static final String CHECKOUT = "wp-json/cocart/v2/checkout";
    static final String ADDRESS = CheckoutContract.ADDRESS;
    /** ClusterLeases' name for HoldRelease's job. */
    static final String HOLD_RELEASE = "order-hold-release";

    /**
     * How soon a price changed through one node shows in a cart read on another (docs/scaling.md): the catalog
     * revision is re-read at most every headlesscart.catalog.revision-freshness (PT1S), a kept cart answer re-checked
     * at most every headlesscart.api.rendered-cart-freshness (PT1S), plus a second for a loaded 2-core machine.
     */
    static final Duration PRICE_BOUND = Duration.ofSeconds(3);

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    static MicroCluster cluster;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void startTwoNodes() throws Exception {
        cluster = MicroCluster.start(2, Path.of(System.getProperty("headlesscart.it.cluster-dir", "target/cluster")));
    }

    @AfterAll
    static void stopNodes() {
        if (cluster != null) {
            cluster.close();
        }
    }

    static Http node(int i) {
        return cluster.node(i).http();
    }

    @Test
    @Order(1)
    void theNodesFormOneDataGridOfTheirOwn() throws Exception {
        for (int i = 0; i < 2; i++) {
            String log = Files.readString(cluster.node(i).log(), StandardCharsets.UTF_8);
            assertTrue(log.contains("DG Size: 2"), "node " + i + " saw the other join its grid");
            assertTrue(log.contains("DG Name: hc-it-"), "the run's own cluster name");
        }
    }

    /**
     * The hold release (every 2 s in this execution) runs on the node holding its lease: one holder, renewed, not
     * passed back and forth while both nodes live. Read in the database, as an operator would.
     */
    @Test
    @Order(1)
    void oneNodeHoldsTheHoldReleaseLeaseAndRenewsIt() throws Exception {
        String holder = awaitLeaseHolder(HOLD_RELEASE, h -> true);
        java.sql.Timestamp expires = leaseExpiry(HOLD_RELEASE);
        Thread.sleep(5000);

        assertEquals(holder, leaseHolder(HOLD_RELEASE).orElse(null), "the same node still holds it");
        assertTrue(leaseExpiry(HOLD_RELEASE).after(expires), "renewed by its runs");
        assertTrue(holder.contains("/" + cluster.node(0).process().pid() + "/")
                || holder.contains("/" + cluster.node(1).process().pid() + "/"), holder);
    }

    /** 1,000 distinct lines (one product, 1,000 item_data values), each add on alternating nodes, all at once. */
    @Test
    @Order(2)
    void aThousandParallelAddItemsOverBothNodesMakeAThousandLines() throws Exception {
        long product = new WcAdmin(cluster.node(0).base()).product("Many lines " + run, "1.00", null);
        String key = newCart(node(0));

        List<HttpResponse<String>> answers = Parallel.run(1000, i -> node(i % 2).send("POST",
                node(i % 2).at(CART + "/add-item?cart_key=" + key), "application/json", addLine(product, i)));

        assertEquals(List.of(), answers.stream().filter(r -> r.statusCode() != 200).map(HttpResponse::body)
                .distinct().limit(3).toList(), "every add answered 200");
        for (int i = 0; i < 2; i++) {
            JsonObject cart = Http.object(node(i).get(node(i).at(CART + "?cart_key=" + key)));
            assertEquals(1000, cart.getJsonArray("items").size(), "node " + i);
        }
    }

    @Test
    @Order(3)
    void aPriceChangedThroughOneNodeShowsInACartReadOnTheOtherWithinTheBound() throws Exception {
        WcAdmin admin = new WcAdmin(cluster.node(0).base());
        long product = admin.product("Repriced " + run, "10.00", null);
        String key = Http.object(node(1).send("POST", node(1).at(CART + "/add-item"), "application/json",
                CartJourney.addBody(Long.toString(product), "1"))).getString("cart_key");
        for (int i = 0; i < 3; i++) {
            assertEquals("1000", price(node(1), key), "the cart on node 1, read again (kept answers)");
        }

        HttpResponse<String> changed = admin.send("PUT", "products/" + product, "{\"regular_price\":\"12.00\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        long changedAt = System.nanoTime();
        String seen = price(node(1), key);
        while (!"1200".equals(seen) && System.nanoTime() - changedAt < PRICE_BOUND.toNanos() * 2) {
            Thread.sleep(50);
            seen = price(node(1), key);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - changedAt);

        assertEquals("1200", seen);
        assertTrue(took.compareTo(PRICE_BOUND) <= 0, "seen on node 1 after " + took.toMillis() + " ms");
    }

    /**
     * A node's kept GET /cart answer is re-checked against the cart's row at most every
     * headlesscart.api.rendered-cart-freshness (PT1S): a write through the other node shows within that, plus a
     * second for a loaded machine (docs/scaling.md says how to route a cart's requests to one node instead).
     */
    @Test
    @Order(4)
    void aCartWrittenThroughOneNodeShowsInAKeptAnswerOnTheOtherWithinTheBound() throws Exception {
        long product = new WcAdmin(cluster.node(0).base()).product("Kept " + run, "5.00", null);
        String key = newCart(node(0));
        assertEquals(200, node(0).send("POST", node(0).at(CART + "/add-item?cart_key=" + key), "application/json",
                addLine(product, 1)).statusCode());
        for (int i = 0; i < 3; i++) {
            assertEquals(1, lines(node(1), key), "node 1 keeps its answer");
        }

        assertEquals(200, node(0).send("POST", node(0).at(CART + "/add-item?cart_key=" + key), "application/json",
                addLine(product, 2)).statusCode());
        long writtenAt = System.nanoTime();
        int seen = lines(node(1), key);
        while (seen != 2 && System.nanoTime() - writtenAt < Duration.ofSeconds(4).toNanos()) {
            Thread.sleep(50);
            seen = lines(node(1), key);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - writtenAt);

        assertEquals(2, seen);
        assertTrue(took.compareTo(Duration.ofSeconds(2)) <= 0, "seen on node 1 after " + took.toMillis() + " ms");
    }

    @Test
    @Order(4)
    void aLoginThrottledOnOneNodeIsThrottledOnTheOther() {
        String address = "198.51.100." + (1 + (int) (Math.random() * 250));
        String guess = "Basic " + Base64.getEncoder().encodeToString(("guess-" + run + ":wrong")
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(node(0), guess, address).statusCode(), "failure " + (i + 1) + " on node 0");
        }

        HttpResponse<String> other = login(node(1), guess, address);

        assertEquals(429, other.statusCode(), other.body());
        assertEquals("cocart_too_many_attempts", Http.object(other).getString("code"));
        assertTrue(other.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    @Order(5)
    void anIdempotencyKeyReplayedOnTheOtherNodeGetsTheSameAnswer() {
        long product = new WcAdmin(cluster.node(0).base()).product("Replayed " + run, "3.00", null);
        String key = newCart(node(0));
        String body = CartJourney.addBody(Long.toString(product), "2");

        HttpResponse<String> first = node(0).send(addWithKey(node(0), key, body));
        HttpResponse<String> replayed = node(1).send(addWithKey(node(1), key, body));

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(first.body(), replayed.body());
        assertEquals("true", replayed.headers().firstValue("Idempotent-Replayed").orElse(""));
        JsonObject cart = Http.object(node(1).get(node(1).at(CART + "?cart_key=" + key)));
        assertEquals(2, cart.getJsonArray("items").getJsonObject(0).getJsonObject("quantity").getInt("value"),
                "added once: " + cart.getJsonArray("items"));
    }

    @Test
    @Order(6)
    void aHundredBuyersOnBothNodesRaceForTenUnitsAndExactlyTenWin() throws Exception {
        WcAdmin admin = new WcAdmin(cluster.node(0).base());
        long product = admin.product("Ten left " + run, "9.00", 10);
        List<String> keys = Parallel.run(100, i -> Http.object(node(i % 2).send("POST",
                node(i % 2).at(CART + "/add-item"), "application/json",
                CartJourney.addBody(Long.toString(product), "1"))).getString("cart_key"));

        List<HttpResponse<String>> answers = Parallel.run(100, i -> node(i % 2).send("POST",
                node(i % 2).at(CHECKOUT + "?cart_key=" + keys.get(i)), "application/json",
                "{\"billing_address\":" + ADDRESS + ",\"shipping_method\":\"flat_rate:1\",\"payment_method\":\"cod\"}"));

        assertEquals(10, answers.stream().filter(r -> r.statusCode() == 200).count(),
                answers.stream().filter(r -> r.statusCode() != 400).map(HttpResponse::body).limit(3).toList().toString());
        assertEquals(90, answers.stream().filter(r -> r.statusCode() == 400).count());
        assertEquals(0, admin.stock(product));
        assertEquals(0, new WcAdmin(cluster.node(1).base()).stock(product), "node 1 reads the same stock");
    }

    /**
     * Both nodes run the webhook relay (every half second in this execution) over the same outbox: every event of
     * changes made through either node reaches the receiver, and none twice (rows claimed with SKIP LOCKED,
     * docs/webhooks.md). The receiver answers slowly so that both relays have claims in flight at once.
     */
    @Test
    @Order(6)
    void twoNodesRelayingNeverDeliverAnEventTwice() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.delayMillis = 40;
            WcAdmin[] admins = {new WcAdmin(cluster.node(0).base()), new WcAdmin(cluster.node(1).base())};
            HttpResponse<String> created = admins[0].send("POST", "webhooks", Json.createObjectBuilder()
                    .add("topic", "product.updated").add("delivery_url", receiver.url("/cluster"))
                    .add("secret", "cluster-" + run).build().toString());
            assertEquals(201, created.statusCode(), created.body());
            long hook = Http.object(created).getJsonNumber("id").longValue();
            long product = admins[1].product("Relayed " + run, "3.00", null);
            int events = 60;
            for (int i = 0; i < events; i++) {
                HttpResponse<String> updated = admins[i % 2].send("PUT", "products/" + product,
                        "{\"name\":\"Relayed " + run + " " + i + "\"}");
                assertEquals(200, updated.statusCode(), updated.body());
            }

            receiver.await(Duration.ofSeconds(90), events + " deliveries",
                    r -> receiver.of("product.updated").size() >= events);
            Thread.sleep(3000);     // a second delivery of any of them would have arrived by now
            List<String> ids = receiver.of("product.updated").stream()
                    .map(r -> r.header("X-WC-Webhook-Delivery-ID")).toList();
            assertEquals(ids.size(), new HashSet<>(ids).size(), "a delivery was sent twice: " + ids);
            assertEquals(events, ids.size(), "every update delivered");
            HttpResponse<String> deleted = admins[0].send("DELETE", "webhooks/" + hook + "?force=true", null);
            assertEquals(200, deleted.statusCode(), deleted.body());
        }
    }

    /**
     * Adds spread over both nodes while node 1 is killed (SIGKILL, mid-load): node 0 goes on answering, and every add
     * that answered 200, on either node, is in the cart. An add node 1 took but never answered may or may not be.
     */
    @Test
    @Order(7)
    void aNodeKilledMidLoadLosesNothingThatAnswered200AndTheOtherKeepsServing() throws Exception {
        long product = new WcAdmin(cluster.node(0).base()).product("Survivor " + run, "2.00", null);
        String key = newCart(node(0));
        Set<Integer> answered = ConcurrentHashMap.newKeySet();
        AtomicInteger done = new AtomicInteger();
        Thread killer = new Thread(() -> {
            try {
                while (done.get() < 100) {
                    Thread.sleep(5);
                }
                cluster.kill(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.start();

        List<Integer> statuses = Parallel.run(400, i -> {
            Optional<Integer> status = tryAdd(cluster.node(i % 2), key, addLine(product, i));
            done.incrementAndGet();
            status.filter(s -> s == 200).ifPresent(s -> answered.add(i));
            return status.orElse(-1);
        });
        killer.join();

        assertTrue(!cluster.node(1).process().isAlive(), "node 1 was killed");
        long failedOnNode0 = java.util.stream.IntStream.range(0, 400).filter(i -> i % 2 == 0)
                .filter(i -> statuses.get(i) != 200).count();
        assertEquals(0, failedOnNode0, "node 0 answered every add: " + statuses);
        long node1Answered = answered.stream().filter(i -> i % 2 == 1).count();
        assertTrue(node1Answered > 0 && node1Answered < 200, "node 1 answered some adds, then none: " + node1Answered);
        JsonObject cart = Http.object(node(0).get(node(0).at(CART + "?cart_key=" + key)));
        Set<Integer> inCart = new HashSet<>();
        for (JsonValue item : cart.getJsonArray("items")) {
            inCart.add(Integer.parseInt(((JsonObject) item).getJsonObject("cart_item_data").getString("line")));
        }
        List<Integer> lost = new ArrayList<>(answered);
        lost.removeAll(inCart);
        assertEquals(List.of(), lost, "answered 200 but missing from the cart");
        assertEquals(200, tryAdd(cluster.node(0), key, addLine(product, 10_000)).orElse(-1), "node 0 still serves");
        String node0 = "/" + cluster.node(0).process().pid() + "/";
        awaitLeaseHolder(HOLD_RELEASE, holder -> holder.contains(node0));    // taken over if node 1 held it
    }

    /** Waits up to 20 s (the lease lasts twice the 2 s interval) for the job's lease to have a matching holder. */
    private static String awaitLeaseHolder(String job, java.util.function.Predicate<String> wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Optional<String> holder = leaseHolder(job);
        while (!(holder.isPresent() && wanted.test(holder.get())) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            holder = leaseHolder(job);
        }
        assertTrue(holder.isPresent() && wanted.test(holder.get()), "lease " + job + " held by " + holder);
        return holder.get();
    }

    private static Optional<String> leaseHolder(String job) throws java.sql.SQLException {
        try (java.sql.Connection db = database();
                java.sql.PreparedStatement read = db.prepareStatement(
                        "SELECT holder FROM cluster_lease WHERE name = ? AND expires_at > CURRENT_TIMESTAMP(3)")) {
            read.setString(1, job);
            try (java.sql.ResultSet row = read.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)).filter(h -> !h.isEmpty()) : Optional.empty();
            }
        }
    }

    private static java.sql.Timestamp leaseExpiry(String job) throws java.sql.SQLException {
        try (java.sql.Connection db = database();
                java.sql.PreparedStatement read = db.prepareStatement(
                        "SELECT expires_at FROM cluster_lease WHERE name = ?")) {
            read.setString(1, job);
            try (java.sql.ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), "no lease row " + job);
                return row.getTimestamp(1);
            }
        }
    }

    /** The execution's database, as the nodes reach it (HEADLESSCART_DB_URL). */
    private static java.sql.Connection database() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(System.getenv("HEADLESSCART_DB_URL"),
                System.getenv("HEADLESSCART_DB_USER"), "");
    }

    private static String addLine(long product, int line) {
        return Json.createObjectBuilder().add("id", Long.toString(product)).add("quantity", "1")
                .add("item_data", Json.createObjectBuilder().add("line", Integer.toString(line)))
                .add("return_item", true).build().toString();
    }

    private static String newCart(Http http) {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(http.at(CART)).POST(BodyPublishers.noBody()));
        assertEquals(200, created.statusCode(), created.body());
        return Http.object(created).getString("cart_key");
    }

    private static String price(Http http, String key) {
        HttpResponse<String> cart = http.get(http.at(CART + "?cart_key=" + key));
        assertEquals(200, cart.statusCode(), cart.body());
        return Http.object(cart).getJsonArray("items").getJsonObject(0).getString("price");
    }

    private static int lines(Http http, String key) {
        HttpResponse<String> cart = http.get(http.at(CART + "?cart_key=" + key));
        assertEquals(200, cart.statusCode(), cart.body());
        return Http.object(cart).getJsonArray("items").size();
    }

    private static HttpResponse<String> login(Http http, String basic, String address) {
        return http.send(HttpRequest.newBuilder(http.at("wp-json/cocart/v2/login")).header("Authorization", basic)
                .header("X-Forwarded-For", address).POST(BodyPublishers.noBody()));
    }

    private static HttpRequest.Builder addWithKey(Http http, String cartKey, String body) {
        return HttpRequest.newBuilder(http.at(CART + "/add-item?cart_key=" + cartKey))
                .header("Content-Type", "application/json").header("Idempotency-Key", "cluster-" + cartKey)
                .POST(BodyPublishers.ofString(body));
    }

    /** The add's status, or empty when the node answered nothing (killed before or during the request). */
    private static Optional<Integer> tryAdd(MicroCluster.Node node, String key, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(node.http().at(CART + "/add-item?cart_key=" + key))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(BodyPublishers.ofString(body)).build();
            return Optional.of(CLIENT.send(request, BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
