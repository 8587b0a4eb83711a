package org.headlesscart.it;

import static org.headlesscart.it.CartJourney.comparable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.headlesscart.api.Captures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cart routes against the demo catalog, which holds the captures' reference products: the guest journey of
 * captures 20–38 answered field for field as CoCart 4.3.6 answered it (bar the cart key, the hash, the image host
 * and the upstream bugs the contract's decisions fix), then the error captures 50–63.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class CartContract {

    static final String HOODIE_RED_SMALL = "{\"id\":\"14\",\"quantity\":\"1\",\"variation\":"
            + "{\"attribute_pa_color\":\"red\",\"attribute_pa_size\":\"small\"}}";
    static final String TSHIRT = "d3d9446802a44259755d38e6d163e820";
    static final String CAP = "6512bd43d9caa6e02c990b0a82652dca";

    @ArquillianResource
    URL base;

    CartJourney cart() {
        return new CartJourney(new Http(base));
    }

    @Test
    void theGuestJourneyOfTheCapturesIsAnsweredFieldForField() {
        CartJourney cart = cart();
        HttpResponse<String> first = cart.post("/add-item", null, "{\"id\": \"10\", \"quantity\": \"2\"}");
        assertEquals(200, first.statusCode(), first.body());
        String key = Http.object(first).getString("cart_key");
        assertTrue(key.matches("t_[0-9a-f]{30}"), key);
        assertEquals(key, first.headers().firstValue("CoCart-API-Cart-Key").orElseThrow());
        assertEquals(key, first.headers().firstValue("Cart-Key").orElseThrow());
        expect("20-cart-add-item-new-guest", first);

        expect("21-cart-add-item-variation", cart.post("/add-item", key, HOODIE_RED_SMALL));
        expect("22-cart-add-item-third", cart.post("/add-item", key, "{\"id\": \"11\", \"quantity\": \"1\"}"));
        expect("23-cart-get", cart.get("", key));
        HttpResponse<String> byHeader = new Http(base).send(HttpRequest.newBuilder(cart.cart("", null))
                .header("CoCart-API-Cart-Key", key).GET());
        expect("24-cart-get-header-key", byHeader);
        HttpResponse<String> items = cart.get("/items", key);
        assertEquals(Captures.object("25-cart-items").keySet().stream().toList(),
                Http.object(items).keySet().stream().toList(), "items keyed by item key, in cart order");
        assertEquals(comparableItem(Captures.object("26-cart-item-get")),
                comparableItem(Http.object(cart.get("/item/" + TSHIRT, key))));
        expect("27-cart-item-update", cart.post("/item/" + TSHIRT, key, "{\"quantity\": \"3\"}"));
        expect("28-cart-item-remove", cart.send("DELETE", "/item/" + CAP, key));
        expect("29-cart-item-restore", cart.send("PUT", "/item/" + CAP, key));
        assertEquals("5", cart.get("/items/count", key).body(), "capture 32: a bare number");
        expect("33-cart-calculate", cart.post("/calculate", key, "{}"));
        expect("33b-cart-add-item-by-sku", cart.post("/add-item", key, "{\"id\": \"ALBUM-01\", \"quantity\": \"1\"}"));

        JsonObject grouped = Http.object(cart.post("/add-items", key, "{\"id\": \"19\", \"quantity\": "
                + "{\"10\": \"1\", \"11\": \"1\"}}"));
        assertEquals(Captures.shape(Captures.object("34-cart-add-items-grouped")), Captures.shape(grouped));
        assertEquals(Captures.object("34-cart-add-items-grouped").get("notices"), grouped.get("notices"));
        assertEquals(List.of(4, 1, 2, 1), quantities(grouped),
                "each child once more (upstream 4.3.6 added the cap twice, contract §13.4)");

        JsonObject totals = Http.object(cart.get("/totals", key));
        assertEquals("175.00", totals.getString("total"), "decision 1: the totals of a non-empty cart, major units");
        assertEquals("$175.00", Http.object(cart.get("/totals?html=true", key)).getString("total"));
        assertEquals("", Http.object(cart.get("?thumb=false", key)).getJsonArray("items").getJsonObject(0)
                .getString("featured_image"), "thumb=false");
        HttpResponse<String> fields = cart.get("?fields=cart_key,items,totals", key);
        assertEquals(List.of("cart_key", "items", "totals"), Http.object(fields).keySet().stream().toList());
        expect("36-cart-clear", cart.post("/clear", key, "{}"));
        expect("37-cart-get-after-clear", cart.get("", key));
    }

    @Test
    void aCartWithoutKeyIsEmptyUnderAFreshKeyEveryTime() {
        HttpResponse<String> one = cart().get("", null);
        HttpResponse<String> two = cart().get("", null);
        expect("38-cart-get-no-key", one);
        assertNotEquals(Http.object(one).getString("cart_key"), Http.object(two).getString("cart_key"));
        long now = Instant.now().getEpochSecond();
        long expiring = Long.parseLong(one.headers().firstValue("CoCart-API-Cart-Expiring").orElseThrow());
        long expiration = Long.parseLong(one.headers().firstValue("CoCart-API-Cart-Expiration").orElseThrow());
        assertTrue(Math.abs(expiring - (now + 86_400)) < 60, "guests start expiring after a day: " + expiring);
        assertTrue(Math.abs(expiration - (now + 172_800)) < 60, "guests expire after two days: " + expiration);
        assertTrue(one.headers().firstValue("CoCart-Timestamp").isPresent());
        assertEquals("no-store, no-cache, must-revalidate", one.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void theErrorCapturesAreAnsweredAsCoCartAnswersThem() {
        CartJourney cart = cart();
        expectError("50-error-add-unknown-product", cart.post("/add-item", null, "{\"id\": \"99999\", \"quantity\": \"1\"}"));
        expectError("51-error-add-out-of-stock", cart.post("/add-item", null, "{\"id\": \"13\", \"quantity\": \"1\"}"));
        expectError("52-error-add-exceeds-stock", cart.post("/add-item", null, "{\"id\": \"10\", \"quantity\": \"999\"}"));
        expectError("53-error-add-variable-no-attrs", cart.post("/add-item", null, "{\"id\": \"14\", \"quantity\": \"1\"}"));
        expectError("54-error-add-missing-id", cart.post("/add-item", null, "{\"quantity\": \"1\"}"));
        expectError("55-error-add-zero-qty", cart.post("/add-item", null, "{\"id\": \"10\", \"quantity\": \"0\"}"));
        expectError("58-error-item-unknown-key", cart.post("/item/0123456789abcdef0123456789abcdef",
                "doesnotexist0000000000000000000", "{\"quantity\": \"2\"}"));
        expectError("59-error-remove-unknown-item", cart.send("DELETE", "/item/0123456789abcdef0123456789abcdef", null));
        expectError("62-error-update-cart-no-namespace", cart.post("/update", null, "{}"));
        expectError("63-error-add-grouped-as-item", cart.post("/add-item", null, "{\"id\": \"19\", \"quantity\": \"1\"}"));
    }

    @Test
    void aRefusedWriteStoresNothingAndKeepsWhatWasThere() {
        CartJourney cart = cart();
        String key = cart.newCartWith("10", "2");
        HttpResponse<String> tooMany = cart.post("/add-item", key, CartJourney.addBody("10", "49"));
        HttpResponse<String> numeric = cart.post("/add-item", key, "{\"id\": \"10\", \"quantity\": 2}");
        HttpResponse<String> badKey = cart.get("", "Not%20A%20Key%21");
        JsonObject after = Http.object(cart.get("", key));

        assertEquals(404, tooMany.statusCode(), tooMany.body());
        assertEquals("cocart_not_enough_stock_remaining", Http.object(tooMany).getString("code"));
        assertEquals(key, tooMany.headers().firstValue("CoCart-API-Cart-Key").orElse(""), "decision 4");
        assertEquals(400, numeric.statusCode(), "a string parameter given as a JSON number (contract §1.1)");
        assertEquals("rest_invalid_param", Http.object(numeric).getString("code"));
        assertEquals(400, badKey.statusCode());
        assertEquals("rest_invalid_param", Http.object(badKey).getString("code"));
        assertEquals(List.of(2), quantities(after));
    }

    @Test
    void variationsAreFoundByIdOrByAttributesAndAnyOtherValueIsRefused() {
        CartJourney cart = cart();
        String key = cart.newCartWith("15", "1");
        JsonObject byAttributes = Http.object(cart.post("/add-item", key, HOODIE_RED_SMALL));
        HttpResponse<String> wrong = cart.post("/add-item", key, "{\"id\":\"15\",\"variation\":"
                + "{\"attribute_pa_color\":\"blue\"}}");
        HttpResponse<String> unknown = cart.post("/add-item", key, "{\"id\":\"14\",\"variation\":"
                + "{\"attribute_pa_color\":\"green\",\"attribute_pa_size\":\"small\"}}");

        assertEquals(1, byAttributes.getJsonArray("items").size(), "the same variation, the same line");
        JsonObject line = byAttributes.getJsonArray("items").getJsonObject(0);
        assertEquals("ca00aa2df1eed3111726cf4191eac467", line.getString("item_key"), "contract §13.1");
        assertEquals(2, line.getJsonObject("quantity").getInt("value"));
        assertEquals("Hoodie - Red, Small", line.getString("name"));
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals("cocart_invalid_variation_data", Http.object(wrong).getString("code"));
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("cocart_no_variation_found", Http.object(unknown).getString("code"));
    }

    @Test
    void itemDataMakesItsOwnLineAndReturnItemAnswersWithTheLine() {
        CartJourney cart = cart();
        String key = cart.newCartWith("12", "1");
        HttpResponse<String> engraved = cart.post("/add-item", key, "{\"id\":\"12\",\"quantity\":\"1\","
                + "\"item_data\":{\"engraving\":\"Ada\"},\"return_item\":true,\"email\":\"ada@example.com\"}");
        JsonObject item = Http.object(engraved);
        JsonObject shown = Http.object(cart.get("", key));

        assertEquals(200, engraved.statusCode(), engraved.body());
        assertEquals("Ada", item.getJsonObject("cart_item_data").getString("engraving"));
        assertEquals(2, shown.getJsonArray("items").size());
        assertNotEquals(shown.getJsonArray("items").getJsonObject(0).getString("item_key"), item.getString("item_key"));
        assertEquals("ada@example.com", shown.getJsonObject("customer").getJsonObject("billing_address")
                .getString("billing_email"), "contract §11.6");
    }

    @Test
    void updateCustomerValidatesAddressesAndKeepsTheValidFields() {
        CartJourney cart = cart();
        String key = cart.newCartWith("12", "1");
        JsonObject updated = Http.object(cart.post("/update", key, "{\"namespace\":\"update-customer\","
                + "\"first_name\":\"Jane\",\"country\":\"GB\",\"postcode\":\"sw1a1aa\",\"s_country\":\"XX\","
                + "\"email\":\"not-an-email\"}"));
        JsonObject billing = updated.getJsonObject("customer").getJsonObject("billing_address");

        assertEquals("Jane", billing.getString("billing_first_name"));
        assertEquals("GB", billing.getString("billing_country"));
        assertEquals("SW1A 1AA", billing.getString("billing_postcode"), "formatted as WooCommerce formats it");
        assertEquals("", billing.getString("billing_email"));
        assertTrue(updated.getJsonObject("notices").getJsonArray("error").toString().contains("'XX' is not a valid"),
                updated.getJsonObject("notices").toString());
        assertEquals("US", updated.getJsonObject("customer").getJsonObject("shipping_address")
                .getString("shipping_country"), "the invalid shipping country was not stored");
    }

    @Test
    void aNoticeIsShownOnceAndAReadNeverConsumesOrChangesAnything() {
        CartJourney cart = cart();
        String key = cart.newCartWith("10", "1");
        HttpResponse<String> first = cart.get("", key);
        HttpResponse<String> second = cart.get("", key);

        assertEquals("[]", Http.object(first).get("notices").toString(), "the add's notice went with the add");
        assertEquals(first.body(), second.body(), "a read changes nothing a later read could see");
        assertEquals(first.headers().firstValue("CoCart-API-Cart-Key"), second.headers().firstValue("Cart-Key"));
    }

    static List<Integer> quantities(JsonObject cart) {
        return cart.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonObject("quantity").getInt("value")).toList();
    }

    static JsonObject comparableItem(JsonObject item) {
        return CartJourney.comparableItem(item);
    }

    static void expect(String capture, HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), capture + ": " + response.body());
        JsonObject expected = Captures.object(capture);
        JsonObject actual = Http.object(response);
        assertEquals(Captures.shape(expected), Captures.shape(actual), capture + ": the shape");
        assertEquals(comparable(expected).toString(), comparable(actual).toString(), capture + ": the values");
    }

    static void expectError(String capture, HttpResponse<String> response) {
        JsonObject expected = Captures.object(capture);
        assertEquals(expected.getJsonObject("data").getInt("status"), response.statusCode(), capture);
        assertEquals(expected, Http.object(response), capture);
        assertFalse(response.body().contains("Exception"), capture);
    }
}
