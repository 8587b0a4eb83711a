package org.headlesscart.api.wc.v3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.headlesscart.api.error.InvalidParamException;
import org.junit.jupiter.api.Test;

class ProductRequestTest {

    @Test
    void unknownFieldsAloneNameNothing() {
        assertTrue(ProductRequest.variation("{\"colour\":\"red\",\"price_in_cents\":100}").namesNothing());
        assertTrue(ProductRequest.variation("").namesNothing());
        assertTrue(ProductRequest.variation("{\"regular_price\":null}").namesNothing(), "null is not given");
        assertFalse(ProductRequest.variation("{\"attributes\":[]}").namesNothing());
        assertFalse(ProductRequest.variation("{\"regular_price\":\"\"}").namesNothing());
    }

    @Test
    void everyTypedFieldIsChecked() {
        InvalidParamException e = assertThrows(InvalidParamException.class, () -> ProductRequest.product(
                "{\"name\":1,\"regular_price\":10,\"featured\":\"yes\",\"stock_quantity\":\"many\","
                        + "\"dimensions\":{\"width\":2},\"categories\":[{\"id\":\"x\"}],\"images\":[{\"alt\":1}],"
                        + "\"attributes\":[{\"name\":\"Size\",\"options\":[1]}],\"menu_order\":\"1.5\"}"));
        assertEquals(Set.of("name", "regular_price", "featured", "stock_quantity", "dimensions", "categories",
                "images", "attributes", "menu_order"), e.params().keySet());
        assertEquals("regular_price is not of type string.", e.params().get("regular_price"));
        InvalidParamException variation = assertThrows(InvalidParamException.class,
                () -> ProductRequest.variation("{\"image\":{\"src\":3},\"attributes\":[{\"id\":\"a\",\"option\":1}]}"));
        assertEquals(Set.of("image", "attributes"), variation.params().keySet());
        assertEquals("attributes[0][id] is not of type integer.", variation.params().get("attributes"));
    }
}
