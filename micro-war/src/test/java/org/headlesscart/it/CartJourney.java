package org.headlesscart.it;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** A storefront's calls to the cart routes, and the captures' bodies made comparable with ours. */
final class CartJourney {

    static final String CART = "wp-json/cocart/v2/cart";

    private final Http http;

    CartJourney(Http http) {
        this.http = http;
    }

    URI cart(String path, String key) {
        String query = key == null ? "" : (path.contains("?") ? "&" : "?") + "cart_key=" + key;
        return http.at(CART + path + query);
    }

    HttpResponse<String> post(String path, String key, String json) {
        return http.send("POST", cart(path, key), "application/json", json);
    }

    HttpResponse<String> get(String path, String key) {
        return http.get(cart(path, key));
    }

    HttpResponse<String> send(String method, String path, String key) {
        return http.send(HttpRequest.newBuilder(cart(path, key)).method(method, BodyPublishers.noBody()));
    }

    /** A new guest cart with one line of a product; its key. */
    String newCartWith(String productId, String quantity) {
        HttpResponse<String> added = post("/add-item", null, addBody(productId, quantity));
        if (added.statusCode() != 200) {
            throw new AssertionError("add-item failed: " + added.body());
        }
        return Http.object(added).getString("cart_key");
    }

    static String addBody(String id, String quantity) {
        return Json.createObjectBuilder().add("id", id).add("quantity", quantity).build().toString();
    }

    /**
     * A cart body with what legitimately differs between two stores blanked: the cart key and hash (random per
     * cart), and the host of image URLs (the capture store ran at 127.0.0.1:8088).
     */
    static JsonObject comparable(JsonObject cart) {
        JsonObjectBuilder copy = Json.createObjectBuilder();
        cart.forEach((name, value) -> {
            switch (name) {
                case "cart_key", "cart_hash" -> copy.add(name, value.getValueType() == JsonValue.ValueType.STRING
                        && cart.getString(name).startsWith("No items") ? value : Json.createValue("*"));
                case "items", "removed_items" -> copy.add(name, value.getValueType() == JsonValue.ValueType.ARRAY
                        ? items(value.asJsonArray()) : value);
                default -> copy.add(name, value);
            }
        });
        return copy.build();
    }

    static JsonObject comparableItem(JsonObject item) {
        JsonObjectBuilder copy = Json.createObjectBuilder(item);
        String image = item.getString("featured_image", "");
        copy.add("featured_image", image.isEmpty() ? "" : "*");   // the demo products have their own images
        return copy.build();
    }

    private static JsonArray items(JsonArray items) {
        var copy = Json.createArrayBuilder();
        items.getValuesAs(JsonObject.class).forEach(i -> copy.add(comparableItem(i)));
        return copy.build();
    }
}
