package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.headlesscart.it.fixtures.cart.CartProbe;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SQL an order placement costs, seen through Hibernate's statistics of every unit (only the WAR bundle lets a
 * test see them). In the catalog-writes execution: it makes products with stock and a coupon.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("catalog-writes")
class CheckoutInternalsOnMicroIT {

    /**
     * A 3-line cart with a coupon, paid by test card: the cart locked and updated; the unpaid-order lookup; the
     * order and its 3 lines; the coupon found and locked; the products' stock owners, locked, 3 updates, 3
     * order_stock rows; the coupon's used_by row; the status change and its note; the cart emptied (update, 3 line
     * deletes); the order's and the coupon's updates: 27 (33 when each view of the order read its lines again);
     * one spare.
     */
    static final long CHECKOUT_BUDGET = 28;

    /** Placements measured; the cheapest counts (see the test). */
    static final int TRIALS = 3;

    @ArquillianResource
    URL base;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle().addClasses(CartProbe.class);
    }

    @Test
    void aThreeLineCheckoutWithACouponRunsAFixedNumberOfStatements() {
        String a = Long.toString(product("A", "12.00"));
        String b = Long.toString(product("B", "7.50"));
        String c = Long.toString(product("C", "3.25"));
        String code = "ci" + run;
        assertOk(admin("coupons", "{\"code\":\"" + code + "\",\"discount_type\":\"percent\",\"amount\":\"10\"}"));

        // The statistics count every statement of the JVM, the timers' too (the webhook relay runs every 0.5 s in
        // this execution): they only ever add, so the cheapest of a few placements is the placement's own cost.
        long cost = Long.MAX_VALUE;
        for (int trial = 0; trial < TRIALS; trial++) {
            cost = Math.min(cost, placeAndCount(a, b, c, code));
        }
        System.out.printf("SQL statements per checkout (3 lines, coupon, test card): %d%n", cost);
        assertTrue(cost <= CHECKOUT_BUDGET, "checkout: " + cost + " statements");
    }

    private long placeAndCount(String a, String b, String c, String code) {
        CartJourney cart = new CartJourney(new Http(base));
        String key = cart.newCartWith(a, "2");
        assertOk(cart.post("/add-item", key, CartJourney.addBody(b, "1")));
        assertOk(cart.post("/add-item", key, CartJourney.addBody(c, "3")));
        assertOk(cart.post("/apply-coupon", key, "{\"code\":\"" + code + "\"}"));
        String body = "{\"billing_address\":" + CheckoutContract.ADDRESS + ",\"shipping_method\":\"flat_rate:1\","
                + "\"payment_method\":\"testcard\",\"payment_data\":[{\"key\":\"card_number\","
                + "\"value\":\"4242424242424242\"}]}";

        long before = statements();
        HttpResponse<String> placed = new Http(base).send(HttpRequest.newBuilder(new Http(base)
                .at(CheckoutContract.CHECKOUT + "?cart_key=" + key)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));
        long cost = statements() - before;

        assertOk(placed);
        assertEquals("processing", Http.object(placed).getString("status"), placed.body());
        return cost;
    }

    private long product(String name, String price) {
        HttpResponse<String> created = admin("products", "{\"name\":\"Internals " + name + " " + run
                + "\",\"regular_price\":\"" + price + "\",\"manage_stock\":true,\"stock_quantity\":20}");
        assertOk(created);
        return Http.object(created).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> admin(String path, String json) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(CheckoutContract.ADMIN
                .getBytes(StandardCharsets.UTF_8));
        return new Http(base).send(HttpRequest.newBuilder(new Http(base).at("wp-json/wc/v3/" + path))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)));
    }

    private long statements() {
        return Long.parseLong(new Http(base).get(new Http(base).at("wp-json/headlesscart-test/cart/statistics/all"),
                "text/plain").body().strip());
    }

    private static void assertOk(HttpResponse<String> answer) {
        assertTrue(answer.statusCode() < 300, answer.statusCode() + " " + answer.body());
    }
}
