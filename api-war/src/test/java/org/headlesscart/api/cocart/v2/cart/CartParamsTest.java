package org.headlesscart.api.cocart.v2.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.ProcessingException;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.MissingParamException;
import org.junit.jupiter.api.Test;

/** WordPress's reading of route arguments (contract §1.1). */
class CartParamsTest {

    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void aStringQuantityIsTakenAndANumberIsRefused() {
        assertEquals("2", CartParams.read(null, JSON, "{\"id\":\"10\",\"quantity\":\"2\"}").string("quantity"));

        CartParams number = CartParams.read(null, JSON, "{\"id\":\"10\",\"quantity\":2}");
        assertNull(number.string("quantity"));
        InvalidParamException refused = assertThrows(InvalidParamException.class, number::throwIfAny);
        assertEquals(Map.of("quantity", "quantity is not of type string."), refused.params(), "R-PARAM: strict string");
        assertEquals("Invalid parameter(s): quantity", refused.getMessage());
    }

    @Test
    void booleansTakeWordPressesSixSpellings() {
        String body = "{\"a\":true,\"b\":\"false\",\"c\":\"1\",\"d\":0,\"e\":\"TRUE\",\"f\":1}";
        CartParams params = CartParams.read(null, JSON, body);

        assertTrue(params.bool("a", false));
        assertFalse(params.bool("b", true));
        assertTrue(params.bool("c", false));
        assertFalse(params.bool("d", true));
        assertTrue(params.bool("e", false));
        assertTrue(params.bool("f", false));
        assertTrue(params.bool("absent", true));
        params.throwIfAny();
    }

    @Test
    void otherBooleansAreRefused() {
        CartParams params = CartParams.read("thumb=yes", null, null);
        params.bool("thumb", true);
        CartParams two = CartParams.read(null, JSON, "{\"return_item\":2}");
        two.bool("return_item", false);

        assertEquals(Map.of("thumb", "thumb is not of type boolean."),
                assertThrows(InvalidParamException.class, params::throwIfAny).params());
        assertThrows(InvalidParamException.class, two::throwIfAny);
    }

    @Test
    void aMissingIdIsNamedBeforeAnyValueIsChecked() {
        CartParams params = CartParams.read(null, JSON, "{\"quantity\":1,\"id\":null}");

        MissingParamException missing = assertThrows(MissingParamException.class, () -> params.require("id"));

        assertEquals(List.of("id"), missing.params(), "R-PARAM: capture 54");
        assertEquals("Missing parameter(s): id", missing.getMessage());
    }

    @Test
    void theBodyWinsOverTheQueryAndNullFallsThrough() {
        CartParams params = CartParams.read("quantity=5&id=7&email=a%40b.c", JSON, "{\"quantity\":\"3\",\"id\":null}");

        assertEquals("3", params.string("quantity"));
        assertEquals("7", params.string("id"));
        assertEquals("a@b.c", params.string("email"));
    }

    @Test
    void objectsComeFromJsonAndFromPhpBracketNames() {
        CartParams json = CartParams.read(null, JSON,
                "{\"variation\":{\"attribute_pa_color\":\"red\",\"attribute_pa_size\":\"small\"},"
                        + "\"item_data\":{\"nyp\":24.5,\"gift\":true,\"tags\":[\"a\"],\"note\":{\"to\":\"Ann\"}},"
                        + "\"quantity\":{\"10\":\"1\",\"11\":2}}");
        CartParams form = CartParams.read("variation[attribute_pa_color]=red", FORM,
                "id=14&variation[attribute_pa_size]=small&item_data[tags][]=a&item_data[tags][]=b+c");

        assertEquals(List.of("attribute_pa_color", "attribute_pa_size"),
                List.copyOf(json.textMap("variation").keySet()), "order kept: it is part of the item key");
        assertEquals(Map.of("10", "1", "11", "2"), json.textMap("quantity"));
        Map<String, Object> data = json.object("item_data");
        assertEquals(new BigDecimal("24.5"), data.get("nyp"));
        assertEquals(Boolean.TRUE, data.get("gift"));
        assertEquals(List.of("a"), data.get("tags"));
        assertEquals(Map.of("to", "Ann"), data.get("note"));
        assertEquals(Map.of("attribute_pa_size", "small"), form.textMap("variation"), "a form body hides the query's");
        assertEquals(Map.of("tags", Map.of("0", "a", "1", "b c")), form.object("item_data"));
    }

    @Test
    void aStringForAnObjectIsRefused() {
        CartParams params = CartParams.read(null, JSON, "{\"variation\":\"red\"}");
        params.textMap("variation");

        assertEquals(Map.of("variation", "variation is not of type object."),
                assertThrows(InvalidParamException.class, params::throwIfAny).params());
    }

    @Test
    void theCartKeyComesFromAFormOrTheQueryButNeverFromJson() {
        assertNull(CartParams.read(null, JSON, "{\"cart_key\":\"t_json\"}").formField("cart_key"));
        assertEquals("t_form", CartParams.read(null, FORM + "; charset=UTF-8", "cart_key=t_form").formField("cart_key"));
        assertEquals("t_query", CartParams.read("cart_key=t_query", JSON, "{}").queryField("cart_key"));
    }

    @Test
    void malformedJsonIsInvalidJson() {
        assertThrows(ProcessingException.class, () -> CartParams.read(null, JSON, "{\"id\":"));
        assertThrows(ProcessingException.class, () -> CartParams.read(null, JSON, "[1]"));
    }

    @Test
    void allArgumentsGoToUpdateCallbacksBodyOverQuery() {
        CartParams params = CartParams.read("namespace=q&s_city=Paris", JSON,
                "{\"namespace\":\"update-customer\",\"quantity\":{\"abc\":\"2\"}}");

        Map<String, Object> all = params.all();

        assertEquals("update-customer", all.get("namespace"));
        assertEquals("Paris", all.get("s_city"));
        assertEquals(Map.of("abc", "2"), all.get("quantity"));
    }
}
