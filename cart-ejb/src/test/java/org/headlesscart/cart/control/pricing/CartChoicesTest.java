package org.headlesscart.cart.control.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.headlesscart.cart.entity.Cart;
import org.headlesscart.pricing.model.CartInput;
import org.junit.jupiter.api.Test;

/** A cart's coupons, fees and chosen rates survive the trip through its JSON columns. */
class CartChoicesTest {

    private final Cart cart = new Cart("t_choices", Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);

    @Test
    void choicesAreKeptInOrderAndReadBack() {
        CartChoices choices = CartChoices.of(cart);
        choices.coupons().addAll(List.of("save10", "caf\u00e9 5"));
        choices.fees().add(new CartInput.Fee("gift-wrap", "Gift wrap", 500, true, ""));
        choices.fees().add(new CartInput.Fee("loyal", "Loyal", -250, false, "reduced-rate"));
        choices.chosenRates().put(0, "flat_rate:1");
        choices.storeIn(cart);

        CartChoices read = CartChoices.of(cart);
        assertEquals(List.of("save10", "caf\u00e9 5"), read.coupons());
        assertEquals(choices.fees(), read.fees());
        assertEquals(Map.of(0, "flat_rate:1"), read.chosenRates());
    }

    @Test
    void nothingChosenIsNull() {
        CartChoices.of(cart).storeIn(cart);
        assertNull(cart.getCouponsJson());
        assertNull(cart.getFeesJson());
        assertNull(cart.getChosenRatesJson());
    }
}
