package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CoCart Plus v2 checkout (COCART-PLUS §1.3, §4.5; docs/checkout.md), black-box: a full checkout whose order totals
 * are the cart's, the contract's refusals, and the races (100 carts for 10 units, a double-clicked POST). Runs in
 * the catalog-writes execution: it makes products with managed stock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class CheckoutContract {

    static final String ADMIN = "admin:adminpass";
    static final String CHECKOUT = "wp-json/cocart/v2/checkout";

    /** New York: the demo store taxes 4 % on items and shipping there, and ships flat_rate:1 in the US. */
    static final String ADDRESS = "{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"address_1\":\"1 Main St\","
            + "\"city\":\"New York\",\"state\":\"NY\",\"postcode\":\"10001\",\"country\":\"US\","
            + "\"email\":\"ada@example.com\",\"phone\":\"+1 212 555 0100\"}";

    @ArquillianResource
    URL base;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aThreeLineCartWithTaxCouponAndShippingBecomesAnOrderOfTheSameTotal() {
        long a = product("Checkout A " + run, "12.00", 20);
        long b = product("Checkout B " + run, "7.50", 20);
        long c = product("Checkout C " + run, "3.25", null);
        String key = journey().newCartWith(Long.toString(a), "2");
        ok(journey().post("/add-item", key, CartJourney.addBody(Long.toString(b), "1")));
        ok(journey().post("/add-item", key, CartJourney.addBody(Long.toString(c), "3")));
        String code = coupon();
        ok(journey().post("/apply-coupon", key, "{\"code\":\"" + code + "\"}"));
        JsonObject updated = Http.object(ok(checkout("PUT", key, "{\"billing_address\":" + ADDRESS
                + ",\"shipping_method\":\"flat_rate:1\"}")));
        assertEquals("Checkout data updated.", updated.getString("message"));
        JsonObject cart = Http.object(ok(journey().get("", key)));
        String total = cart.getJsonObject("totals").getString("total");
        assertTrue(Long.parseLong(cart.getJsonObject("totals").getString("total_tax")) > 0, cart.toString());
        assertEquals(total, updated.getJsonObject("cart_totals").getString("total"));

        JsonObject order = Http.object(ok(checkout("POST", key, "{\"billing_address\":" + ADDRESS
                + ",\"shipping_method\":\"flat_rate:1\",\"payment_method\":\"cod\"}")));

        assertTrue(order.getString("order_key").matches("wc_order_[A-Za-z0-9]{13}"), order.toString());
        assertEquals("success", order.getJsonObject("payment_result").getString("payment_status"), order.toString());
        assertEquals("processing", order.getString("status"));
        assertEquals(0, Http.object(journey().get("", key)).getJsonArray("items").size(), "the cart is emptied");
        assertEquals(18, stock(a));
        assertEquals(19, stock(b));
        assertEquals(total, received(order).getString("total"), "the order's total is the cart's to the cent");
    }

    @Test
    void refusalsAreTheContractsCodes() {
        String key = journey().newCartWith(Long.toString(product("Refused " + run, "5.00", null)), "1");

        assertError(401, "cocart_rest_authentication_required", checkout("POST", null, "{\"billing_address\":"
                + ADDRESS + "}"));
        assertError(401, "cocart_rest_authentication_required", checkout("GET", null, null));
        assertError(400, "cocart_address_field_required", checkout("POST", key,
                "{\"billing_address\":" + ADDRESS.replace("\"address_1\":\"1 Main St\",", "") + "}"));
        assertEquals("Address 1 is required.", Http.object(checkout("POST", key, "{\"billing_address\":"
                + ADDRESS.replace("\"address_1\":\"1 Main St\",", "") + "}")).getString("message"));
        assertError(400, "cocart_invalid_billing_country_code", checkout("POST", key,
                "{\"billing_address\":" + ADDRESS.replace("\"US\"", "\"XX\"") + "}"));
        assertError(400, "cocart_invalid_billing_postcode", checkout("POST", key,
                "{\"billing_address\":" + ADDRESS.replace("10001", "ABC") + "}"));
        assertError(400, "cocart_invalid_email_address", checkout("PUT", key,
                "{\"billing_address\":{\"email\":\"not-an-email\"}}"));
        HttpResponse<String> several = checkout("PUT", key,
                "{\"billing_address\":{\"email\":\"nope\",\"phone\":\"x\",\"country\":\"XX\"}}");
        assertError(400, "cocart_invalid_address_fields", several);
        assertEquals(3, Http.object(several).getJsonObject("data").getJsonArray("errors").size(), several.body());
        assertError(400, "cocart_invalid_shipping_method", checkout("PUT", key,
                "{\"billing_address\":" + ADDRESS + ",\"shipping_method\":\"flat_rate:999\"}"));
        assertError(400, "cocart_invalid_currency", checkout("POST", key, "{\"billing_address\":" + ADDRESS
                + ",\"currency\":\"XYZ\"}"));
        assertError(400, "cocart_invalid_payment_method", checkout("POST", key, "{\"billing_address\":" + ADDRESS
                + ",\"payment_method\":\"no-such-gateway\"}"));
        assertError(403, "cocart_must_authenticate_user", checkout("POST", "2", "{\"billing_address\":"
                + ADDRESS + "}"));
        assertError(403, "cocart_must_authenticate_user", checkout("GET", "2", null));
        String empty = Http.object(ok(new Http(base).send(HttpRequest.newBuilder(new Http(base)
                .at("wp-json/cocart/v2/cart")).POST(BodyPublishers.noBody())))).getString("cart_key");
        assertError(400, "cocart_cant_checkout_empty_cart", checkout("POST", empty, "{\"billing_address\":"
                + ADDRESS + "}"));
    }

    @Test
    void aHundredCartsRaceForTenUnitsAndExactlyTenWin() throws Exception {
        long product = product("Ten left " + run, "9.00", 10);
        List<String> keys = Parallel.run(100, i -> journey().newCartWith(Long.toString(product), "1"));

        List<HttpResponse<String>> answers = Parallel.run(100, i -> checkout("POST", keys.get(i),
                "{\"billing_address\":" + ADDRESS + ",\"shipping_method\":\"flat_rate:1\",\"payment_method\":\"cod\"}"));

        long placed = answers.stream().filter(r -> r.statusCode() == 200).count();
        long refused = answers.stream().filter(r -> r.statusCode() == 400 && Http.object(r).getString("code")
                .matches("cocart_insufficient_stock|cocart_product_out_of_stock")).count();
        assertEquals(10, placed, answers.stream().filter(r -> r.statusCode() != 400).map(HttpResponse::body)
                .limit(3).toList().toString());
        assertEquals(90, refused, answers.stream().filter(r -> r.statusCode() != 200).map(HttpResponse::body)
                .distinct().limit(5).toList().toString());
        assertEquals(0, stock(product));
    }

    @Test
    void aDoubleClickedCheckoutPlacesOneOrder() throws Exception {
        long product = product("Double click " + run, "4.00", 5);
        String key = journey().newCartWith(Long.toString(product), "1");

        List<HttpResponse<String>> answers = Parallel.run(2, i -> checkout("POST", key,
                "{\"billing_address\":" + ADDRESS + ",\"shipping_method\":\"flat_rate:1\",\"payment_method\":\"cod\"}"));

        assertEquals(1, answers.stream().filter(r -> r.statusCode() == 200).count(),
                answers.stream().map(HttpResponse::body).toList().toString());
        assertEquals(4, stock(product));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameOrder() {
        long product = product("Retried " + run, "6.00", 5);
        String key = journey().newCartWith(Long.toString(product), "1");
        String body = "{\"billing_address\":" + ADDRESS + ",\"shipping_method\":\"flat_rate:1\",\"payment_method\":\"cod\"}";
        HttpRequest.Builder request = HttpRequest.newBuilder(new Http(base).at(CHECKOUT + "?cart_key=" + key))
                .header("Content-Type", "application/json").header("Idempotency-Key", "retry-" + run)
                .POST(BodyPublishers.ofString(body));

        HttpResponse<String> first = new Http(base).send(request);
        HttpResponse<String> second = new Http(base).send(request);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(first.body(), second.body());
        assertEquals("true", second.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(4, stock(product));
    }

    @Test
    void aDeclinedCardKeepsCartAndOrderAndTheRetryLandsOnTheSameOrder() {
        long product = product("Declined " + run, "11.00", 5);
        String key = journey().newCartWith(Long.toString(product), "2");
        String body = "{\"billing_address\":" + ADDRESS + ",\"shipping_method\":\"flat_rate:1\",\"payment_method\":"
                + "\"testcard\",\"payment_data\":[{\"key\":\"card_number\",\"value\":\"%s\"}]}";

        JsonObject declined = Http.object(ok(checkout("POST", key, body.formatted("4000000000000002"))));

        assertEquals("failed", declined.getJsonObject("payment_result").getString("payment_status"), declined.toString());
        assertEquals("failed", declined.getString("status"));
        assertEquals(5, stock(product), "a failed order gives its units back");
        assertEquals(1, Http.object(journey().get("", key)).getJsonArray("items").size(), "the cart is kept");

        JsonObject paid = Http.object(ok(checkout("POST", key, body.formatted("4242424242424242"))));

        assertEquals("success", paid.getJsonObject("payment_result").getString("payment_status"), paid.toString());
        assertEquals(declined.getJsonNumber("order_id"), paid.getJsonNumber("order_id"), "the same order is paid");
        assertEquals(3, stock(product));
        assertEquals(0, Http.object(journey().get("", key)).getJsonArray("items").size());
    }

    @Test
    void aCustomerChecksOutTheirOwnCart() {
        long product = product("Customer's " + run, "3.00", null);
        String basic = "Basic " + Base64.getEncoder().encodeToString(DemoLogins.CUSTOMER.getBytes(StandardCharsets.UTF_8));
        ok(new Http(base).send(HttpRequest.newBuilder(new Http(base).at("wp-json/cocart/v2/cart/clear"))
                .header("Authorization", basic).POST(BodyPublishers.noBody())));
        ok(new Http(base).send(HttpRequest.newBuilder(new Http(base).at("wp-json/cocart/v2/cart/add-item"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(CartJourney.addBody(Long.toString(product), "1")))));

        JsonObject order = Http.object(ok(new Http(base).send(HttpRequest.newBuilder(new Http(base).at(CHECKOUT))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"billing_address\":" + ADDRESS
                        + ",\"shipping_method\":\"flat_rate:1\",\"payment_method\":\"cod\"}")))));

        assertEquals(2, order.getInt("customer_id"), order.toString());
        assertEquals("success", order.getJsonObject("payment_result").getString("payment_status"));
    }

    @Test
    void aPriceChangeBetweenCartAndCheckoutIsChargedAtTheNewPriceNeverTheStaleOne() {
        long product = product("Repriced " + run, "10.00", 5);
        String key = journey().newCartWith(Long.toString(product), "1");
        ok(checkout("PUT", key, "{\"billing_address\":" + ADDRESS + ",\"shipping_method\":\"flat_rate:1\"}"));
        String stale = Http.object(ok(journey().get("", key))).getJsonObject("totals").getString("total");
        ok(admin("PUT", "products/" + product, "{\"regular_price\":\"15.00\"}"));
        String fresh = Http.object(ok(journey().get("", key))).getJsonObject("totals").getString("total");

        JsonObject order = Http.object(ok(checkout("POST", key, "{\"billing_address\":" + ADDRESS
                + ",\"shipping_method\":\"flat_rate:1\",\"payment_method\":\"cod\"}")));

        assertTrue(!stale.equals(fresh));
        assertEquals(fresh, received(order).getString("total"));
    }

    @Test
    void aStockDropBetweenCartAndCheckoutIsRefusedAndNothingIsCharged() {
        long product = product("Sold meanwhile " + run, "8.00", 5);
        String key = journey().newCartWith(Long.toString(product), "3");
        ok(admin("PUT", "products/" + product, "{\"stock_quantity\":2}"));

        HttpResponse<String> refused = checkout("POST", key, "{\"billing_address\":" + ADDRESS
                + ",\"shipping_method\":\"flat_rate:1\",\"payment_method\":\"cod\"}");

        assertError(400, "cocart_insufficient_stock", refused);
        assertEquals("Insufficient stock for \"Sold meanwhile " + run + "\". Only 2 remaining.",
                Http.object(refused).getString("message"));
        assertEquals(2, stock(product));
        assertEquals(1, Http.object(journey().get("", key)).getJsonArray("items").size(), "the cart is kept");
    }

    HttpResponse<String> checkout(String method, String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(new Http(base).at(CHECKOUT
                + (key == null ? "" : "?cart_key=" + key))).header("Content-Type", "application/json")
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        return new Http(base).send(request);
    }

    /** The order as its order-received page shows it (totals in minor units). */
    JsonObject received(JsonObject order) {
        return Http.object(ok(new Http(base).send(HttpRequest.newBuilder(new Http(base).at(
                "wp-json/cocart/v2/order-received/" + order.getJsonNumber("order_id") + "?order_key="
                + order.getString("order_key"))).GET())));
    }

    CartJourney journey() {
        return new CartJourney(new Http(base));
    }

    /** A new product at the price; its stock managed with {@code stock} units, or not managed when null. */
    long product(String name, String price, Integer stock) {
        return new WcAdmin(base).product(name, price, stock);
    }

    int stock(long product) {
        return new WcAdmin(base).stock(product);
    }

    /** A new 10 % coupon of this run. */
    String coupon() {
        String code = "co" + UUID.randomUUID().toString().substring(0, 8);
        ok(admin("POST", "coupons", "{\"code\":\"" + code + "\",\"discount_type\":\"percent\",\"amount\":\"10\"}"));
        return code;
    }

    HttpResponse<String> admin(String method, String path, String json) {
        return new WcAdmin(base).send(method, path, json);
    }

    static void assertError(int status, String code, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), answer.body());
        JsonObject error = Http.object(answer);
        assertEquals(code, error.getString("code"), answer.body());
        assertEquals(status, error.getJsonObject("data").getInt("status"));
    }

    static HttpResponse<String> ok(HttpResponse<String> answer) {
        if (answer.statusCode() >= 300) {
            throw new AssertionError(answer.uri() + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer;
    }
}
