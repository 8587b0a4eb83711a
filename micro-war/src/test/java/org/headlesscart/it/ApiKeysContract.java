package org.headlesscart.it;

import static org.headlesscart.it.DemoLogins.ADMIN;
import static org.headlesscart.it.DemoLogins.CUSTOMER;
import static org.headlesscart.it.DemoLogins.MANAGER;
import static org.headlesscart.it.DemoLogins.READ_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * WooCommerce REST API keys (docs/authentication.md#rest-api-keys, issue 17 part 5) against the running server: made,
 * listed and revoked by an administrator, the secret shown once; Basic {@code ck_…:cs_…} and the query parameters
 * (HTTPS only) on the admin routes; WooCommerce's read/write permissions and refusals; one message for every bad key;
 * the throttle. Runs on a database of its own, as it makes and revokes keys. Every request comes over the loopback,
 * which the build trusts as a proxy, from a made-up client address of its own (TEST-NET-2), so that failures here lock
 * out nothing shared.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ApiKeysContract {

    static final String KEYS = "wp-json/headlesscart/v1/api-keys";
    static final String CUSTOMERS = "wp-json/wc/v3/customers";
    static final String INVALID = "Consumer key or secret is invalid.";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(ThreadLocalRandom.current().nextInt(200) * 254);

    @ArquillianResource
    URL base;

    final String address = freshAddress();

    @Test
    void aKeyIsShownWithItsSecretOnceAndNeverAgain() {
        HttpResponse<String> created = create("{\"description\":\"Warehouse sync\",\"permissions\":\"read_write\","
                + "\"user_id\":3}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject key = Http.object(created);
        assertEquals(List.of("key_id", "user_id", "description", "permissions", "consumer_key", "consumer_secret",
                "truncated_key", "last_access", "last_access_gmt", "date_created", "date_created_gmt", "_links"),
                List.copyOf(key.keySet()));
        long id = key.getJsonNumber("key_id").longValue();
        String consumerKey = key.getString("consumer_key");
        String secret = key.getString("consumer_secret");
        assertTrue(consumerKey.matches("ck_[0-9a-f]{40}"), consumerKey);
        assertTrue(secret.matches("cs_[0-9a-f]{40}"), secret);
        assertEquals(consumerKey.substring(36), key.getString("truncated_key"), "WooCommerce's last 7 characters");
        assertEquals(3, key.getInt("user_id"), "the shop manager's key");
        assertEquals("read_write", key.getString("permissions"));
        assertEquals(JsonValue.NULL, key.get("last_access"), "never used");
        assertEquals(http().at(KEYS + "/" + id).toString(), created.headers().firstValue("Location").orElse(""));

        HttpResponse<String> one = send("GET", KEYS + "/" + id, basic(ADMIN), null);
        HttpResponse<String> list = send("GET", KEYS + "?per_page=100", basic(ADMIN), null);
        assertEquals(200, one.statusCode(), one.body());
        assertEquals(200, list.statusCode(), list.body());
        for (HttpResponse<String> read : List.of(one, list)) {
            assertFalse(read.body().contains(secret), "R-SECRET-ONCE: " + read.body());
            assertFalse(read.body().contains(consumerKey), "nor the whole consumer key");
            assertFalse(read.body().contains("consumer_secret") || read.body().contains("consumer_key"));
        }
        assertEquals(List.of("key_id", "user_id", "description", "permissions", "truncated_key", "last_access",
                "last_access_gmt", "date_created", "date_created_gmt", "_links"),
                List.copyOf(Http.object(one).keySet()));
        JsonArray keys = Http.parse(list.body()).asJsonArray();
        assertEquals(id, keys.getJsonObject(0).getJsonNumber("key_id").longValue(), "newest first");
        assertTrue(Long.parseLong(list.headers().firstValue("X-WP-Total").orElse("0")) >= 2, "with the demo key");

        assertEquals(200, send("GET", CUSTOMERS, key(consumerKey, secret), null).statusCode(),
                "it acts as the shop manager");
        revoke(id);
    }

    @Test
    void aReadKeyReadsTheAdminRoutesAndIsRefusedWritesAsWooCommerceRefusesThem() {
        Map<String, String> key = make("read");
        String cartKey = new CartJourney(http()).newCartWith("10", "1");
        for (String route : List.of(CUSTOMERS, "wp-json/cocart/v2/sessions", "wp-json/cocart/v2/session/" + cartKey,
                "wp-json/headlesscart/v1/carts/insights")) {
            HttpResponse<String> read = send("GET", route, basic(key), null);
            assertEquals(200, read.statusCode(), route + ": " + read.body());
        }
        HttpResponse<String> write = send("POST", CUSTOMERS, basic(key), "{\"email\":\"x-" + run()
                + "@example.com\",\"password\":\"a-password\"}");
        assertRefused(401, "woocommerce_rest_authentication_error",
                "The API key provided does not have write permissions.", write);
        assertRefused(401, "woocommerce_rest_authentication_error",
                "The API key provided does not have write permissions.",
                send("DELETE", "wp-json/cocart/v2/session/" + cartKey, basic(key), null));
        assertEquals(200, send("GET", "wp-json/cocart/v2/session/" + cartKey, basic(ADMIN), null).statusCode(),
                "nothing was deleted");

        HttpResponse<String> demo = send("GET", CUSTOMERS, basic(READ_KEY), null);
        assertEquals(200, demo.statusCode(), "the demo store's read key: " + demo.body());
        revoke(id(key));
    }

    @Test
    void aWriteKeyWritesButCannotRead() {
        Map<String, String> key = make("write");
        assertRefused(401, "woocommerce_rest_authentication_error",
                "The API key provided does not have read permissions.", send("GET", CUSTOMERS, basic(key), null));
        HttpResponse<String> created = send("POST", CUSTOMERS, basic(key), "{\"email\":\"w-" + run()
                + "@example.com\",\"password\":\"a-password\"}");
        assertEquals(201, created.statusCode(), created.body());
        long customer = Http.object(created).getJsonNumber("id").longValue();
        assertEquals(200, send("DELETE", CUSTOMERS + "/" + customer + "?force=true", basic(key), null).statusCode());
        revoke(id(key));
    }

    @Test
    void revokedUnknownAndMalformedKeysAreOne401ThatNamesNeitherHalf() {
        Map<String, String> key = make("read_write");
        assertEquals(200, send("GET", CUSTOMERS, basic(key), null).statusCode());
        String wrongSecret = "cs_" + "0".repeat(40);
        String unknownKey = "ck_" + "0".repeat(40);
        List<HttpResponse<String>> refused = new ArrayList<>();
        refused.add(send("GET", CUSTOMERS, key(key.get("consumer_key"), wrongSecret), null));
        refused.add(send("GET", CUSTOMERS, key(unknownKey, key.get("consumer_secret")), null));
        refused.add(send("GET", CUSTOMERS, key("ck_abc", "cs_def"), null));
        refused.add(send("GET", CUSTOMERS, key("ck_" + key.get("consumer_key").substring(3).toUpperCase(),
                key.get("consumer_secret")), null));
        refused.add(send("GET", CUSTOMERS + "?consumer_key=" + key.get("consumer_key"), null, null, true));
        revoke(id(key));
        refused.add(send("GET", CUSTOMERS, basic(key), null));
        for (HttpResponse<String> response : refused) {
            assertRefused(401, "woocommerce_rest_authentication_error", INVALID, response);
        }
        assertFalse(INVALID.contains("Consumer key is") || INVALID.contains("Consumer secret is"));
    }

    @Test
    void queryParametersAreTakenOnlyOverHttpsAndRecordTheLastAccess() {
        Map<String, String> key = make("read");
        String query = CUSTOMERS + "?consumer_key=" + encode(key.get("consumer_key")) + "&consumer_secret="
                + encode(key.get("consumer_secret"));
        assertRefused(401, "woocommerce_rest_authentication_error",
                "Consumer key and secret are only accepted as query parameters over HTTPS.",
                send("GET", query, null, null, false));
        HttpResponse<String> keyAfterRefusal = send("GET", KEYS + "/" + id(key), basic(ADMIN), null);
        assertEquals(JsonValue.NULL, Http.object(keyAfterRefusal).get("last_access"), "refused before any check");

        HttpResponse<String> behindProxy = send("GET", query, null, null, true);
        assertEquals(200, behindProxy.statusCode(), "X-Forwarded-Proto: https from a trusted proxy: "
                + behindProxy.body());
        JsonObject used = Http.object(send("GET", KEYS + "/" + id(key), basic(ADMIN), null));
        assertTrue(used.getString("last_access_gmt").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"),
                used.toString());
        revoke(id(key));
    }

    @Test
    void onlyAnAdministratorManagesKeysAndKeysOpenOnlyTheAdminRoutes() {
        for (String method : List.of("GET", "POST")) {
            String body = "{\"description\":\"x\",\"permissions\":\"read\"}";
            assertRefused(401, "cocart_rest_cannot_view", null, send(method, KEYS, null, body));
            assertRefused(403, "cocart_rest_cannot_view", null, send(method, KEYS, basic(CUSTOMER), body));
            // A shop manager does not manage keys (issue 20).
            assertRefused(403, "cocart_rest_cannot_view", null, send(method, KEYS, basic(MANAGER), body));
        }
        Map<String, String> key = make("read_write");
        assertRefused(403, "cocart_rest_cannot_view", null, send("DELETE", KEYS + "/" + id(key), basic(MANAGER), null));
        String outOfScope = "The provided API key cannot be used to access this endpoint.";
        assertRefused(401, "woocommerce_rest_authentication_error", outOfScope,
                send("GET", KEYS, basic(key), null));
        assertRefused(401, "woocommerce_rest_authentication_error", outOfScope,
                send("POST", KEYS, basic(key), "{\"description\":\"successor\",\"permissions\":\"read\"}"));
        assertRefused(401, "woocommerce_rest_authentication_error", outOfScope,
                send("GET", "wp-json/cocart/v2/cart", basic(key), null));
        assertRefused(401, "woocommerce_rest_authentication_error", outOfScope,
                send("POST", "wp-json/cocart/v2/login", basic(key), null));
        revoke(id(key));
    }

    @Test
    void badInputIsRefusedInTheEnvelopeAndMakesNoKey() {
        long before = total();
        assertRefused(400, "rest_missing_callback_param", null, create("{\"permissions\":\"read\"}"));
        assertRefused(400, "rest_missing_callback_param", null,
                create("{\"description\":\"  \",\"permissions\":\"read\"}"));
        assertRefused(400, "rest_missing_callback_param", null, create("{\"description\":\"x\"}"));
        assertInvalid("permissions", create("{\"description\":\"x\",\"permissions\":\"admin\"}"));
        assertInvalid("permissions", create("{\"description\":\"x\",\"permissions\":1}"));
        assertInvalid("description", create("{\"description\":\"" + "d".repeat(201) + "\",\"permissions\":\"read\"}"));
        assertInvalid("user_id", create("{\"description\":\"x\",\"permissions\":\"read\",\"user_id\":2}"));
        assertInvalid("user_id", create("{\"description\":\"x\",\"permissions\":\"read\",\"user_id\":999999}"));
        assertInvalid("user_id", create("{\"description\":\"x\",\"permissions\":\"read\",\"user_id\":\"abc\"}"));
        assertRefused(400, "rest_invalid_json", null, create("{\"description\":"));
        assertRefused(400, "rest_invalid_json", null, create("[]"));
        assertEquals(before, total(), "nothing was made");

        assertRefused(400, "rest_invalid_param", null, send("GET", KEYS + "?per_page=0", basic(ADMIN), null));
        assertRefused(400, "rest_invalid_param", null, send("GET", KEYS + "?page=x", basic(ADMIN), null));
        assertRefused(404, "woocommerce_rest_invalid_id", null, send("GET", KEYS + "/99999999", basic(ADMIN), null));
        assertRefused(404, "woocommerce_rest_invalid_id", null,
                send("DELETE", KEYS + "/99999999", basic(ADMIN), null));
        assertRefused(404, "rest_no_route", null, send("GET", KEYS + "/abc", basic(ADMIN), null));
    }

    @Test
    void wrongSecretsAreThrottledPerKeyAndAddress() {
        Map<String, String> key = make("read");
        String wrong = key(key.get("consumer_key"), "cs_" + "1".repeat(40));
        for (int i = 0; i < 5; i++) {
            assertRefused(401, "woocommerce_rest_authentication_error", INVALID, send("GET", CUSTOMERS, wrong, null));
        }
        HttpResponse<String> throttled = send("GET", CUSTOMERS, basic(key), null);
        assertRefused(429, "cocart_too_many_attempts", null, throttled);
        assertTrue(Long.parseLong(throttled.headers().firstValue("Retry-After").orElse("0")) > 0);

        HttpResponse<String> elsewhere = send("GET", CUSTOMERS, basic(key), null, freshAddress(), "http");
        assertEquals(200, elsewhere.statusCode(), "another address is not held back: " + elsewhere.body());
        revoke(id(key));
    }

    private Map<String, String> make(String permissions) {
        HttpResponse<String> created = create("{\"description\":\"it-" + run() + "\",\"permissions\":\""
                + permissions + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject key = Http.object(created);
        assertEquals(1, key.getInt("user_id"), "the administrator who made it");
        return Map.of("id", String.valueOf(key.getJsonNumber("key_id").longValue()),
                "consumer_key", key.getString("consumer_key"), "consumer_secret", key.getString("consumer_secret"));
    }

    private HttpResponse<String> create(String body) {
        return send("POST", KEYS, basic(ADMIN), body);
    }

    private void revoke(long id) {
        HttpResponse<String> revoked = send("DELETE", KEYS + "/" + id, basic(ADMIN), null);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals(id, Http.object(revoked).getJsonNumber("key_id").longValue(), "the key as it was");
        assertRefused(404, "woocommerce_rest_invalid_id", null, send("GET", KEYS + "/" + id, basic(ADMIN), null));
    }

    private long total() {
        HttpResponse<String> list = send("GET", KEYS, basic(ADMIN), null);
        assertEquals(200, list.statusCode(), list.body());
        return Long.parseLong(list.headers().firstValue("X-WP-Total").orElseThrow());
    }

    private static long id(Map<String, String> key) {
        return Long.parseLong(key.get("id"));
    }

    private HttpResponse<String> send(String method, String route, String authorization, String body) {
        return send(method, route, authorization, body, false);
    }

    /** @param https whether the loopback "proxy" says the client came over HTTPS ({@code X-Forwarded-Proto}) */
    private HttpResponse<String> send(String method, String route, String authorization, String body, boolean https) {
        return send(method, route, authorization, body, address, https ? "https" : "http");
    }

    /** From {@code client}, through the loopback "proxy", which says the client came over {@code proto}. */
    private HttpResponse<String> send(String method, String route, String authorization, String body,
            String client, String proto) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http().at(route)).header("Accept", "application/json")
                .header("X-Forwarded-For", client).header("X-Forwarded-Proto", proto)
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http().send(request);
    }

    private static void assertRefused(int status, String code, String message, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = Http.object(response);
        assertEquals(code, error.getString("code"), response.body());
        assertEquals(status, error.getJsonObject("data").getInt("status"));
        if (message != null) {
            assertEquals(message, error.getString("message"));
        }
    }

    private static void assertInvalid(String param, HttpResponse<String> response) {
        assertRefused(400, "rest_invalid_param", null, response);
        assertTrue(Http.object(response).getJsonObject("data").getJsonObject("params").containsKey(param),
                response.body());
    }

    /** Over the loopback address, the proxy the build trusts, whatever host the container reports. */
    private Http http() {
        try {
            return new Http(new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile()));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(Map<String, String> key) {
        return key(key.get("consumer_key"), key.get("consumer_secret"));
    }

    private static String key(String consumerKey, String secret) {
        return basic(consumerKey + ":" + secret);
    }

    static String basic(String loginColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(loginColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    /** A client address (TEST-NET-2) of this test alone. */
    static String freshAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "198.51." + (100 + n / 254 % 100) + "." + (n % 254 + 1);
    }

    static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
