package org.headlesscart.api.cocart.v2.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.headlesscart.api.error.ApiRefusal;
import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.MissingParamException;
import org.headlesscart.cart.model.AddItemCommand;
import org.headlesscart.cart.model.CartOperation;
import org.junit.jupiter.api.Test;

/**
 * Sub-requests to cart operations: the batchable routes and their methods (contract §12), each sub-request's
 * arguments held to exactly the rules of its single route ({@link CartWrite}).
 */
class BatchRoutesTest {

    private static CartOperation operation(String method, String path, Map<String, Object> body) {
        int q = path.indexOf('?');
        CartParams params = CartParams.of(q < 0 ? null : path.substring(q + 1), body);
        return BatchRoutes.match(method, q < 0 ? path : path.substring(0, q)).apply(params).operation();
    }

    @Test
    void eachBatchableRouteAndMethodIsItsOperation() {
        assertEquals(new CartOperation.AddItem(new AddItemCommand("10", "2", Map.of(), Map.of(), null, null, null)),
                operation("POST", "/cocart/v2/cart/add-item", Map.of("id", "10", "quantity", "2")));
        assertInstanceOf(CartOperation.AddItems.class, operation("POST", "/cocart/v2/cart/add-items",
                Map.of("id", "19", "quantity", Map.of("10", "1"))));
        assertEquals(new CartOperation.UpdateItem("abc", "3"), operation("POST", "/cocart/v2/cart/item/abc",
                Map.of("quantity", "3")));
        assertEquals(new CartOperation.RemoveItem("abc"), operation("DELETE", "/cocart/v2/cart/item/abc/", Map.of()));
        assertEquals(new CartOperation.RestoreItem("abc"), operation("PUT", "/cocart/v2/cart/item/abc", Map.of()));
        assertEquals(new CartOperation.RestoreItem("abc"), operation("PATCH", "/cocart/v2/cart/item/abc", Map.of()));
        assertEquals(new CartOperation.Calculate(), operation("POST", "/cocart/v2/cart/calculate", Map.of()));
        assertEquals(new CartOperation.Clear(true), operation("POST", "/cocart/v2/cart/clear?keep_removed_items=1",
                Map.of()));
        assertEquals(new CartOperation.Update("update-cart", Map.of("quantity", Map.of("abc", "2"))),
                operation("POST", "/cocart/v2/cart/update", Map.of("namespace", "update-cart",
                        "quantity", Map.of("abc", "2"))));
        assertEquals(new CartOperation.Calculate(), operation("POST", "/CoCart/v2/Cart/Calculate", Map.of()),
                "WordPress matches routes ignoring case");
    }

    @Test
    void aSubRequestIsHeldToItsRoutesArgumentRules() {
        MissingParamException missing = assertThrows(MissingParamException.class,
                () -> operation("POST", "/cocart/v2/cart/add-item", Map.of("quantity", "1")));
        assertEquals(List.of("id"), missing.params());
        InvalidParamException number = assertThrows(InvalidParamException.class,
                () -> operation("POST", "/cocart/v2/cart/add-item", Map.of("id", "10", "quantity", BigDecimal.ONE)));
        assertEquals(Map.of("quantity", "quantity is not of type string."), number.params());
        assertThrows(MissingParamException.class, () -> operation("POST", "/cocart/v2/cart/item/abc", Map.of()));
        InvalidParamException bool = assertThrows(InvalidParamException.class,
                () -> operation("POST", "/cocart/v2/cart/clear", Map.of("keep_removed_items", "maybe")));
        assertEquals(Map.of("keep_removed_items", "keep_removed_items is not of type boolean."), bool.params());
    }

    @Test
    void otherPathsAndMethodsAreNoRouteAndOurOtherRoutesAreNotBatchable() {
        for (String[] request : new String[][] {{"POST", "/cocart/v2/cart"}, {"DELETE", "/cocart/v2/cart/add-item"},
                {"POST", "/cocart/v2/cart/items"}, {"POST", "/cocart/v2/products"}, {"POST", "/wp/v2/posts"},
                {"POST", "cocart/v2/cart/add-item"}, {"POST", "/cocart/v2/cart/item/a-b"}}) {
            ApiRefusal refused = assertThrows(ApiRefusal.class, () -> BatchRoutes.match(request[0], request[1]),
                    String.join(" ", request));
            assertEquals(404, refused.status());
            assertEquals("rest_no_route", refused.code());
        }
        for (String path : List.of("/cocart/v2/login", "/cocart/v2/logout", "/cocart/v2/products/reviews",
                "/cocart/v2/session/t_abc", "/cocart/jwt/refresh-token", "/cocart/batch", "/batch/v1",
                "/wc/v3/products/10", "/headlesscart/v1/catalog/import")) {
            ApiRefusal refused = assertThrows(ApiRefusal.class, () -> BatchRoutes.match("POST", path), path);
            assertEquals(400, refused.status());
            assertEquals("rest_batch_not_allowed", refused.code());
        }
    }
}
