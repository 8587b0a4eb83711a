package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.InetAddress;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request-rate limits over HTTP (issue 21 item 3; COCART-PLUS §5, decision 6; docs/rate-limits.md), with the limits
 * of the failsafe execution {@code rate-limits}: login 3, coupon 3 and checkout 2 per minute, registration 2 per
 * 10 minutes, the general write limit on at 4 per 3 seconds. Each test counts under client addresses of its own
 * (named in {@code X-Forwarded-For}, which the build believes from the loopback only) and users of its own, so no
 * test spends another's limit; and starts a minute's count far enough from the minute's end that its requests fall in
 * one window.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class RateLimitContract {

    static final String V2 = "wp-json/cocart/v2/";
    static final String PASSWORD = "Tr4nquil-Otter";

    @ArquillianResource
    URL base;

    @Test
    void aLimitedRouteCountsDownInItsHeadersThenAnswers429WithRetryAfter() {
        roomInTheMinute();
        String address = freshAddress();
        for (int remaining = 2; remaining >= 0; remaining--) {
            HttpResponse<String> counted = applyCoupon(loopback(), address, null);
            assertNotEquals(429, counted.statusCode(), counted.body());
            assertEquals("3", header(counted, "RateLimit-Limit"), "R-RATE-HEADERS on every limited answer");
            assertEquals(Integer.toString(remaining), header(counted, "RateLimit-Remaining"));
            long reset = Long.parseLong(header(counted, "RateLimit-Reset"));
            long now = Instant.now().getEpochSecond();
            assertTrue(reset > now - 1 && reset <= now + 61, "RateLimit-Reset is the window's end in Unix seconds");
        }

        HttpResponse<String> refused = applyCoupon(loopback(), address, null);

        assertRefused(refused);
        assertEquals("0", header(refused, "RateLimit-Remaining"));
    }

    @Test
    void aLoginOverTheLimitIsRefusedBeforeItsPasswordIsChecked() {
        roomInTheMinute();
        String address = freshAddress();
        for (int remaining = 2; remaining >= 0; remaining--) {
            HttpResponse<String> wrong = post(loopback().at(V2 + "login"), address, basic("customer:wrong"), "");
            assertEquals(401, wrong.statusCode(), "counted and then refused by the password: " + wrong.body());
            assertEquals(Integer.toString(remaining), header(wrong, "RateLimit-Remaining"));
        }

        assertRefused(post(loopback().at(V2 + "login"), address, basic(DemoLogins.CUSTOMER), ""));
        assertEquals(200, post(loopback().at(V2 + "login"), freshAddress(), basic(DemoLogins.CUSTOMER), "")
                .statusCode(), "another address is another count");
    }

    @Test
    void aSignedInUserIsCountedAsThemselvesWhereverTheyComeFrom() {
        roomInTheMinute();
        String user = register(freshAddress()) + ":" + PASSWORD;
        String home = freshAddress();
        for (int i = 0; i < 3; i++) {
            assertNotEquals(429, applyCoupon(loopback(), home, basic(user)).statusCode());
        }

        assertRefused(applyCoupon(loopback(), home, basic(user)));
        assertRefused(applyCoupon(loopback(), freshAddress(), basic(user)));     // another address, the same user
        HttpResponse<String> guest = applyCoupon(loopback(), home, null);
        assertNotEquals(429, guest.statusCode(), "the address's own count is untouched by the user's");
        assertEquals("2", header(guest, "RateLimit-Remaining"));
    }

    @Test
    void staffAreNeverCounted() {
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> applied = applyCoupon(loopback(), address, basic(DemoLogins.MANAGER));
            assertNotEquals(429, applied.statusCode(), applied.body());
            assertEquals(List.of(), applied.headers().allValues("RateLimit-Limit"), "not counted, no headers");
        }
    }

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() throws Exception {
        Http direct = new Http(base);
        assumeFalse(InetAddress.getByName(base.getHost()).isLoopbackAddress(),
                "needs a peer address that is not the trusted loopback");
        roomInTheMinute();
        for (int i = 0; i < 3; i++) {
            assertEquals("3", header(applyCoupon(direct, freshAddress(), null), "RateLimit-Limit"));
        }
        HttpResponse<String> forged = applyCoupon(direct, freshAddress(), null);

        // The untrusted peer is counted as itself, whatever address it claims; earlier runs may have counted too.
        assertRefused(forged);
        HttpResponse<String> proxied = applyCoupon(loopback(), freshAddress(), null);
        assertEquals("2", header(proxied, "RateLimit-Remaining"), "through the trusted proxy, the client it names");
    }

    @Test
    void checkoutAndPaymentShareTheCheckoutLimit() {
        roomInTheMinute();
        String address = freshAddress();
        for (int remaining = 1; remaining >= 0; remaining--) {
            HttpResponse<String> checkout = post(loopback().at(V2 + "checkout"), address, null, "{}");
            assertNotEquals(429, checkout.statusCode(), checkout.body());
            assertEquals("2", header(checkout, "RateLimit-Limit"));
            assertEquals(Integer.toString(remaining), header(checkout, "RateLimit-Remaining"));
        }

        assertRefused(post(loopback().at(V2 + "order-received/1/pay?order_key=wc_order_x"), address, null, "{}"));
        assertRefused(post(loopback().at(V2 + "checkout"), address, null, "{}"));
    }

    @Test
    void registrationIsLimitedPerAddress() {
        String address = freshAddress();
        register(address);
        register(address);

        assertRefused(post(loopback().at(V2 + "register"), address, null, registration(unique())));
    }

    @Test
    void couponsAppliedThroughCheckoutOrABatchCountAsCouponApplies() {
        roomInTheMinute();
        String address = freshAddress();
        HttpResponse<String> batch = post(loopback().at("wp-json/batch/v1"), address, null, "{\"requests\":["
                + String.join(",", java.util.Collections.nCopies(4, "{\"method\":\"POST\",\"path\":"
                        + "\"/cocart/v2/cart/apply-coupon\",\"body\":{\"code\":\"nosuchcoupon\"}}")) + "]}");
        assertEquals(207, batch.statusCode(), batch.body());
        JsonObject fourth = Http.object(batch).getJsonArray("responses").getJsonObject(3);
        assertEquals(429, fourth.getInt("status"), fourth.toString());
        assertEquals("rate_limit_exceeded", fourth.getJsonObject("body").getString("code"));
        assertNotEquals(429, Http.object(batch).getJsonArray("responses").getJsonObject(2).getInt("status"),
                "the third still ran");
        assertEquals("3", header(batch, "RateLimit-Limit"), "the batch's answer shows the coupon count");

        String other = freshAddress();
        String apply = "{\"coupon_code\":\"nosuchcoupon\"}";
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> update = send("PUT", loopback().at(V2 + "checkout"), other, null, apply);
            assertNotEquals(429, update.statusCode(), update.body());
        }
        assertRefused(send("PUT", loopback().at(V2 + "checkout"), other, null, apply));
        String remove = "{\"coupon_code\":\"nosuchcoupon\",\"coupon_action\":\"remove\"}";
        String third = freshAddress();
        for (int i = 0; i < 4; i++) {       // within the general write limit of 4, over the coupon limit of 3
            assertNotEquals(429, send("PUT", loopback().at(V2 + "checkout"), third, null, remove).statusCode(),
                    "removing a coupon is not applying one");
        }
    }

    @Test
    void theGeneralWriteLimitCountsInFixedWindowsThatEnd() throws InterruptedException {
        String address = freshAddress();
        HttpResponse<String> refused = null;
        for (int i = 0; i < 12 && refused == null; i++) {       // 4 per 3 s: refused by the 5th of one window
            HttpResponse<String> write = post(loopback().at(V2 + "cart/add-item"), address, null,
                    "{\"id\":\"999999\"}");
            refused = write.statusCode() == 429 ? write : null;
        }
        assertRefused(refused);
        long reset = Long.parseLong(header(refused, "RateLimit-Reset"));
        assertTrue(Long.parseLong(header(refused, "Retry-After")) <= 3);

        // The one wait of this suite: a window ends at its time, not at an event a test could wait for.
        Thread.sleep(Math.max(0, reset * 1000 - System.currentTimeMillis()) + 50);
        HttpResponse<String> next = post(loopback().at(V2 + "cart/add-item"), address, null, "{\"id\":\"999999\"}");

        assertNotEquals(429, next.statusCode(), next.body());
        assertEquals("4", header(next, "RateLimit-Limit"));
        assertEquals("3", header(next, "RateLimit-Remaining"), "a new window counts from the start");
        HttpResponse<String> cart = loopback().send(HttpRequest.newBuilder(loopback().at(V2 + "cart"))
                .header("X-Forwarded-For", address).GET());
        assertEquals(List.of(), cart.headers().allValues("RateLimit-Limit"), "GET /cart is in no group");
    }

    // ---- helpers ----

    private static void assertRefused(HttpResponse<String> refused) {
        assertTrue(refused != null, "never refused");
        assertEquals(429, refused.statusCode(), refused.body());
        JsonObject error = Http.object(refused);
        assertEquals("rate_limit_exceeded", error.getString("code"));
        assertEquals(429, error.getJsonObject("data").getInt("status"));
        String retryAfter = header(refused, "Retry-After");
        assertEquals("Too many requests. Please wait " + retryAfter + " seconds before trying again.",
                error.getString("message"));
        assertEquals(retryAfter, header(refused, "RateLimit-Retry-After"));
        assertTrue(Long.parseLong(retryAfter) >= 1, retryAfter);
    }

    private HttpResponse<String> applyCoupon(Http http, String address, String authorization) {
        return post(http.at(V2 + "cart/apply-coupon"), address, authorization, "{\"code\":\"nosuchcoupon\"}");
    }

    /** A new customer, registered from {@code address}; their username. */
    private String register(String address) {
        String name = unique();
        HttpResponse<String> made = post(loopback().at(V2 + "register"), address, null, registration(name));
        assertEquals(200, made.statusCode(), made.body());
        return Http.object(made).getString("username");
    }

    private static String registration(String name) {
        return "{\"email\":\"" + name + "@example.com\",\"requested_password\":\"" + PASSWORD + "\"}";
    }

    private HttpResponse<String> post(java.net.URI uri, String address, String authorization, String body) {
        return send("POST", uri, address, authorization, body);
    }

    private HttpResponse<String> send(String method, java.net.URI uri, String address, String authorization,
            String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Accept", "application/json").method(method, BodyPublishers.ofString(body));
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return loopback().send(request);
    }

    /** Over the loopback, the proxy the build trusts (the container reports the machine's own address). */
    private Http loopback() {
        try {
            return new Http(new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile()));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header: "
                + response.statusCode() + " " + response.body()));
    }

    /** Waits, if the minute ends within 10 s, for the next one: a test's counts then fall in one 60 s window. */
    private static void roomInTheMinute() {
        long millis = System.currentTimeMillis() % 60_000;
        if (millis > 50_000) {
            try {
                Thread.sleep(60_000 - millis + 100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A client address (TEST-NET-2) picked at random, so that neither another test nor an earlier run counted it. */
    private static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static String unique() {
        return "rl" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static String basic(String loginColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(loginColonPassword.getBytes(StandardCharsets.UTF_8));
    }
}
