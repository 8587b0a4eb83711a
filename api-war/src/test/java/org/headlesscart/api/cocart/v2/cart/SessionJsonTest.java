package org.headlesscart.api.cocart.v2.cart;

import static org.headlesscart.api.cocart.v2.cart.CartSamples.FORMAT;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.KEY;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.cap;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.cart;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.render;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.tshirt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.headlesscart.api.Captures;
import org.headlesscart.cart.model.CartView;
import org.junit.jupiter.api.Test;

/** A cart in session as the sessions admin shows it (contract §11.3). */
class SessionJsonTest {

    final CartJson json = new CartJson(FORMAT);

    JsonObject session(CartView view) {
        return Captures.parse(render(g -> json.session(g, view)));
    }

    @Test
    void theSessionObjectHasCoCartsKeysInOrder() {
        JsonObject session = session(cart(KEY, "h", List.of(tshirt(2)), List.of(), Map.of()));

        assertEquals(List.of("cart_key", "customer", "items", "item_count", "items_weight", "coupons", "fees",
                "totals", "needs_payment", "removed_items"), List.copyOf(session.keySet()));
        assertEquals(KEY, session.getString("cart_key"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, session.get("removed_items"), "PHP's empty array");
    }

    @Test
    void allFourItemTotalsAreMinorUnitStrings() {
        JsonObject session = session(cart(KEY, "h", List.of(tshirt(2), cap(1)), List.of(), Map.of()));

        JsonObject items = session.getJsonObject("items");
        assertEquals(2, items.size());
        JsonObject totals = items.getJsonObject(items.keySet().iterator().next()).getJsonObject("totals");
        for (String name : List.of("subtotal", "subtotal_tax", "total", "tax")) {
            assertEquals(JsonValue.ValueType.STRING, totals.get(name).getValueType(), name);
        }
        assertEquals("4000", totals.getString("total"));
        assertEquals("0", totals.getString("tax"));
        assertEquals("5500", session.getJsonObject("totals").getString("total"), "2 × 20.00 + 15.00");
    }

    @Test
    void theLinesAloneAreTheSameMapAsInTheSession() {
        CartView view = cart(KEY, "h", List.of(tshirt(2)), List.of(), Map.of());

        JsonObject items = Captures.parse(render(g -> json.itemMap(g, null, view.items(), false)));

        assertEquals(session(view).getJsonObject("items"), items);
        assertEquals("[]", render(g -> json.itemMap(g, null, List.of(), false)));
    }

    @Test
    void removedLinesAreKeyedByItemKeyToo() {
        CartView.Line removed = cap(1);
        JsonObject session = session(cart(KEY, "h", List.of(tshirt(1)), List.of(removed), Map.of()));

        assertEquals(List.of(removed.itemKey()), List.copyOf(session.getJsonObject("removed_items").keySet()));
    }
}
