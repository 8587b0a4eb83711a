package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The payment routes over HTTP (COCART-PLUS §1.3, §1.5; issue 19 "A payment that fails"): payment-methods, the
 * order-received page with the right key, a foreign key and another requester, and a declined test card whose order
 * fails with its stock released and its cart intact, then is paid through {@code /pay}. The server has the test card
 * gateway switched on (docs/payments.md). Runs in the catalog-writes execution: it creates its own products.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PaymentsContract {

    static final String V2 = "wp-json/cocart/v2/";
    static final String GOOD_CARD = "4242424242424242";
    static final String DECLINED_CARD = "4000000000000002";
    static final String CONFIRM_CARD = "4000000000003220";

    @ArquillianResource
    URL base;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void paymentMethodsListsTheGatewaysInTheContractsShape() {
        String key = journey().newCartWith(Long.toString(product("Methods " + run, "5.00", null)), "1");

        HttpResponse<String> answer = http().get(http().at(V2 + "checkout/payment-methods?cart_key=" + key));

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject methods = Http.object(answer);
        assertEquals(List.of("bacs", "cheque", "cod", "testcard"), List.copyOf(methods.keySet()));
        JsonObject bacs = methods.getJsonObject("bacs");
        assertEquals(List.of("id", "title", "description", "supports", "has_fields", "order_button_text",
                "method_title", "method_description", "config", "saved_tokens", "supports_save_payment"),
                List.copyOf(bacs.keySet()));
        assertEquals("Direct bank transfer", bacs.getString("title"));
        assertEquals(JsonValue.NULL, bacs.get("order_button_text"));
        assertEquals(List.of("test_mode", "is_connected", "supports_tokenization", "supports_refunds",
                "supports_subscriptions", "requires_billing_address", "restricted_to_shipping_methods"),
                List.copyOf(bacs.getJsonObject("config").keySet()));
        assertEquals(JsonValue.NULL, bacs.getJsonObject("config").get("restricted_to_shipping_methods"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, bacs.get("saved_tokens"));
        assertFalse(bacs.getJsonObject("config").getBoolean("supports_refunds"));
        JsonObject card = methods.getJsonObject("testcard");
        assertTrue(card.getBoolean("has_fields"));
        assertTrue(card.getJsonObject("config").getBoolean("test_mode"));
        assertTrue(card.getJsonObject("config").getBoolean("supports_refunds"));
        assertEquals("Check payments", methods.getJsonObject("cheque").getString("title"));
        assertEquals("Cash on delivery", methods.getJsonObject("cod").getString("title"));
    }

    @Test
    void paymentMethodsNeedALoginOrAStoredCartsKey() {
        assertError(401, "cocart_rest_authentication_required", http().get(http().at(V2 + "checkout/payment-methods")));
        assertError(401, "cocart_rest_authentication_required",
                http().get(http().at(V2 + "checkout/payment-methods?cart_key=nosuchcart" + run)));
        HttpResponse<String> customer = http().send(HttpRequest.newBuilder(http().at(V2 + "checkout/payment-methods"))
                .header("Authorization", basic(DemoLogins.CUSTOMER)).GET());
        assertEquals(200, customer.statusCode(), customer.body());
        assertTrue(Http.object(customer).containsKey("bacs"));
    }

    @Test
    void orderReceivedRefusesMissingKeysUnknownOrdersAndBadBodiesInTheEnvelope() {
        assertError(400, "cocart_order_invalid_params", http().get(http().at(V2 + "order-received/1")));
        assertError(400, "cocart_order_invalid_params", http().get(http().at(V2 + "order-received/1?order_key=")));
        assertError(404, "cocart_order_not_found",
                http().get(http().at(V2 + "order-received/987654321?order_key=wc_order_x")));
        assertError(404, "cocart_order_not_found",
                http().get(http().at(V2 + "order-received/9999999999999999999?order_key=wc_order_x")));
        assertError(404, "rest_no_route", http().get(http().at(V2 + "order-received/abc?order_key=wc_order_x")));
        assertError(404, "cocart_order_not_found", pay(987654321, "wc_order_x", "{\"payment_method\":\"bacs\"}"));
        assertError(400, "rest_missing_callback_param", pay(987654321, "wc_order_x", "{}"));
        assertError(400, "rest_invalid_param", pay(987654321, "wc_order_x", "{\"payment_method\":\""
                + "m".repeat(65) + "\"}"));
        StringBuilder many = new StringBuilder("{\"payment_method\":\"testcard\",\"payment_data\":[");
        for (int i = 0; i < 33; i++) {
            many.append(i == 0 ? "" : ",").append("{\"key\":\"k").append(i).append("\",\"value\":\"v\"}");
        }
        assertError(400, "rest_invalid_param", pay(987654321, "wc_order_x", many.append("]}").toString()));
        assertError(400, "rest_invalid_param", pay(987654321, "wc_order_x",
                "{\"payment_method\":\"testcard\",\"payment_data\":[{\"key\":\"card_number\",\"value\":\""
                        + "4".repeat(2049) + "\"}]}"));
        assertError(400, "rest_invalid_param", pay(987654321, "wc_order_x",
                "{\"payment_method\":\"testcard\",\"payment_data\":[{\"key\":\"n\",\"value\":{\"a\":1}}]}"));
    }

    @Test
    void theOrderReceivedPageNeedsTheOrdersKeyAndItsOwner() {
        long product = product("Received " + run, "12.50", null);
        JsonObject placed = checkout(journey().newCartWith(Long.toString(product), "2"), "bacs", null);
        JsonObject other = checkout(journey().newCartWith(Long.toString(product), "1"), "cheque", null);
        long id = placed.getJsonNumber("order_id").longValue();
        String key = placed.getString("order_key");
        assertEquals("on-hold", placed.getString("status"));

        HttpResponse<String> shown = http().get(http().at(V2 + "order-received/" + id + "?order_key=" + key));

        assertEquals(200, shown.statusCode(), shown.body());
        JsonObject order = Http.object(shown);
        assertEquals(id, order.getJsonNumber("order_id").longValue());
        assertEquals(key, order.getString("order_key"));
        assertEquals("on-hold", order.getString("status"));
        assertEquals("On hold", order.getString("status_name"));
        assertEquals("bacs", order.getString("payment_method"));
        assertEquals("Direct bank transfer", order.getString("payment_method_title"));
        assertEquals("2500", order.getString("subtotal"));
        assertEquals(2, order.getJsonArray("items").getJsonObject(0).getInt("quantity"));
        assertEquals(product, order.getJsonArray("items").getJsonObject(0).getJsonNumber("product_id").longValue());
        assertEquals("ada@example.com", order.getJsonObject("billing_address").getString("email"));
        assertFalse(order.getBoolean("needs_payment"));
        assertFalse(order.containsKey("available_payment_methods"), "only while it needs payment");
        assertTrue(order.getJsonArray("totals").stream().anyMatch(t -> t.asJsonObject().getString("key")
                .equals("order_total")));

        assertError(403, "cocart_order_invalid_key",
                http().get(http().at(V2 + "order-received/" + id + "?order_key=" + other.getString("order_key"))));
        assertError(403, "cocart_order_invalid_key", http().get(http().at(V2 + "order-received/" + id
                + "?order_key=" + key.substring(0, key.length() - 1) + "x")));
        assertError(403, "cocart_order_not_owned", http().send(HttpRequest.newBuilder(http().at(V2
                + "order-received/" + id + "?order_key=" + key)).header("Authorization", basic(DemoLogins.CUSTOMER))
                .GET()));
        assertError(400, "cocart_order_invalid_status", pay(id, key, "{\"payment_method\":\"bacs\"}"));
    }

    @Test
    void aDeclinedCardFailsTheOrderKeepsTheCartAndReleasesStockThenPayPaysIt() {
        long product = product("Declined " + run, "8.00", 5);
        String cartKey = journey().newCartWith(Long.toString(product), "2");

        JsonObject declined = checkout(cartKey, "testcard", DECLINED_CARD);

        long id = declined.getJsonNumber("order_id").longValue();
        String key = declined.getString("order_key");
        assertEquals("failed", declined.getJsonObject("payment_result").getString("payment_status"));
        assertEquals("Your card was declined.", declined.getJsonObject("payment_result").getString("message"));
        assertEquals("failed", declined.getString("status"));
        assertEquals(5, stock(product), "the held units went back");
        JsonObject cart = Http.object(journey().get("", cartKey));
        assertEquals(1, cart.getJsonArray("items").size(), "the cart is intact: " + cart);
        JsonObject failed = Http.object(http().get(http().at(V2 + "order-received/" + id + "?order_key=" + key)));
        assertEquals("failed", failed.getString("status"));
        assertTrue(failed.getBoolean("needs_payment"));
        assertTrue(failed.getJsonArray("available_payment_methods").stream().anyMatch(m -> m.asJsonObject()
                .getString("id").equals("testcard")));

        HttpResponse<String> again = pay(id, key, payBody("testcard", DECLINED_CARD));
        assertError(400, "cocart_payment_failed", again);
        assertEquals("Your card was declined.", Http.object(again).getJsonObject("data").getString("reason"));
        assertError(400, "cocart_invalid_payment_method", pay(id, key, "{\"payment_method\":\"nope\"}"));
        assertError(403, "cocart_order_invalid_key", pay(id, key + "x", payBody("testcard", GOOD_CARD)));
        assertEquals(5, stock(product));

        HttpResponse<String> paid = pay(id, key, payBody("testcard", GOOD_CARD));

        assertEquals(200, paid.statusCode(), paid.body());
        JsonObject result = Http.object(paid);
        assertTrue(result.getBoolean("success"));
        assertEquals(id, result.getJsonNumber("order_id").longValue());
        assertEquals("processing", result.getString("order_status"));
        assertTrue(result.getString("redirect_url").contains("order-received/" + id), result.toString());
        assertEquals(3, stock(product), "the retry took the units again");
        JsonObject shown = Http.object(http().get(http().at(V2 + "order-received/" + id + "?order_key=" + key)));
        assertEquals("processing", shown.getString("status"));
        assertEquals("Test card", shown.getString("payment_method_title"));
        assertFalse(shown.getBoolean("needs_payment"));
        assertError(400, "cocart_order_invalid_status", pay(id, key, payBody("testcard", GOOD_CARD)));
    }

    @Test
    void aCardThatNeedsConfirmingIsPaidOnTheSecondPost() {
        long product = product("Confirm " + run, "6.00", null);
        JsonObject declined = checkout(journey().newCartWith(Long.toString(product), "1"), "testcard", DECLINED_CARD);
        long id = declined.getJsonNumber("order_id").longValue();
        String key = declined.getString("order_key");

        HttpResponse<String> action = pay(id, key, payBody("testcard", CONFIRM_CARD));

        assertEquals(200, action.statusCode(), action.body());
        JsonObject asked = Http.object(action);
        assertFalse(asked.getBoolean("success"));
        JsonObject result = asked.getJsonObject("payment_result");
        assertEquals("requires_action", result.getString("payment_status"));
        assertEquals("testcard_confirm_payment", result.getString("action_type"));
        String secret = result.getJsonObject("action_data").getString("client_secret");

        HttpResponse<String> confirmed = pay(id, key, "{\"payment_method\":\"testcard\",\"payment_data\":[{\"key\":"
                + "\"client_secret\",\"value\":\"" + secret + "\"}]}");

        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("processing", Http.object(confirmed).getString("order_status"));
    }

    // ---- helpers ----

    /** POST /checkout of a guest cart in Portland, Oregon (no sales tax); the answer, which must be 200. */
    JsonObject checkout(String cartKey, String method, String card) {
        String data = card == null ? "" : ",\"payment_data\":[{\"key\":\"card_number\",\"value\":\"" + card + "\"}]";
        String body = "{\"billing_address\":{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"address_1\":"
                + "\"1 Main St\",\"city\":\"Portland\",\"state\":\"OR\",\"postcode\":\"97201\",\"country\":\"US\","
                + "\"email\":\"ada@example.com\",\"phone\":\"5035550100\"},\"payment_method\":\"" + method + "\""
                + data + "}";
        HttpResponse<String> answer = http().send(HttpRequest.newBuilder(http().at(V2 + "checkout"))
                .header("Cart-Key", cartKey).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.object(answer);
    }

    static String payBody(String method, String card) {
        return "{\"payment_method\":\"" + method + "\",\"payment_data\":[{\"key\":\"card_number\",\"value\":\""
                + card + "\"}]}";
    }

    HttpResponse<String> pay(long id, String key, String body) {
        return http().send("POST", http().at(V2 + "order-received/" + id + "/pay?order_key=" + key),
                "application/json", body);
    }

    /** A new virtual product (nothing to ship) at the price; stock managed when {@code stock} is not null. */
    long product(String name, String price, Integer stock) {
        var json = Json.createObjectBuilder().add("name", name).add("regular_price", price).add("virtual", true);
        if (stock != null) {
            json.add("manage_stock", true).add("stock_quantity", stock);
        }
        HttpResponse<String> created = admin("POST", "products", json.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    int stock(long product) {
        return Http.object(admin("GET", "products/" + product, null)).getInt("stock_quantity");
    }

    HttpResponse<String> admin(String method, String path, String json) {
        return http().send(HttpRequest.newBuilder(http().at("wp-json/wc/v3/" + path))
                .header("Authorization", basic(DemoLogins.ADMIN)).header("Content-Type", "application/json")
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json)));
    }

    static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    static void assertError(int status, String code, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), answer.body());
        JsonObject error = Http.object(answer);
        assertEquals(code, error.getString("code"), answer.body());
        assertEquals(status, error.getJsonObject("data").getInt("status"));
    }

    Http http() {
        return new Http(base);
    }

    CartJourney journey() {
        return new CartJourney(http());
    }
}
