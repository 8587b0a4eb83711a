package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CoCart Plus v2's cart writes over HTTP (COCART-PLUS §1.2, issue 18's "Bad input"): each refusal with the
 * contract's code and status, and a refused request leaves the cart exactly as it was. Runs in the catalog-writes
 * execution: it creates its own products and coupons through the admin API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PricingContract {

    /** The demo administrator (DemoAccounts): coupons need manage_woocommerce. */
    static final String ADMIN = "admin:adminpass";

    @ArquillianResource
    URL base;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anUnknownCouponIsRefusedAndChangesNothing() {
        String key = cartWith("Unknown coupon " + run, "4.00");
        JsonObject before = cart(key);

        HttpResponse<String> refused = journey().post("/apply-coupon", key, "{\"code\":\"No-Such-" + run + "\"}");

        assertError(404, "cocart_coupon_not_exist", "Coupon \"no-such-" + run + "\" does not exist!", refused);
        assertEquals(comparable(before), comparable(cart(key)));
    }

    @Test
    void longSpacedAndUnicodeCodesAreUnknownCoupons() {
        String key = cartWith("Odd codes " + run, "4.00");
        JsonObject before = cart(key);
        String huge = "x".repeat(10_000);

        HttpResponse<String> tooLong = journey().post("/apply-coupon", key, "{\"code\":\"" + huge + "\"}");
        HttpResponse<String> spaced = journey().post("/apply-coupon", key, "{\"coupon\":\"summer sale\"}");
        HttpResponse<String> unicode = journey().post("/apply-coupon", key, "{\"code\":\"CAF\u00c9-\u65e5\u672c\"}");

        assertEquals(404, tooLong.statusCode(), tooLong.body());
        assertEquals("cocart_coupon_not_exist", Http.object(tooLong).getString("code"));
        assertTrue(Http.object(tooLong).getString("message").length() < 300, "the message does not echo 10 kB");
        assertError(404, "cocart_coupon_not_exist", "Coupon \"summer sale\" does not exist!", spaced);
        assertError(404, "cocart_coupon_not_exist", "Coupon \"caf\u00e9-\u65e5\u672c\" does not exist!", unicode);
        assertEquals(comparable(before), comparable(cart(key)));
    }

    @Test
    void aMissingCodeIsRequired() {
        String key = cartWith("No code " + run, "4.00");

        assertError(404, "cocart_coupon_code_required", "No coupon code provided!",
                journey().post("/apply-coupon", key, "{\"code\":\"  \"}"));
        assertError(404, "cocart_coupon_code_required", "No coupon code provided!",
                journey().post("/apply-coupon", key, "{}"));
    }

    @Test
    void removingACouponTheCartDoesNotHoldIsRefused() {
        String key = cartWith("Not held " + run, "4.00");
        String code = URLEncoder.encode("a b/\u00e9", StandardCharsets.UTF_8).replace("+", "%20");

        assertError(404, "cocart_cart_coupon_invalid_code", "Coupon does not exist in the cart.",
                journey().send("DELETE", "/coupons/" + code, key));
        assertError(404, "cocart_cart_no_coupons_applied", "No coupons are applied to the cart!",
                journey().get("/coupons", key));
    }

    @Test
    void aCouponIsAppliedListedAndRemoved() {
        String code = coupon("percent", "10", "");
        String key = cartWith("Coupon line " + run, "18.00");
        long total = total(cart(key));

        JsonObject applied = Http.object(journey().post("/apply-coupon", key, "{\"code\":\"" + code.toUpperCase()
                + "\"}"));
        HttpResponse<String> listed = journey().get("/coupons", key);

        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("coupon", code)
                .add("label", "Coupon: " + code).add("discount_type", "percent").add("saving", "-180")
                .add("saving_html", "-$1.80")).build(), applied.getJsonArray("coupons"));
        assertEquals("[\"Coupon code applied successfully.\"]",
                applied.getJsonObject("notices").getJsonArray("success").toString());
        assertEquals("180", applied.getJsonObject("totals").getString("discount_total"));
        assertEquals(total - 180, total(applied));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("coupon", code)
                .add("label", "Coupon: " + code).add("discount_type", "percent").add("value", "10")
                .add("totals", Json.createObjectBuilder().add("discount", "180").add("discount_tax", "0"))).build(),
                Http.parse(listed.body()), listed.body());

        JsonObject again = Http.object(journey().post("/apply-coupon", key, "{\"coupon\":\"" + code + "\"}"));
        assertEquals("[\"Coupon code already applied!\"]", again.getJsonObject("notices").getJsonArray("info")
                .toString());
        assertEquals(1, again.getJsonArray("coupons").size());

        JsonObject removed = Http.object(journey().send("DELETE", "/coupons/" + code, key));
        assertEquals("[]", removed.getJsonArray("coupons").toString());
        assertEquals(total, total(removed));
    }

    @Test
    void aCouponOnAnEmptyCartCannotBeAdded() {
        String code = coupon("percent", "10", "");
        String key = cartWith("Emptied " + run, "3.00");
        journey().post("/clear", key, "{}");

        assertError(404, "cocart_coupon_cannot_add", "Coupon cannot be applied to cart with no items.",
                journey().post("/apply-coupon", key, "{\"code\":\"" + code + "\"}"));
    }

    @Test
    void aWooCommerceRefusalIsFailedToApplyWithItsNumber() {
        String code = coupon("fixed_cart", "5", "\"minimum_amount\":\"100.00\"");
        String key = cartWith("Too little " + run, "3.00");
        JsonObject before = cart(key);

        HttpResponse<String> refused = journey().post("/apply-coupon", key, "{\"code\":\"" + code + "\"}");

        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject error = Http.object(refused);
        assertEquals("cocart_coupon_failed_to_apply", error.getString("code"));
        assertEquals(108, error.getJsonObject("data").getInt("wc_code"));
        assertTrue(error.getString("message").contains("$100.00"), error.getString("message"));
        assertEquals(comparable(before), comparable(cart(key)));
    }

    /**
     * A coupon that stops validating while it is in a cart (here its minimum spend is raised) is left out of the next
     * read with WooCommerce's notice 101, and the totals that read shows are those without its discount.
     */
    @Test
    void aCouponThatNoLongerValidatesIsLeftOutOfTheTotals() {
        String code = coupon("fixed_cart", "2", "");
        String key = cartWith("Lapsed coupon " + run, "10.00");
        long undiscounted = total(cart(key));
        assertEquals(200, journey().post("/apply-coupon", key, "{\"code\":\"" + code + "\"}").statusCode());
        assertEquals(undiscounted - 200, total(cart(key)));
        long id = Http.parse(admin("GET", "coupons?code=" + code, null).body()).asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(200, admin("PATCH", "coupons/" + id, "{\"minimum_amount\":\"100.00\"}").statusCode());

        JsonObject read = cart(key);

        assertEquals("[]", read.getJsonArray("coupons").toString());
        assertEquals("0", read.getJsonObject("totals").getString("discount_total"));
        assertEquals(undiscounted, total(read), "priced again without the coupon");
        assertEquals("[\"Sorry, it seems the coupon \\\"" + code + "\\\" is invalid - it has now been removed from "
                + "your order.\"]", read.getJsonObject("notices").getJsonArray("error").toString());
    }

    @Test
    void twentyParallelAppliesOfOneCodeApplyItOnce() throws Exception {
        String code = coupon("fixed_cart", "1", "");
        String key = cartWith("Parallel coupon " + run, "10.00");
        long total = total(cart(key));

        List<HttpResponse<String>> answers = Parallel.run(20,
                i -> journey().post("/apply-coupon", key, "{\"code\":\"" + code + "\"}"));

        answers.forEach(a -> assertEquals(200, a.statusCode(), a.body()));
        JsonObject cart = cart(key);
        assertEquals(1, cart.getJsonArray("coupons").size(), cart.toString());
        assertEquals(total - 100, total(cart));
    }

    @Test
    void feesAreKeptByIdAndCountedInTheTotal() {
        String key = cartWith("Fee line " + run, "18.00");
        long total = total(cart(key));

        JsonObject added = Http.object(journey().post("/add-fee", key,
                "{\"name\":\"Gift wrap\",\"amount\":\"5.00\",\"taxable\":true}"));
        JsonObject again = Http.object(journey().post("/add-fee", key, "{\"name\":\"Gift wrap\",\"amount\":5}"));
        JsonObject discount = Http.object(journey().post("/add-fee", key, "{\"name\":\"Loyal\",\"amount\":-2.5}"));

        assertEquals("{\"gift-wrap\":{\"name\":\"Gift wrap\",\"fee\":\"500\"}}", added.getJsonObject("fees")
                .toString());
        assertEquals("500", added.getJsonObject("totals").getString("fee_total"));
        assertEquals(total + 500, total(added));
        assertEquals("[\"Fee has already been added.\"]", again.getJsonObject("notices").getJsonArray("info")
                .toString());
        assertEquals(added.getJsonObject("fees"), again.getJsonObject("fees"));
        assertEquals("-250", discount.getJsonObject("fees").getJsonObject("loyal").getString("fee"));
        assertEquals(total + 250, total(discount));

        JsonObject removed = Http.object(journey().post("/remove-fees", key, "{}"));
        assertEquals("[]", removed.get("fees").toString());
        assertEquals(total, total(removed));
    }

    @Test
    void badFeesAreRefusedAndChangeNothing() {
        String key = cartWith("Bad fee " + run, "2.00");
        journey().post("/add-fee", key, "{\"name\":\"Kept\",\"amount\":\"1.00\"}");
        JsonObject before = cart(key);

        assertError(404, "cocart_fee_missing_name", "Name of fee is missing!",
                journey().post("/add-fee", key, "{\"amount\":\"1.00\"}"));
        assertError(404, "cocart_fee_missing_amount", "Fee amount is missing!",
                journey().post("/add-fee", key, "{\"name\":\"Rush\"}"));
        assertEquals(400, journey().post("/add-fee", key, "{\"name\":\"Rush\",\"amount\":\"abc\"}").statusCode());
        assertEquals(400, journey().post("/add-fee", key, "{\"name\":\"Rush\",\"amount\":\"1e99\"}").statusCode());
        assertEquals(400, journey().post("/add-fee", key, "{\"name\":\"" + "n".repeat(10_000)
                + "\",\"amount\":\"1\"}").statusCode());
        assertEquals(comparable(before), comparable(cart(key)));

        journey().post("/clear", key, "{}");
        assertError(404, "cocart_fee_cannot_add", "Fee cannot be applied to cart with no items.",
                journey().post("/add-fee", key, "{\"name\":\"Rush\",\"amount\":\"1.00\"}"));
    }

    @Test
    void unknownRatesAndPackagesAreRefusedAndChangeNothing() {
        String key = cartWith("Rates " + run, "2.00");
        JsonObject before = cart(key);

        assertError(404, "cocart_missing_rate_id", "Invalid Rate ID.",
                journey().post("/set-shipping-method", key, "{}"));
        assertError(404, "cocart_shipping_method_incorrect",
                "The shipping method is either incorrect or does not exist.",
                journey().post("/set-shipping-method", key, "{\"rate_id\":\"nope:99\",\"package_id\":0}"));
        assertError(404, "cocart_shipping_method_incorrect", "The shipping package does not exist.",
                journey().post("/set-shipping-method", key, "{\"method_key\":\"flat_rate:1\",\"package_id\":\"7\"}"));
        assertEquals(comparable(before), comparable(cart(key)));
    }

    @Test
    void theBatchRunsPlusWrites() {
        String key = cartWith("Batch fee " + run, "10.00");
        long total = total(cart(key));
        String body = "{\"requests\":[{\"path\":\"/cocart/v2/cart/add-fee\",\"body\":{\"name\":\"Rush\","
                + "\"amount\":\"2.00\"}},{\"path\":\"/cocart/v2/cart/remove-fees\"},{\"path\":"
                + "\"/cocart/v2/cart/add-fee\",\"body\":{\"name\":\"Wrap\",\"amount\":\"1.00\"}}]}";

        HttpResponse<String> answer = new Http(base).send("POST", new Http(base).at("wp-json/cocart/batch?cart_key="
                + key), "application/json", body);

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("{\"wrap\":{\"name\":\"Wrap\",\"fee\":\"100\"}}", Http.object(answer).getJsonObject("fees")
                .toString());
        assertEquals(total + 100, total(cart(key)));
    }

    @Test
    void aProductsShippingRatesAreQuotedWithoutACart() {
        long product = product("Quoted " + run, "7.00");
        Http http = new Http(base);

        HttpResponse<String> quoted = http.get(http.at("wp-json/cocart/v2/products/" + product
                + "/shipping-rates?quantity=2"));
        HttpResponse<String> withCart = http.get(http.at("wp-json/cocart/v2/products/" + product
                + "/shipping-rates?cart_key=t_" + run));

        assertEquals(200, quoted.statusCode(), quoted.body());
        JsonObject quote = Http.object(quoted);
        assertEquals(product, quote.getJsonNumber("id").longValue());
        assertEquals(0, quote.getInt("parent_id"));
        assertEquals("Quoted " + run, quote.getString("name"));
        assertEquals(false, quote.getBoolean("item_match"));
        JsonObject first = quote.getJsonObject("packages").getJsonObject("1");
        first.getJsonObject("rates").values().forEach(rate -> assertTrue(rate.asJsonObject().getString("key")
                .contains(":"), rate.toString()));
        assertEquals(403, withCart.statusCode(), withCart.body());
        assertEquals("cocart_calculate_product_shipping_rates_cart_access_denied",
                Http.object(withCart).getString("code"));
        HttpResponse<String> unknown = http.get(http.at("wp-json/cocart/v2/products/987654321/shipping-rates"));
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("cocart_invalid_product", Http.object(unknown).getString("code"));
    }

    static void assertError(int status, String code, String message, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), answer.body());
        JsonObject error = Http.object(answer);
        assertEquals(code, error.getString("code"), answer.body());
        assertEquals(message, error.getString("message"));
        assertEquals(status, error.getJsonObject("data").getInt("status"));
    }

    /** The cart's total in minor units: shipping at the store's base address may be part of it. */
    static long total(JsonObject cart) {
        return Long.parseLong(cart.getJsonObject("totals").getString("total"));
    }

    /** The cart as a read shows it, without what changes on every read. */
    static JsonObject comparable(JsonObject cart) {
        return Json.createObjectBuilder(cart).remove("notices").build();
    }

    JsonObject cart(String key) {
        return Http.object(journey().get("", key));
    }

    CartJourney journey() {
        return new CartJourney(new Http(base));
    }

    /**
     * A new cart with one unit of a new product at the price, for a customer in Portland, Oregon: a US state without
     * sales tax in the demo store, so that coupons and fees change the total by exactly their amount.
     */
    String cartWith(String name, String price) {
        String key = journey().newCartWith(Long.toString(product(name, price)), "1");
        HttpResponse<String> moved = journey().post("/update", key, "{\"namespace\":\"update-customer\","
                + "\"billing_country\":\"US\",\"billing_state\":\"OR\",\"billing_postcode\":\"97201\","
                + "\"billing_city\":\"Portland\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        return key;
    }

    long product(String name, String price) {
        HttpResponse<String> created = admin("POST", "products", Json.createObjectBuilder().add("name", name)
                .add("regular_price", price).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    /** A new coupon of this run; {@code extra} more JSON members of the request, or {@code ""}. */
    String coupon(String type, String amount, String extra) {
        String code = "c" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin("POST", "coupons", "{\"code\":\"" + code + "\",\"discount_type\":\""
                + type + "\",\"amount\":\"" + amount + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}");
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    HttpResponse<String> admin(String method, String path, String json) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8));
        return new Http(base).send(HttpRequest.newBuilder(new Http(base).at("wp-json/wc/v3/" + path))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json)));
    }
}
