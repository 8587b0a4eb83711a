package org.headlesscart.api.cocart.v2.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.headlesscart.api.error.CoCartError;
import org.headlesscart.api.http.ResponseFields;
import org.junit.jupiter.api.Test;

/** A sub-request's answer as WordPress envelopes it, and a CoCart batch's refusal naming its request. */
class BatchAnswersTest {

    private final BatchAnswers answers = new BatchAnswers(null);
    private final BatchRequest.Sub sub = new BatchRequest.Sub("DELETE", "/cocart/v2/cart/item/abc?x=1",
            "/cocart/v2/cart/item/abc", "x=1", Map.of(), Map.of());

    @Test
    void anEnvelopeHasTheBodyAsJsonTheStatusAndTheHeadersButTheContentType() {
        StreamingOutput body = out -> out.write("{\"cart_key\":\"k\",\"items\":[]}".getBytes(StandardCharsets.UTF_8));
        Response response = Response.ok(body, "application/json; charset=UTF-8").header("X-One", "1").build();
        MultivaluedMap<String, Object> cartHeaders = new MultivaluedHashMap<>();
        cartHeaders.putSingle("CoCart-API-Cart-Key", "k");

        JsonObject envelope = answers.envelope(response, cartHeaders);

        assertEquals(Json.createObjectBuilder().add("body", Json.createObjectBuilder().add("cart_key", "k")
                .add("items", Json.createArrayBuilder())).add("status", 200).add("headers", Json.createObjectBuilder()
                .add("X-One", "1").add("CoCart-API-Cart-Key", "k")).build(), envelope);
    }

    @Test
    void aSubRequestsOwnFieldsFilterItsSuccessButNeverItsError() {
        StreamingOutput cart = out -> out.write("{\"cart_key\":\"k\",\"items\":[]}".getBytes(StandardCharsets.UTF_8));
        ResponseFields fields = ResponseFields.parse(List.of("cart_key"));

        JsonObject ok = answers.envelope(Response.ok(cart).build(), new MultivaluedHashMap<>(), fields);
        StreamingOutput error = out -> out.write("{\"code\":\"cocart_item_not_in_cart\",\"message\":\"m\",\"data\":{}}"
                .getBytes(StandardCharsets.UTF_8));
        JsonObject refused = answers.envelope(Response.status(404).entity(error).build(), new MultivaluedHashMap<>(),
                fields);

        assertEquals("{\"cart_key\":\"k\"}", ok.getJsonObject("body").toString());
        assertEquals(3, refused.getJsonObject("body").size(), "code, message, data");
    }

    @Test
    void aBareStringBodyStaysAString() {
        StreamingOutput body = out -> out.write("\"\\\"Cap\\\" has been removed from cart.\"".getBytes(StandardCharsets.UTF_8));
        JsonObject envelope = answers.envelope(Response.ok(body).build(), new MultivaluedHashMap<>());
        assertEquals("\"Cap\" has been removed from cart.", envelope.getString("body"));
    }

    @Test
    void aRefusalOfTheCoCartBatchKeepsItsStatusCodeAndDataAndNamesTheRequest() {
        Response refusal = CoCartError.response(400, "rest_invalid_param", "Invalid parameter(s): quantity",
                Map.of("params", Map.of("quantity", "quantity is not of type string.")));

        Response failed = answers.failed(12, sub, refusal);

        assertEquals(400, failed.getStatus());
        CoCartError error = (CoCartError) failed.getEntity();
        assertEquals("rest_invalid_param", error.code());
        assertEquals(Map.of("status", 400, "params", Map.of("quantity", "quantity is not of type string."),
                "failed_request", 12, "request", Map.of("method", "DELETE", "path", "/cocart/v2/cart/item/abc?x=1")),
                error.data());
        assertEquals("status", error.data().keySet().iterator().next(), "data.status first, as every error");
    }
}
