package org.headlesscart.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.headlesscart.api.error.InvalidParamException;
import org.junit.jupiter.api.Test;

/** {@code _fields} as WordPress's {@code rest_filter_response_fields} applies it. */
class ResponseFieldsTest {

    static final String CART = "{\"cart_key\":\"t_1\",\"items\":[{\"item_key\":\"a\",\"name\":\"Cap\"},"
            + "{\"item_key\":\"b\",\"name\":\"Tee\"}],\"item_count\":3,"
            + "\"totals\":{\"subtotal\":\"3500\",\"total\":\"3500\"},\"notices\":[]}";

    static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static String filtered(String fields, String json) {
        return ResponseFields.parse(List.of(fields)).apply(parse(json)).toString();
    }

    @Test
    void keepsTheNamedTopLevelFieldsInTheAnswersOwnOrder() {
        assertEquals("{\"cart_key\":\"t_1\",\"item_count\":3}", filtered("item_count,cart_key", CART));
    }

    @Test
    void aDottedPathKeepsThatKeyOfAnObject() {
        assertEquals("{\"totals\":{\"total\":\"3500\"}}", filtered("totals.total", CART));
    }

    @Test
    void aDottedPathIntoAListNamesPositionsNotTheItemsFields() {
        assertEquals("{\"items\":[],\"totals\":{\"total\":\"3500\"}}", filtered("items.name,totals.total", CART),
                "WordPress intersects the list's keys 0, 1 with 'name': nothing is left");
        assertEquals("{\"items\":[{\"name\":\"Cap\"}]}", filtered("items.0.name", CART));
        assertEquals("{\"items\":{\"1\":{\"name\":\"Tee\"}}}", filtered("items.1.name", CART),
                "PHP writes an array that does not start at 0 as an object");
    }

    @Test
    void aListAnswerIsFilteredItemByItem() {
        assertEquals("[{\"id\":1},{\"id\":2},[]]",
                filtered("id", "[{\"id\":1,\"name\":\"a\"},{\"name\":\"b\",\"id\":2},{\"name\":\"c\"}]"));
        assertEquals("[]", filtered("id", "[]"));
    }

    @Test
    void anUnknownNameYieldsNoSuchFieldAndAnEmptiedObjectIsPhpsEmptyArray() {
        assertEquals("{\"cart_key\":\"t_1\"}", filtered("cart_key,nope", CART));
        assertEquals("[]", filtered("nope", CART));
        assertEquals("{\"totals\":[]}", filtered("totals.nope", CART));
    }

    @Test
    void aPathBelowAScalarKeepsTheScalarWhole() {
        assertEquals("{\"cart_key\":\"t_1\"}", filtered("cart_key.length", CART));
    }

    @Test
    void aParentNamedWholeWinsOverItsSubPathsInAnyOrderAndLaterNamesStillCount() {
        String whole = "{\"cart_key\":\"t_1\",\"totals\":{\"subtotal\":\"3500\",\"total\":\"3500\"}}";
        assertEquals(whole, filtered("totals,totals.total,cart_key", CART),
                "WordPress's break 2 would drop cart_key here");
        assertEquals(whole, filtered("totals.total,totals,cart_key", CART));
    }

    @Test
    void namesAreSeparatedByCommasOrWhiteSpaceAndTrimmed() {
        assertEquals("{\"cart_key\":\"t_1\",\"item_count\":3}", filtered(" cart_key ,\titem_count ", CART));
        assertEquals("{\"cart_key\":\"t_1\",\"item_count\":3}", ResponseFields.parse(List.of("cart_key", "item_count"))
                .apply(parse(CART)).toString(), "_fields[]=cart_key&_fields[]=item_count");
    }

    @Test
    void anEmptyListFiltersNothing() {
        assertNull(ResponseFields.parse(List.of("")));
        assertNull(ResponseFields.parse(List.of(" , ,")));
    }

    @Test
    void scalarsAndScalarItemsAreKept() {
        assertEquals("5", filtered("id", "5"));
        assertEquals("[\"a\",{\"id\":1}]", filtered("id", "[\"a\",{\"id\":1,\"x\":2}]"));
        assertEquals(JsonValue.NULL, ResponseFields.parse(List.of("id")).apply(JsonValue.NULL));
    }

    @Test
    void strangeNamesMatchNothingAndFailNothing() {
        assertEquals("[]", filtered(".", CART));
        assertEquals("{\"totals\":[]}", filtered("totals.", CART));
        assertEquals("{\"totals\":[]}", filtered("totals..total", CART));
        assertEquals("[]", filtered("a.".repeat(9) + "a", CART));
    }

    @Test
    void aListOverItsBoundsIsRefusedAsAnInvalidParameter() {
        String hundred = String.join(",", Collections.nCopies(ResponseFields.MAX_NAMES, "cart_key"));
        String tenDeep = "totals" + ".a".repeat(ResponseFields.MAX_DEPTH - 1);
        String ninetyNine = String.join(",", Collections.nCopies(ResponseFields.MAX_NAMES - 1, "cart_key"));

        assertEquals("{\"cart_key\":\"t_1\",\"totals\":[]}", filtered(ninetyNine + "," + tenDeep, CART),
                "at the bounds");
        for (List<String> values : List.of(List.of(hundred + ",item_count"), List.of(hundred, "item_count"),
                List.of(tenDeep + ".a"), List.of("a" + ".".repeat(5000)))) {
            InvalidParamException refused = assertThrows(InvalidParamException.class,
                    () -> ResponseFields.parse(values));
            assertEquals(Set.of("_fields"), refused.params().keySet());
        }
    }
}
