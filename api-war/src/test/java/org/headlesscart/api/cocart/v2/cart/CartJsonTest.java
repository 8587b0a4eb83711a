package org.headlesscart.api.cocart.v2.cart;

import static org.headlesscart.api.cocart.v2.cart.CartSamples.FORMAT;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.KEY;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.cap;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.album;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.cart;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.hoodie;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.keyPaths;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.render;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.tshirt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.headlesscart.api.Captures;
import org.headlesscart.cart.model.CartView;
import org.junit.jupiter.api.Test;

/** The cart object, items and item map against the captures, values and key order alike (contract §3). */
class CartJsonTest {

    final CartJson json = new CartJson(FORMAT);

    @Test
    void aSimpleAndAVariationAreCapture21() {
        CartView view = cart(KEY, "d52e36cd94d31000b7230e337103195d", List.of(tshirt(2), hoodie()), List.of(),
                Map.of("success", List.of("\u201cHoodie\u201d has been added to your cart.")));

        assertCapture("21-cart-add-item-variation", render(g -> json.cart(g, view, CartFields.EVERYTHING)));
    }

    @Test
    void threeLinesAreCapture22() {
        CartView view = cart(KEY, "38a38f1b51882798083d0112c57b26ee", List.of(tshirt(2), hoodie(), cap(1)), List.of(),
                Map.of("success", List.of("\u201cBaseball Cap\u201d has been added to your cart.")));

        assertCapture("22-cart-add-item-third", render(g -> json.cart(g, view, CartFields.EVERYTHING)));
    }

    @Test
    void noNoticesAreAnEmptyArrayAsInCapture23() {
        CartView view = cart(KEY, "38a38f1b51882798083d0112c57b26ee", List.of(tshirt(2), hoodie(), cap(1)), List.of(),
                Map.of());

        assertCapture("23-cart-get", render(g -> json.cart(g, view, CartFields.EVERYTHING)));
    }

    @Test
    void itemsAreKeyedByItemKeyAsInCapture25() {
        String body = render(g -> {
            g.writeStartObject();
            for (CartView.Line line : List.of(tshirt(2), hoodie(), cap(1))) {
                g.writeStartObject(line.itemKey());
                json.item(g, line, false);
                g.writeEnd();
            }
            g.writeEnd();
        });

        assertCapture("25-cart-items", body);
    }

    @Test
    void oneItemIsCapture26() {
        assertCapture("26-cart-item-get", render(g -> {
            g.writeStartObject();
            json.item(g, tshirt(2), false);
            g.writeEnd();
        }));
    }

    @Test
    void removedItemsShowABareQuantityAsInCapture28() {
        CartView view = cart(KEY, "ad781c2e2c395ba24214128d0c1e919d", List.of(tshirt(3), hoodie()), List.of(cap(1)),
                Map.of("success", List.of("\"Baseball Cap\" has been removed from cart.")));

        assertCapture("28-cart-item-remove", render(g -> json.cart(g, view, CartFields.EVERYTHING)));
    }

    @Test
    void fieldsChooseTopLevelFieldsInTheOrderGivenAsInCapture35() {
        CartView view = cart(KEY, "x", List.of(tshirt(4), hoodie(), cap(3), album()), List.of(), Map.of());

        assertCapture("35-cart-get-fields",
                render(g -> json.cart(g, view, CartFields.parse("cart_key,items,totals"))));
    }

    @Test
    void aClearedCartIsCapture36() {
        CartView view = cart(KEY, null, List.of(), List.of(), Map.of("notice", List.of("Cart is cleared.")));

        assertCapture("36-cart-clear", render(g -> json.cart(g, view, CartFields.EVERYTHING)));
    }

    @Test
    void anEmptyCartUnderANewKeyIsCapture38() {
        CartView view = cart("7f941f7d97c7062c162e5a9d30b140", null, List.of(), List.of(), Map.of());

        assertCapture("38-cart-get-no-key", render(g -> json.cart(g, view, CartFields.EVERYTHING)));
    }

    @Test
    void subSelectionsKeepTheirPartsAndAnEmptyCartHashIsBlankWhenAskedFor() {
        CartView view = cart(KEY, null, List.of(), List.of(), Map.of());

        JsonObject body = Captures.parse(render(g -> json.cart(g, view,
                CartFields.parse("totals:subtotal-total,customer:shipping_address,cart_hash,nonsense"))));

        assertEquals(List.of("/totals", "/totals/subtotal", "/totals/total", "/customer", "/customer/shipping_address"),
                keyPaths(body).subList(0, 5), "R-FIELDS: order given, parts chosen");
        assertEquals("", body.getString("cart_hash"), "R-FIELDS: empty cart, cart_hash asked for");
    }

    @Test
    void fractionalAmountsAndQuantitiesAreNumbersWithoutZeroFractions() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("gift", "yes");
        data.put("nyp", new BigDecimal("24.00"));
        data.put("tags", List.of("a", true));
        CartView.Line half = new CartView.Line("k", 1, "N", "N", 2025, new BigDecimal("1.50"), 1, -1, 3038, 0, 4050,
                350, "n", "simple", "", List.of("", "", ""), new BigDecimal("0.750"), Map.of(), "",
                data, "http://img/x.png");

        JsonObject item = Captures.parse(render(g -> {
            g.writeStartObject();
            json.item(g, half, false);
            g.writeEnd();
        }));

        assertEquals("{\"subtotal\":\"3038\",\"subtotal_tax\":0,\"total\":40.5,\"tax\":3.5}",
                item.getJsonObject("totals").toString());
        assertEquals("1.5", item.getJsonObject("quantity").get("value").toString());
        assertEquals("0.75", item.getJsonObject("meta").getString("weight"));
        assertEquals("{\"gift\":\"yes\",\"nyp\":24,\"tags\":[\"a\",true]}", item.getJsonObject("cart_item_data").toString());
        assertEquals("http://img/x.png", item.getString("featured_image"));
    }

    @Test
    void noThumbIsAnEmptyImage() {
        CartJson noThumb = new CartJson(new CartFormat(FORMAT.currency(), "cm", FORMAT.placeholder(), false));

        JsonObject item = Captures.parse(render(g -> {
            g.writeStartObject();
            noThumb.item(g, tshirt(1), false);
            g.writeEnd();
        }));

        assertEquals("", item.getString("featured_image"));
    }

    @Test
    void crossSellRatingsAreWordedAsWooCommerceWordsThem() {
        assertEquals("Rated 4.50 out of 5", CartJson.rating(new BigDecimal("4.5")));
        assertEquals("", CartJson.rating(null));
        assertEquals("", CartJson.rating(BigDecimal.ZERO));
    }

    private static void assertCapture(String capture, String body) {
        JsonObject expected = Captures.object(capture);
        JsonObject actual = Captures.parse(body);
        assertEquals(expected, actual, "R-CART: values of " + capture);
        assertEquals(keyPaths(expected), keyPaths(actual), "R-CART: key order of " + capture);
    }
}
