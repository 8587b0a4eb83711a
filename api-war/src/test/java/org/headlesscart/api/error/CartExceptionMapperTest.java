package org.headlesscart.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.cart.boundary.CartFailure;
import org.junit.jupiter.api.Test;

/** Every cart failure reason on the wire, in the envelope (contract §10). */
class CartExceptionMapperTest {

    final Jsonb jsonb = JsonbBuilder.create(JsonbConfiguration.config());

    @Test
    void everyReasonHasTheCodeAndStatusItDeclares() {
        for (CartFailure failure : CartFailure.values()) {
            Response response = CartExceptionMapper.response(failure, "message", Map.of());
            JsonObject body = Captures.parse(jsonb.toJson(response.getEntity()));

            assertEquals(failure.status(), response.getStatus(), failure.name());
            assertEquals(failure.code(), body.getString("code"), failure.name());
            assertEquals(failure.status(), body.getJsonObject("data").getInt("status"), failure.name());
        }
    }

    @Test
    void invalidParametersListThemAndOthersDoNot() {
        JsonObject invalid = body(CartExceptionMapper.response(CartFailure.INVALID_CART_KEY, "Invalid parameter(s): cart_key",
                Map.of("cart_key", "cart_key must match [a-z0-9_-]{1,42}.")));
        JsonObject busy = body(CartExceptionMapper.response(CartFailure.CART_BUSY, CartExceptionMapper.BUSY, Map.of()));

        assertEquals("{\"status\":400,\"params\":{\"cart_key\":\"cart_key must match [a-z0-9_-]{1,42}.\"}}",
                invalid.getJsonObject("data").toString());
        assertEquals(409, busy.getJsonObject("data").getInt("status"));
        assertFalse(busy.getJsonObject("data").containsKey("params"));
    }

    @Test
    void aRefusalFoundByTheRestLayerCarriesItsResponse() {
        var refusal = CartExceptionMapper.refusal(CartFailure.NO_ITEMS_IN_CART, "No items in the cart.");

        assertEquals(404, refusal.getResponse().getStatus());
        assertTrue(refusal.getResponse().hasEntity(), "JAX-RS sends it as it is, no mapper in between");
        assertEquals("cocart_no_items_in_cart", body(refusal.getResponse()).getString("code"));
    }

    private JsonObject body(Response response) {
        return Captures.parse(jsonb.toJson(response.getEntity()));
    }
}
