package org.headlesscart.api.cocart.v2.cart;

import static org.headlesscart.api.cocart.v2.cart.CartSamples.FORMAT;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.KEY;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.cart;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.CartHeaders;
import org.headlesscart.cart.model.CartView;
import org.junit.jupiter.api.Test;

/** {@code POST /cart}'s answer: CoCart 4.4's {@code {message, cart_key}}, with the new cart's headers recorded. */
class CartCreatedTest {

    @Test
    void theAnswerIsTheMessageAndTheKeyAndTheHeadersAreTheNewCarts() throws IOException {
        CartHeaders headers = new CartHeaders();
        CartView created = cart(KEY, null, List.of(), List.of(), Map.of());

        Response answer = CartResponses.of(FORMAT, null, headers).created(created, CartResource.CREATED);

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ((StreamingOutput) answer.getEntity()).write(body);
        JsonObject json = Captures.parse(body.toString(StandardCharsets.UTF_8));
        assertEquals(200, answer.getStatus());
        assertEquals(List.of("message", "cart_key"), List.copyOf(json.keySet()));
        assertEquals(KEY, json.getString("cart_key"));
        assertEquals(CartResource.CREATED, json.getString("message"));
        assertEquals(KEY, headers.key(), "the cart key headers name the new cart");
    }
}
