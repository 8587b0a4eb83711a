package org.headlesscart.api.cocart.v2.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.MissingParamException;
import org.junit.jupiter.api.Test;

/** A batch's body read as WordPress's batch route reads it (contract §12). */
class BatchRequestTest {

    private static BatchRequest read(String json) {
        return BatchRequest.read(CartParams.read(null, "application/json", json));
    }

    private static String requests(int count) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? "" : ",").append("{\"path\":\"/cocart/v2/cart/clear\"}");
        }
        return "{\"requests\":[" + list + "]}";
    }

    @Test
    void aSubRequestHasItsMethodPathQueryBodyAndHeaders() {
        BatchRequest batch = read("{\"validation\":\"require-all-validate\",\"requests\":[{\"method\":\"DELETE\","
                + "\"path\":\"/cocart/v2/cart/item/abc?cart_key=k1&return_status=1\",\"body\":{\"x\":2},"
                + "\"headers\":{\"Cart-Key\":\"k2\",\"X-Multi\":[\"a\",\"b\"]}},{\"path\":\"/cocart/v2/cart/clear\"}]}");

        assertTrue(batch.requireAllValidate());
        BatchRequest.Sub sub = batch.requests().get(0);
        assertEquals("DELETE", sub.method());
        assertEquals("/cocart/v2/cart/item/abc", sub.route());
        assertEquals("cart_key=k1&return_status=1", sub.rawQuery());
        assertEquals(Map.of("x", new java.math.BigDecimal("2")), sub.body());
        assertEquals("k2", sub.header("cart-key"), "header names ignore case");
        assertEquals("a", sub.header("X-Multi"));
        BatchRequest.Sub plain = batch.requests().get(1);
        assertEquals("POST", plain.method(), "POST by default");
        assertNull(plain.rawQuery());
        assertEquals(Map.of(), plain.body());
        assertFalse(read(requests(1)).requireAllValidate(), "normal by default");
    }

    @Test
    void theSubRequestsHeadersWinOverItsPathForTheCartKey() {
        BatchRequest.Sub sub = read("{\"requests\":[{\"path\":\"/cocart/v2/cart/clear?cart_key=path\","
                + "\"headers\":{\"CoCart-API-Cart-Key\":\"header\"}}]}").requests().get(0);
        assertEquals("header", sub.namedKey(CartParams.of(sub.rawQuery(), sub.body())));
        BatchRequest.Sub inPath = read("{\"requests\":[{\"path\":\"/cocart/v2/cart/clear?cart_key=path\"}]}")
                .requests().get(0);
        assertEquals("path", inPath.namedKey(CartParams.of(inPath.rawQuery(), inPath.body())));
    }

    @Test
    void twentyFiveRequestsAreTakenAndTwentySixRefused() {
        assertEquals(25, read(requests(25)).requests().size());
        assertEquals(0, read(requests(0)).requests().size(), "WordPress takes an empty list");
        InvalidParamException refused = assertThrows(InvalidParamException.class, () -> read(requests(26)));
        assertEquals(Map.of("requests", "requests must contain at most 25 items."), refused.params());
    }

    @Test
    void aBodyBreakingTheSchemaIsRefusedAsWordPressWordsIt() {
        assertEquals(Map.of("requests", "requests[0][method] is not one of POST, PUT, PATCH, and DELETE."),
                refusal("{\"requests\":[{\"method\":\"GET\",\"path\":\"/cocart/v2/cart\"}]}"));
        assertEquals(Map.of("requests", "path is a required property of requests[1]."),
                refusal("{\"requests\":[{\"path\":\"/a\"},{\"method\":\"POST\"}]}"));
        assertEquals(Map.of("requests", "requests[0][path] is not of type string."),
                refusal("{\"requests\":[{\"path\":7}]}"));
        assertEquals(Map.of("requests", "requests[0][body] is not of type object."),
                refusal("{\"requests\":[{\"path\":\"/a\",\"body\":\"x\"}]}"));
        assertEquals(Map.of("requests", "requests[0] is not of type object."), refusal("{\"requests\":[\"/a\"]}"));
        assertEquals(Map.of("requests", "requests is not of type array."), refusal("{\"requests\":{}}"));
        assertEquals(Map.of("validation", "validation is not one of require-all-validate and normal."),
                refusal("{\"validation\":\"all\",\"requests\":[]}"));
        MissingParamException missing = assertThrows(MissingParamException.class, () -> read("{}"));
        assertEquals(java.util.List.of("requests"), missing.params());
    }

    private static Map<String, String> refusal(String json) {
        return assertThrows(InvalidParamException.class, () -> read(json)).params();
    }
}
