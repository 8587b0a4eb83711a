package org.headlesscart.api.cocart.v2.cart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import org.headlesscart.cart.model.CartView;
import org.headlesscart.catalog.model.CurrencyView;
import org.headlesscart.catalog.model.StoreView;

/** The reference store of the captures as cart views: T-shirt 10, Hoodie variation 15, Cap 11, Album 12. */
final class CartSamples {

    static final String KEY = "d8ecc09c445b9d1f2dc2dfe6126113";
    static final StoreView STORE = new StoreView("CoCart Reference", "", Optional.of("http://127.0.0.1:8088"), "en-US",
            BigDecimal.ZERO, "UTC", new StoreView.Address("1 Test Street", "", "San Francisco", "US:CA", "94110"),
            new CurrencyView("USD", "$", "left", 2, ".", ","), "kg", "cm");
    static final CartFormat FORMAT = CartFormat.of(STORE, URI.create("http://127.0.0.1:8088/wp-json/"), true);

    private CartSamples() {
    }

    static CartView.Line tshirt(int quantity) {
        return line("d3d9446802a44259755d38e6d163e820", 10, "Basic T-Shirt", "Basic T-Shirt", 2000, quantity, 50,
                "basic-t-shirt", "simple", "TSHIRT-BASIC", List.of("30", "30", "1"),
                new BigDecimal("0.2").multiply(BigDecimal.valueOf(quantity)), Map.of());
    }

    static CartView.Line hoodie() {
        Map<String, String> variation = new LinkedHashMap<>();
        variation.put("Color", "Red");
        variation.put("Size", "Small");
        return line("ca00aa2df1eed3111726cf4191eac467", 15, "Hoodie - Red, Small", "Hoodie", 4000, 1, 10, "hoodie",
                "variation", "HOODIE-RED-S", List.of("", "", ""), null, variation);
    }

    static CartView.Line cap(int quantity) {
        return line("6512bd43d9caa6e02c990b0a82652dca", 11, "Baseball Cap", "Baseball Cap", 1500, quantity, 30,
                "baseball-cap", "simple", "CAP-01", List.of("", "", ""), null, Map.of());
    }

    static CartView.Line album() {
        return line("c20ad4d76fe97759aa27a0c99bff6710", 12, "Vinyl Album", "Vinyl Album", 2500, 1, -1, "vinyl-album",
                "simple", "ALBUM-01", List.of("30", "30", "1"), new BigDecimal("0.3"), Map.of());
    }

    private static CartView.Line line(String key, long id, String name, String title, long price, int quantity,
            int max, String slug, String type, String sku, List<String> dimensions, BigDecimal weight,
            Map<String, String> variation) {
        long subtotal = price * quantity;
        return new CartView.Line(key, id, name, title, price, BigDecimal.valueOf(quantity), 1, max, subtotal, 0,
                subtotal, 0, slug, type, sku, dimensions, weight, variation, "", Map.of(), null);
    }

    static CartView cart(String key, String hash, List<CartView.Line> items, List<CartView.Line> removed,
            Map<String, List<String>> notices) {
        BigDecimal count = BigDecimal.ZERO;
        BigDecimal weight = BigDecimal.ZERO;
        long subtotal = 0;
        for (CartView.Line line : items) {
            count = count.add(line.quantity());
            weight = line.weight() == null ? weight : weight.add(line.weight());
            subtotal += line.subtotalMinor();
        }
        CartView.Totals totals = new CartView.Totals(subtotal, 0, 0, 0, 0, 0, 0, 0, subtotal, 0);
        Instant now = Instant.ofEpochSecond(1795316160);
        return new CartView(key, now.plusSeconds(518400), now.plusSeconds(604800), customer(), items, removed,
                count, weight, subtotal > 0, false, totals, List.of(), notices, hash, 1, true, null, null, null);
    }

    static CartView.Customer customer() {
        Map<String, String> billing = new LinkedHashMap<>();
        for (String field : List.of("first_name", "last_name", "company", "country", "address_1", "address_2", "city",
                "state", "postcode", "phone", "email")) {
            billing.put("billing_" + field, field.equals("country") ? "US" : field.equals("state") ? "CA" : "");
        }
        Map<String, String> shipping = new LinkedHashMap<>();
        for (String field : List.of("first_name", "last_name", "company", "country", "address_1", "address_2", "city",
                "state", "postcode")) {
            shipping.put("shipping_" + field, field.equals("country") ? "US" : field.equals("state") ? "CA" : "");
        }
        return new CartView.Customer(billing, shipping);
    }

    static String render(Consumer<JsonGenerator> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CartJson.stream(body).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every key path in document order, array positions included: equal lists mean equal key order. */
    static List<String> keyPaths(JsonValue value) {
        List<String> paths = new ArrayList<>();
        collect("", value, paths);
        return paths;
    }

    private static void collect(String at, JsonValue value, List<String> paths) {
        if (value instanceof JsonObject object) {
            object.forEach((key, inner) -> {
                paths.add(at + "/" + key);
                collect(at + "/" + key, inner, paths);
            });
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                collect(at + "[" + i + "]", array.get(i), paths);
            }
        }
    }
}
