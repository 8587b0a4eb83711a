package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What moves with an order's status (docs/orders.md), black-box over HTTP: orders are placed through
 * {@code POST cocart/v2/checkout}, moved by the payment (test card gateway) and by staff ({@code wc/v3/orders}),
 * and the stock and coupon counters are read back through the admin API. The server runs with a hold of
 * {@link #HOLD_SECONDS} seconds and the release timer every second ({@link #shortHolds()}), so an unpaid order is
 * cancelled within a few seconds. Runs in the catalog-writes execution: it makes products and coupons.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class OrderLifecycleContract {

    static final int HOLD_SECONDS = 3;
    static final String ADMIN = "admin:adminpass";
    static final String CHECKOUT = "wp-json/cocart/v2/checkout";
    static final String DECLINED = "4000000000000002";
    static final String REQUIRES_ACTION = "4000000000003220";

    @ArquillianResource
    URL base;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    /**
     * A library whose MicroProfile Config file outranks the modules' defaults (ordinal 150 against 100): the hold
     * and the timer interval short enough for a test. Added to the deployment by the {@code *IT} classes.
     */
    public static JavaArchive shortHolds() {
        return ShrinkWrap.create(JavaArchive.class, "it-short-holds.jar").addAsManifestResource(new StringAsset(
                "config_ordinal=150\nheadlesscart.order.hold-stock-seconds=" + HOLD_SECONDS
                        + "\nheadlesscart.order.hold-release-interval=PT1S\n"), "microprofile-config.properties");
    }

    @Test
    void anUnpaidOrderWhoseHoldRunsOutIsCancelledAndItsStockAndCouponGoBack() throws Exception {
        long product = product("Held " + run, "10.00", 5);
        JsonObject coupon = coupon(0, 0);
        String key = cart(product, 2, coupon.getString("code"));

        JsonObject order = Http.object(ok(checkout(key, card(REQUIRES_ACTION))));

        assertEquals("requires_action", order.getJsonObject("payment_result").getString("payment_status"),
                order.toString());
        assertEquals("pending", order.getString("status"));
        assertEquals(3, stock(product), "a pending order holds its units");
        assertEquals(1, usage(coupon), "a placed order counts its coupon");
        long id = order.getJsonNumber("order_id").longValue();

        JsonObject cancelled = awaitStatus(id, "cancelled", Duration.ofSeconds(HOLD_SECONDS + 20));

        assertEquals(5, stock(product), "the held units are back");
        assertEquals(0, usage(coupon), "the coupon use is taken back");
        assertTrue(notes(id).contains("Unpaid order cancelled - time limit reached. Order status changed from "
                + "Pending payment to Cancelled."), notes(id).toString());
        assertEquals("cancelled", cancelled.getString("status"));
    }

    @Test
    void aDeclinedPaymentFailsTheOrderAndGivesItsStockBack() {
        long product = product("Declined " + run, "10.00", 5);
        String key = cart(product, 2, null);

        JsonObject order = Http.object(ok(checkout(key, card(DECLINED))));

        assertEquals("failed", order.getJsonObject("payment_result").getString("payment_status"), order.toString());
        long id = order.getJsonNumber("order_id").longValue();
        assertEquals("failed", adminOrder(id).getString("status"));
        assertEquals(5, stock(product));
        assertTrue(notes(id).stream().anyMatch(n -> n.startsWith("Payment failed: Your card was declined.")),
                notes(id).toString());
    }

    @Test
    void cancellingGivesStockAndCouponBackAndReopeningTakesThemAgain() {
        long product = product("Cancelled " + run, "10.00", 2);
        JsonObject coupon = coupon(0, 0);
        String key = cart(product, 2, coupon.getString("code"));
        JsonObject order = Http.object(ok(checkout(key, "\"payment_method\":\"cod\"")));
        long id = order.getJsonNumber("order_id").longValue();
        assertEquals("processing", order.getString("status"));
        assertEquals(0, stock(product));
        assertEquals("outofstock", adminProduct(product).getString("stock_status"));
        assertEquals(1, usage(coupon), "counted once: placing and paying do not count twice");

        assertEquals("cancelled", Http.object(ok(admin("PUT", "orders/" + id, "{\"status\":\"cancelled\"}")))
                .getString("status"));

        assertEquals(2, stock(product));
        assertEquals("instock", adminProduct(product).getString("stock_status"));
        assertEquals(0, usage(coupon));
        assertEquals(List.of(), coupon(coupon).getJsonArray("used_by").getValuesAs(JsonString.class));

        assertEquals("processing", Http.object(ok(admin("PUT", "orders/" + id, "{\"status\":\"processing\"}")))
                .getString("status"));

        assertEquals(0, stock(product), "a reopened order takes its units again");
        assertEquals(1, usage(coupon));
        assertEquals("cancelled", Http.object(ok(admin("PUT", "orders/" + id, "{\"status\":\"cancelled\"}")))
                .getString("status"));
        ok(admin("PUT", "products/" + product, "{\"stock_quantity\":1}"));

        HttpResponse<String> refused = admin("PUT", "orders/" + id, "{\"status\":\"processing\"}");

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("cocart_insufficient_stock", Http.object(refused).getString("code"), refused.body());
        assertEquals("Insufficient stock for \"Cancelled " + run + "\". Only 1 remaining.",
                Http.object(refused).getString("message"));
        assertEquals("cancelled", adminOrder(id).getString("status"), "not reopened without its units");
        assertEquals(1, stock(product));
    }

    @Test
    void aMoveTheStatusesDoNotAllowIsRefused() {
        long product = product("Refunded " + run, "10.00", 3);
        long id = Http.object(ok(checkout(cart(product, 1, null), "\"payment_method\":\"cod\"")))
                .getJsonNumber("order_id").longValue();
        ok(admin("PUT", "orders/" + id, "{\"status\":\"completed\"}"));

        HttpResponse<String> refused = admin("PUT", "orders/" + id, "{\"status\":\"cancelled\"}");

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("completed", adminOrder(id).getString("status"));
        assertEquals(2, stock(product), "a completed order keeps its units sold");
    }

    @Test
    void twoParallelOrdersOfACouponWithOneUseLeftPlaceOnlyOne() throws Exception {
        long product = product("Last use " + run, "10.00", 10);
        JsonObject coupon = coupon(1, 0);
        List<String> keys = List.of(cart(product, 1, coupon.getString("code")),
                cart(product, 1, coupon.getString("code")));

        List<HttpResponse<String>> answers = Parallel.run(2, i -> checkout(keys.get(i),
                "\"payment_method\":\"cod\"", "race" + i + "-" + run + "@example.com"));

        assertEquals(1, answers.stream().filter(a -> a.statusCode() == 200).count(),
                answers.stream().map(HttpResponse::body).toList().toString());
        HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() != 200).findFirst().orElseThrow();
        assertEquals(400, loser.statusCode(), loser.body());
        assertTrue(Http.object(loser).getString("code").matches("cocart_coupon_usage_limit|cocart_invalid_coupon"),
                loser.body());
        assertEquals(1, usage(coupon));
        assertEquals(9, stock(product), "the refused order took nothing");
    }

    @Test
    void aCustomersLimitCountsTheirPlacedOrdersByEmail() {
        long product = product("Per customer " + run, "10.00", 10);
        JsonObject coupon = coupon(0, 1);
        String email = "once-" + run + "@example.com";
        ok(checkout(cart(product, 1, coupon.getString("code")), "\"payment_method\":\"cod\"", email));

        HttpResponse<String> second = checkout(cart(product, 1, coupon.getString("code")),
                "\"payment_method\":\"cod\"", email);

        assertEquals(400, second.statusCode(), second.body());
        assertEquals("cocart_coupon_usage_limit", Http.object(second).getString("code"), second.body());
        assertEquals(1, usage(coupon));
        assertEquals(List.of(email), coupon(coupon).getJsonArray("used_by").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        assertEquals(9, stock(product));
    }

    /**
     * A coupon of a busy sale: its used_by was one text value, rewritten whole by every order, and at about 4,000
     * entries (64 KB) every order with it failed with a 500. As rows, the 5,001st use is one more row.
     */
    @Test
    void aCouponUsedThousandsOfTimesStillCountsEveryOrderAndEachCustomersLimit() {
        long product = product("Popular " + run, "10.00", 10);
        JsonObject coupon = coupon(0, 2);
        long id = coupon.getJsonNumber("id").longValue();
        ItDatabase.update("INSERT INTO coupon_used_by (coupon_id, entry)"
                + " SELECT ?, CONCAT('earlier-', seq, '@example.com') FROM seq_1_to_5000", id);
        ItDatabase.update("UPDATE coupon SET usage_count = 5000 WHERE id = ?", id);
        String email = "fan-" + run + "@example.com";

        ok(checkout(cart(product, 1, coupon.getString("code")), "\"payment_method\":\"cod\"", email));
        ok(checkout(cart(product, 1, coupon.getString("code")), "\"payment_method\":\"cod\"", email));
        HttpResponse<String> third = checkout(cart(product, 1, coupon.getString("code")),
                "\"payment_method\":\"cod\"", email);

        assertEquals(400, third.statusCode(), third.body());
        assertEquals("cocart_coupon_usage_limit", Http.object(third).getString("code"), "the customer's two uses");
        JsonObject after = coupon(coupon);
        assertEquals(5002, after.getInt("usage_count"));
        List<String> usedBy = after.getJsonArray("used_by").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertEquals(5002, usedBy.size());
        assertEquals(List.of("earlier-1@example.com", email, email),
                List.of(usedBy.get(0), usedBy.get(5000), usedBy.get(5001)), "in the order of the uses");
        assertEquals(8, stock(product));
    }

    private JsonObject awaitStatus(long id, String status, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        JsonObject order = adminOrder(id);
        while (!order.getString("status").equals(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            order = adminOrder(id);
        }
        assertEquals(status, order.getString("status"), order.toString());
        return order;
    }

    /** A guest cart with {@code quantity} of the product and the coupon applied (none when null); its key. */
    private String cart(long product, int quantity, String coupon) {
        String key = new CartJourney(new Http(base)).newCartWith(Long.toString(product), Integer.toString(quantity));
        if (coupon != null) {
            ok(new CartJourney(new Http(base)).post("/apply-coupon", key, "{\"code\":\"" + coupon + "\"}"));
        }
        return key;
    }

    private HttpResponse<String> checkout(String key, String payment) {
        return checkout(key, payment, "life-" + run + "@example.com");
    }

    /** POST /checkout with a New York billing address (flat_rate:1 ships there in the demo store). */
    private HttpResponse<String> checkout(String key, String payment, String email) {
        String address = "{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"address_1\":\"1 Main St\","
                + "\"city\":\"New York\",\"state\":\"NY\",\"postcode\":\"10001\",\"country\":\"US\","
                + "\"email\":\"" + email + "\",\"phone\":\"+1 212 555 0100\"}";
        return new Http(base).send(HttpRequest.newBuilder(new Http(base).at(CHECKOUT + "?cart_key=" + key))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"billing_address\":"
                        + address + ",\"shipping_method\":\"flat_rate:1\"," + payment + "}")));
    }

    private static String card(String number) {
        return "\"payment_method\":\"testcard\",\"payment_data\":[{\"key\":\"card_number\",\"value\":\"" + number
                + "\"}]";
    }

    private long product(String name, String price, int stock) {
        HttpResponse<String> created = admin("POST", "products", Json.createObjectBuilder().add("name", name)
                .add("regular_price", price).add("manage_stock", true).add("stock_quantity", stock).build()
                .toString());
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    private JsonObject adminProduct(long product) {
        return Http.object(ok(admin("GET", "products/" + product, null)));
    }

    private int stock(long product) {
        return adminProduct(product).getInt("stock_quantity");
    }

    /** A new 10 % coupon with the limits (0 = none). */
    private JsonObject coupon(int usageLimit, int perUser) {
        var json = Json.createObjectBuilder().add("code", "life" + UUID.randomUUID().toString().substring(0, 8))
                .add("discount_type", "percent").add("amount", "10");
        if (usageLimit > 0) {
            json.add("usage_limit", usageLimit);
        }
        if (perUser > 0) {
            json.add("usage_limit_per_user", perUser);
        }
        return Http.object(ok(admin("POST", "coupons", json.build().toString())));
    }

    private JsonObject coupon(JsonObject coupon) {
        return Http.object(ok(admin("GET", "coupons/" + coupon.getJsonNumber("id"), null)));
    }

    private int usage(JsonObject coupon) {
        return coupon(coupon).getInt("usage_count");
    }

    private JsonObject adminOrder(long id) {
        return Http.object(ok(admin("GET", "orders/" + id, null)));
    }

    private List<String> notes(long id) {
        return Http.parse(ok(admin("GET", "orders/" + id + "/notes", null)).body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(n -> n.getString("note")).toList();
    }

    private HttpResponse<String> admin(String method, String path, String json) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8));
        return new Http(base).send(HttpRequest.newBuilder(new Http(base).at("wp-json/wc/v3/" + path))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> ok(HttpResponse<String> answer) {
        if (answer.statusCode() >= 300) {
            throw new AssertionError(answer.uri() + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer;
    }
}
