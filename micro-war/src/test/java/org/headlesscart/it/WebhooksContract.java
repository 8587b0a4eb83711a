package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks (docs/webhooks.md) against the running server and real receivers the test starts: WooCommerce's headers
 * and signature, the ping, order and product topics, a receiver that is down for a while, disabling after repeated
 * failures, and relay runs at once that never deliver one event twice. The server runs with a short relay interval
 * and backoff (micro-war pom: PT0.5S, PT1S doubling to PT2S). Every test deletes its webhooks, so that later suites'
 * relays find nothing of ours.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class WebhooksContract {

    static final Duration WAIT = Duration.ofSeconds(30);

    @ArquillianResource
    URL base;

    @Test
    void aChangedProductIsDeliveredSignedWithWooCommercesHeaders() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String secret = "secret-" + UUID.randomUUID();
            HttpResponse<String> created = admin().send("POST", "webhooks", Json.createObjectBuilder()
                    .add("name", "Products").add("topic", "product.updated")
                    .add("delivery_url", receiver.url("/hook")).add("secret", secret).build().toString());
            assertEquals(201, created.statusCode(), created.body());
            JsonObject webhook = Http.object(created);
            long id = webhook.getJsonNumber("id").longValue();
            assertEquals(List.of("id", "name", "status", "topic", "resource", "event", "hooks", "delivery_url",
                    "date_created", "date_created_gmt", "date_modified", "date_modified_gmt", "_links"),
                    List.copyOf(webhook.keySet()), "WooCommerce's fields; the secret is never answered");
            assertEquals("active", webhook.getString("status"));
            assertEquals("product", webhook.getString("resource"));
            assertEquals("updated", webhook.getString("event"));
            assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/wc/v3/webhooks/" + id));
            receiver.await(WAIT, "the ping", r -> r.stream().anyMatch(x -> ("webhook_id=" + id).equals(x.body())));

            long product = admin().product("Hooked " + UUID.randomUUID(), "5.00", null);
            HttpResponse<String> renamed = admin().send("PUT", "products/" + product, "{\"name\":\"Renamed hook\"}");
            assertEquals(200, renamed.statusCode(), renamed.body());
            receiver.await(WAIT, "product.updated", r -> !receiver.of("product.updated").isEmpty());

            WebhookReceiver.Received delivery = receiver.of("product.updated").get(0);
            assertEquals(1, receiver.of("product.updated").size(), "the create is not a subscribed topic");
            assertEquals(sign(delivery.body(), secret), delivery.header("X-WC-Webhook-Signature"));
            assertEquals("product", delivery.header("X-WC-Webhook-Resource"));
            assertEquals("updated", delivery.header("X-WC-Webhook-Event"));
            assertEquals(String.valueOf(id), delivery.header("X-WC-Webhook-ID"));
            assertNotNull(delivery.header("X-WC-Webhook-Source"));
            assertTrue(delivery.header("X-WC-Webhook-Source").endsWith("/"));
            assertTrue(delivery.header("Content-Type").startsWith("application/json"));
            JsonObject payload = Http.parse(delivery.body()).asJsonObject();
            assertEquals(product, payload.getJsonNumber("id").longValue());
            assertEquals("Renamed hook", payload.getString("name"), "the wc/v3 product as GET answers it");

            String deliveryId = delivery.header("X-WC-Webhook-Delivery-ID");
            HttpResponse<String> log = admin().send("GET", "webhooks/" + id + "/deliveries", null);
            assertEquals(200, log.statusCode(), log.body());
            JsonObject logged = Http.parse(log.body()).asJsonArray().stream().map(v -> v.asJsonObject())
                    .filter(d -> String.valueOf(d.getJsonNumber("id").longValue()).equals(deliveryId))
                    .findFirst().orElseThrow();
            assertEquals("delivered", logged.getString("status"));
            assertEquals("200", logged.getString("response_code"));
            assertEquals("product.updated", logged.getJsonObject("request_headers").getString("X-WC-Webhook-Topic"));
            HttpResponse<String> one = admin().send("GET", "webhooks/" + id + "/deliveries/" + deliveryId, null);
            assertEquals(200, one.statusCode(), one.body());

            assertEquals(501, admin().send("DELETE", "webhooks/" + id, null).statusCode(), "no trash");
            delete(id);
            HttpResponse<String> gone = admin().send("GET", "webhooks/" + id, null);
            assertEquals(404, gone.statusCode());
            assertEquals("woocommerce_rest_shop_webhook_invalid_id", Http.object(gone).getString("code"));
        }
    }

    @Test
    void ordersCreatedAndUpdatedAreDeliveredAsTheOrdersApiAnswersThem() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            long createdHook = webhook("order.created", receiver.url("/orders"), "s1");
            long updatedHook = webhook("order.updated", receiver.url("/orders"), "s2");
            long product = admin().product("Order hook " + UUID.randomUUID(), "7.00", null);
            HttpResponse<String> order = admin().send("POST", "orders", "{\"line_items\":[{\"product_id\":" + product
                    + ",\"quantity\":2}],\"billing\":{\"email\":\"hook@example.com\"}}");
            assertEquals(201, order.statusCode(), order.body());
            long orderId = Http.object(order).getJsonNumber("id").longValue();
            HttpResponse<String> held = admin().send("PUT", "orders/" + orderId, "{\"status\":\"on-hold\"}");
            assertEquals(200, held.statusCode(), held.body());

            receiver.await(WAIT, "order.created and order.updated",
                    r -> !receiver.of("order.created").isEmpty() && !receiver.of("order.updated").isEmpty());
            assertEquals(1, receiver.of("order.created").size(), "the creation's own status move is part of it");
            JsonObject placed = Http.parse(receiver.of("order.created").get(0).body()).asJsonObject();
            assertEquals(orderId, placed.getJsonNumber("id").longValue());
            assertEquals(String.valueOf(createdHook), receiver.of("order.created").get(0).header("X-WC-Webhook-ID"));
            JsonObject changed = Http.parse(receiver.of("order.updated").get(0).body()).asJsonObject();
            assertEquals("on-hold", changed.getString("status"));
            assertEquals(sign(receiver.of("order.updated").get(0).body(), "s2"),
                    receiver.of("order.updated").get(0).header("X-WC-Webhook-Signature"));
            delete(createdHook);
            delete(updatedHook);
        }
    }

    @Test
    void aReceiverDownForAWhileGetsEveryEventExactlyOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            long hook = webhook("product.updated", receiver.url("/down"), "s3");
            receiver.await(WAIT, "the ping", r -> !r.isEmpty());
            long product = admin().product("Down hook " + UUID.randomUUID(), "5.00", null);
            receiver.stop();
            for (int i = 0; i < 5; i++) {
                assertEquals(200, admin().send("PUT", "products/" + product, "{\"name\":\"Down " + i + "\"}")
                        .statusCode());
            }
            Thread.sleep(4000);     // a few failed attempts with backoff
            HttpResponse<String> log = admin().send("GET", "webhooks/" + hook + "/deliveries", null);
            JsonArray pending = Http.parse(log.body()).asJsonArray();
            assertTrue(pending.stream().map(v -> v.asJsonObject())
                    .anyMatch(d -> d.getString("status").equals("pending") && d.getInt("attempts") > 0),
                    "attempts failed while the receiver was down: " + log.body());
            assertEquals("active", Http.object(admin().send("GET", "webhooks/" + hook, null)).getString("status"));

            receiver.start();
            receiver.await(WAIT, "5 deliveries", r -> receiver.of("product.updated").size() >= 5);
            Thread.sleep(2500);     // any duplicate would come now
            List<String> ids = receiver.of("product.updated").stream()
                    .map(r -> r.header("X-WC-Webhook-Delivery-ID")).toList();
            assertEquals(5, ids.size(), "every event once: " + ids);
            assertEquals(5, new HashSet<>(ids).size());
            delete(hook);
        }
    }

    @Test
    void aWebhookFailingMoreThanFiveTimesInARowIsDisabledAndCanBeActivatedAgain() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.status.set(500);
            long hook = webhook("product.updated", receiver.url("/failing"), "s4");
            long product = admin().product("Failing hook " + UUID.randomUUID(), "5.00", null);
            assertEquals(200, admin().send("PUT", "products/" + product, "{\"name\":\"Failing\"}").statusCode());
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            String status = "active";
            while (!status.equals("disabled") && System.nanoTime() < end) {
                status = Http.object(admin().send("GET", "webhooks/" + hook, null)).getString("status");
                sleep(250);
            }
            assertEquals("disabled", status);
            // WooCommerce's rule: failures 1 to 6 are counted, the 7th disables.
            assertEquals(7, receiver.of("product.updated").size());
            sleep(2500);
            assertEquals(7, receiver.of("product.updated").size(), "a disabled webhook delivers nothing");

            receiver.status.set(200);
            assertEquals(200, admin().send("PUT", "webhooks/" + hook, "{\"status\":\"active\"}").statusCode());
            receiver.await(WAIT, "the pending delivery", r -> receiver.of("product.updated").size() == 8);
            delete(hook);
        }
    }

    @Test
    void relayRunsAtOnceNeverDeliverAnEventTwice() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.delayMillis = 60;
            long hook = webhook("product.updated", receiver.url("/race"), "s5");
            long product = admin().product("Race hook " + UUID.randomUUID(), "5.00", null);
            int events = 40;
            for (int i = 0; i < events; i++) {
                assertEquals(200, admin().send("PUT", "products/" + product, "{\"name\":\"Race " + i + "\"}")
                        .statusCode());
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                runs.add(pool.submit(() -> {
                    HttpResponse<String> run = relay();
                    assertEquals(200, run.statusCode(), run.body());
                    return Http.object(run).getInt("attempted");
                }));
            }
            int attempted = 0;
            for (Future<Integer> run : runs) {
                attempted += run.get();
            }
            pool.shutdown();
            receiver.await(WAIT, events + " deliveries", r -> receiver.of("product.updated").size() >= events);
            sleep(2000);
            List<String> ids = receiver.of("product.updated").stream()
                    .map(r -> r.header("X-WC-Webhook-Delivery-ID")).toList();
            Set<String> distinct = new HashSet<>(ids);
            assertEquals(ids.size(), distinct.size(), "a delivery was sent twice: " + ids);
            assertEquals(events, ids.size());
            assertTrue(attempted > 0, "the concurrent runs delivered some themselves");
            delete(hook);
        }
    }

    @Test
    void cartsAreAnnouncedCreatedUpdatedAndOnceAbandoned() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            long created = webhook("cart.created", receiver.url("/carts"), "s6");
            long abandoned = webhook("cart.abandoned", receiver.url("/carts"), "s7");
            sleep(1500);    // each node reads "a webhook wants cart topics" at most once a second (documented)
            CartJourney cart = new CartJourney(new Http(base));
            String key = cart.newCartWith("12", "1");
            String email = "gone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            HttpResponse<String> withEmail = cart.post("/add-item", key, "{\"id\":\"12\",\"quantity\":\"1\","
                    + "\"email\":\"" + email + "\"}");
            assertEquals(200, withEmail.statusCode(), withEmail.body());

            receiver.await(WAIT, "cart.created and cart.abandoned",
                    r -> !receiver.of("cart.created").isEmpty() && !receiver.of("cart.abandoned").isEmpty());
            JsonObject announced = Http.parse(receiver.of("cart.abandoned").get(0).body()).asJsonObject();
            assertEquals(key, announced.getString("cart_key"));
            assertEquals(email, announced.getString("customers_email"));
            assertEquals(key, Http.parse(receiver.of("cart.created").get(0).body()).asJsonObject()
                    .getString("cart_key"));
            sleep(4000);    // longer than the idle time of the tests (PT3S): still announced once
            assertEquals(1, receiver.of("cart.abandoned").stream()
                    .filter(r -> r.body().contains(key)).count());
            assertEquals(1, receiver.of("cart.created").stream().filter(r -> r.body().contains(key)).count());
            delete(created);
            delete(abandoned);
        }
    }

    /**
     * What changes products and customers besides their admin routes: an order's stock moves (product.updated, the
     * product as it is after the move), the CSV import (product.created) and the customer's own My Account
     * (customer.updated), each in the change's transaction.
     */
    @Test
    void stockMovedByAnOrderTheImportAndMyAccountAreAnnounced() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            long updated = webhook("product.updated", receiver.url("/products"), "s8");
            long created = webhook("product.created", receiver.url("/products"), "s9");
            long customers = webhook("customer.updated", receiver.url("/customers"), "s10");
            sleep(1500);    // each node reads "a webhook wants product topics" at most once a second (documented)
            String run = UUID.randomUUID().toString().substring(0, 8);

            long product = admin().product("Stock hook " + run, "4.00", 5);
            CartJourney cart = new CartJourney(new Http(base));
            String key = cart.newCartWith(Long.toString(product), "2");
            Http http = new Http(base);
            HttpResponse<String> placed = http.send(HttpRequest.newBuilder(http.at(CheckoutContract.CHECKOUT
                    + "?cart_key=" + key)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"billing_address\":" + CheckoutContract.ADDRESS
                            + ",\"payment_method\":\"cod\"}")));
            assertEquals(200, placed.statusCode(), placed.body());
            receiver.await(WAIT, "the order's stock move as product.updated", r -> receiver.of("product.updated")
                    .stream().map(x -> Http.parse(x.body()).asJsonObject())
                    .anyMatch(p -> p.getJsonNumber("id").longValue() == product && p.getInt("stock_quantity") == 3));

            String sku = "HOOK-" + run;
            HttpResponse<String> imported = http.send(HttpRequest.newBuilder(http.at(ImportContract.IMPORT))
                    .header("Content-Type", "text/csv").header("Authorization", basic(WcAdmin.LOGIN))
                    .POST(HttpRequest.BodyPublishers.ofString("Type,SKU,Name,Published,Regular price\n"
                            + "simple," + sku + ",Imported hook,1,3\n", StandardCharsets.UTF_8)));
            assertEquals(200, imported.statusCode(), imported.body());
            receiver.await(WAIT, "the imported product as product.created", r -> receiver.of("product.created")
                    .stream().anyMatch(x -> sku.equals(Http.parse(x.body()).asJsonObject().getString("sku"))));

            String login = "hook-" + run;
            HttpResponse<String> customer = admin().send("POST", "customers", Json.createObjectBuilder()
                    .add("email", login + "@example.com").add("username", login).add("password", "Hook-pass-42x")
                    .build().toString());
            assertEquals(201, customer.statusCode(), customer.body());
            long customerId = Http.object(customer).getJsonNumber("id").longValue();
            HttpResponse<String> moved = http.send(HttpRequest.newBuilder(http.at("wp-json/cocart/v2/my-account/address"))
                    .header("Content-Type", "application/json").header("Authorization", basic(login + ":Hook-pass-42x"))
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"billing_address\":{\"city\":\"Leeds\"}}")));
            assertEquals(200, moved.statusCode(), moved.body());
            receiver.await(WAIT, "the customer's own change as customer.updated", r -> receiver.of("customer.updated")
                    .stream().map(x -> Http.parse(x.body()).asJsonObject())
                    .anyMatch(c -> c.getJsonNumber("id").longValue() == customerId
                            && "Leeds".equals(c.getJsonObject("billing").getString("city"))));
            delete(updated);
            delete(created);
            delete(customers);
        }
    }

    @Test
    void theDeliveryLogKeepsThirtyDaysOfEndedDeliveriesAndEveryPendingOne() {
        HttpResponse<String> created = admin().send("POST", "webhooks", Json.createObjectBuilder()
                .add("topic", "product.updated").add("status", "paused")
                .add("delivery_url", "http://127.0.0.1:9/retention").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long hook = Http.object(created).getJsonNumber("id").longValue();
        try {
            // Rows as the relay leaves them, aged by hand: the purge runs every second here (pom), keeping P30D.
            long oldDelivered = delivery(hook, "delivered", 31);
            long oldFailedPing = delivery(hook, "failed", 45);
            long recentDelivered = delivery(hook, "delivered", 29);
            long oldPending = delivery(hook, "pending", 40);
            String rows = "SELECT id FROM webhook_delivery WHERE webhook_id = ? ORDER BY id";
            long end = System.nanoTime() + WAIT.toNanos();
            while (ItDatabase.longs(rows, hook).size() > 2 && System.nanoTime() < end) {
                sleep(250);
            }
            List<Long> kept = ItDatabase.longs(rows, hook);
            assertEquals(List.of(recentDelivered, oldPending), kept,
                    "deleted " + oldDelivered + " and " + oldFailedPing + " only");
        } finally {
            delete(hook);
        }
    }

    /** A delivery of {@code webhook} in {@code state}, made and last due {@code daysAgo} days ago; its id. */
    private static long delivery(long webhook, String state, int daysAgo) {
        String key = "retention-" + UUID.randomUUID();
        ItDatabase.update("INSERT INTO webhook_delivery (webhook_id, topic, resource_key, state, attempts, created_at,"
                + " due_at) VALUES (?, 'product.updated', ?, ?, 1, UTC_TIMESTAMP(6) - INTERVAL ? DAY,"
                + " UTC_TIMESTAMP(6) - INTERVAL ? DAY)", webhook, key, state, daysAgo, daysAgo);
        return ItDatabase.longs("SELECT id FROM webhook_delivery WHERE resource_key = ?", key).get(0);
    }

    @Test
    void webhooksAreValidatedWithWooCommercesCodes() {
        assertRefused(400, "woocommerce_rest_shop_webhook_invalid_topic",
                admin().send("POST", "webhooks", "{\"topic\":\"order.shipped\",\"delivery_url\":\"http://a.test/\"}"));
        assertRefused(400, "woocommerce_rest_shop_webhook_invalid_delivery_url",
                admin().send("POST", "webhooks", "{\"topic\":\"order.created\",\"delivery_url\":\"ftp://a.test/\"}"));
        assertRefused(400, "rest_invalid_param", admin().send("POST", "webhooks",
                "{\"topic\":\"order.created\",\"delivery_url\":\"http://a.test/\",\"status\":\"on\"}"));
        assertRefused(400, "rest_invalid_param", admin().send("POST", "webhooks",
                "{\"topic\":\"order.created\",\"delivery_url\":\"http://a.test/\",\"name\":\"" + "n".repeat(201) + "\"}"));
        assertRefused(404, "woocommerce_rest_shop_webhook_invalid_id", admin().send("GET", "webhooks/99999999", null));
        Http http = new Http(base);
        assertEquals(401, http.get(http.at("wp-json/wc/v3/webhooks")).statusCode());
        HttpResponse<String> paused = admin().send("POST", "webhooks",
                "{\"topic\":\"cart.abandoned\",\"delivery_url\":\"https://a.test/x\",\"status\":\"paused\"}");
        assertEquals(201, paused.statusCode(), paused.body());
        long id = Http.object(paused).getJsonNumber("id").longValue();
        assertEquals("paused", Http.object(paused).getString("status"));
        HttpResponse<String> list = admin().send("GET", "webhooks?status=paused", null);
        assertTrue(Http.parse(list.body()).asJsonArray().stream()
                .anyMatch(w -> w.asJsonObject().getJsonNumber("id").longValue() == id));
        assertTrue(list.headers().firstValue("X-WP-Total").isPresent());
        assertEquals(0, Http.parse(admin().send("GET", "webhooks/" + id + "/deliveries", null).body()).asJsonArray()
                .size(), "a paused webhook is not pinged");
        delete(id);
    }

    private WcAdmin admin() {
        return new WcAdmin(base);
    }

    private long webhook(String topic, String url, String secret) {
        HttpResponse<String> created = admin().send("POST", "webhooks", Json.createObjectBuilder().add("topic", topic)
                .add("delivery_url", url).add("secret", secret).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8));
    }

    private void delete(long id) {
        HttpResponse<String> deleted = admin().send("DELETE", "webhooks/" + id + "?force=true", null);
        assertEquals(200, deleted.statusCode(), deleted.body());
    }

    private HttpResponse<String> relay() {
        Http http = new Http(base);
        String basic = "Basic " + Base64.getEncoder().encodeToString(WcAdmin.LOGIN.getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(http.at("wp-json/headlesscart/v1/webhooks/relay"))
                .header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static void assertRefused(int status, String code, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, Http.object(response).getString("code"), response.body());
        assertFalse(response.body().contains("Exception"));
    }

    static String sign(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
