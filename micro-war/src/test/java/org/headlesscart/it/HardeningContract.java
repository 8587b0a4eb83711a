package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a hostile or merely unusual client sends (issue 15): everyday flows that once answered 409 for ever,
 * numbers that burned the CPU, client mistakes that answered 500 or the container's HTML. Each answer is the right
 * status in the CoCart envelope, and nothing already stored changes. Demo catalog: 10 T-shirt (stock 50),
 * 12 album (stock not managed).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class HardeningContract {

    static final String ALBUM = "c20ad4d76fe97759aa27a0c99bff6710";      // md5("12")
    static final String TEE = "d3d9446802a44259755d38e6d163e820";        // md5("10")

    @ArquillianResource
    URL base;

    CartJourney cart() {
        return new CartJourney(new Http(base));
    }

    Http http() {
        return new Http(base);
    }

    @Test
    void aRemovedProductIsAddedAgainAsAFreshLineAtTheEnd() {
        CartJourney cart = cart();
        String key = cart.newCartWith("12", "1");
        assertEquals(200, cart.post("/add-item", key, CartJourney.addBody("10", "1")).statusCode());
        assertEquals(200, cart.send("DELETE", "/item/" + ALBUM, key).statusCode());

        HttpResponse<String> again = cart.post("/add-item", key, CartJourney.addBody("12", "3"));

        assertEquals(200, again.statusCode(), "WooCommerce adds it as a fresh line: " + again.body());
        JsonObject shown = Http.object(cart.get("", key));
        assertEquals(List.of(TEE, ALBUM), itemKeys(shown), "the album comes back at the end");
        assertEquals(3, shown.getJsonArray("items").getJsonObject(1).getJsonObject("quantity").getInt("value"),
                "with the quantity just added, not the removed one's");
        assertEquals("[]", shown.get("removed_items").toString(), "and is no longer in removed_items");
        HttpResponse<String> restore = cart.send("PUT", "/item/" + ALBUM, key);
        assertEquals("cocart_item_restored_to_cart", Http.object(restore).getString("code"), restore.body());
    }

    @Test
    void aCartClearedAndFilledAgainInOneBatchKeepsItsLines() {
        CartJourney cart = cart();
        String key = cart.newCartWith("12", "2");
        String batch = Json.createObjectBuilder().add("requests", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("method", "POST").add("path", "/cocart/v2/cart/clear"))
                .add(Json.createObjectBuilder().add("method", "POST").add("path", "/cocart/v2/cart/add-item")
                        .add("body", Json.createObjectBuilder().add("id", "12").add("quantity", "5"))))
                .build().toString();

        HttpResponse<String> answer = http().send("POST", http().at("wp-json/cocart/batch?cart_key=" + key),
                "application/json", batch);

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject shown = Http.object(cart.get("", key));
        assertEquals(List.of(ALBUM), itemKeys(shown));
        assertEquals(5, shown.getJsonArray("items").getJsonObject(0).getJsonObject("quantity").getInt("value"));
    }

    static List<String> itemKeys(JsonObject cart) {
        return cart.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("item_key"))
                .toList();
    }

    static void assertEnvelope(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON, not the container's page: " + response.headers().map());
        JsonObject error = Http.object(response);
        assertEquals(code, error.getString("code"), response.body());
        assertEquals(status, error.getJsonObject("data").getInt("status"));
    }
}
