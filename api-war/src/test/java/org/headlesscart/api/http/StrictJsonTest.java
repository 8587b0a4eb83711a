package org.headlesscart.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/** Bodies are read as json_decode reads them: one value, 512 levels at most, nothing after it (issue 15 parts 3, 5). */
class StrictJsonTest {

    @Test
    void oneValueWithWhitespaceAroundItIsRead() {
        assertEquals(Map.of("id", "12"), StrictJson.object(" {\"id\":\"12\"}\n\t "));
        assertEquals(JsonValue.TRUE, StrictJson.read("true"));
        assertEquals(List.of(new BigDecimal("1.5"), "a", Map.of()), StrictJson.object("{\"a\":[1.5,\"a\",{}]}").get("a"));
    }

    @Test
    void contentAfterTheValueIsRefusedAsWordPressRefusesIt() {
        for (String body : List.of("{\"id\":\"12\"} trailing", "{\"id\":\"12\"}{\"id\":\"13\"}", "{} 5", "{}]",
                "[1] [2]", "\"a\" \"b\"")) {
            assertThrows(JsonException.class, () -> StrictJson.read(body), body);
        }
    }

    @Test
    void nestingIsReadTo512LevelsAndRefusedBeyond() {
        assertEquals(JsonValue.ValueType.ARRAY, StrictJson.read("[".repeat(512) + "]".repeat(512)).getValueType());
        assertThrows(JsonException.class, () -> StrictJson.read("[".repeat(513) + "]".repeat(513)));
        assertThrows(JsonException.class, () -> StrictJson.read("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)));
        assertThrows(JsonException.class, () -> StrictJson.read("[".repeat(100_000)), "unbalanced, and deep");
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        String deepText = "\"" + "[{".repeat(1000) + "\\\"" + "\"";
        assertEquals(1, StrictJson.object("{\"a\":" + deepText + "}").size());
    }

    @Test
    void numbersTheParserWillNotTakeAreNotJsonToo() {
        assertThrows(JsonException.class, () -> StrictJson.read("{\"q\":" + "9".repeat(5000) + "}"));
        assertEquals(new BigDecimal("1e-9999999"), StrictJson.object("{\"q\":1e-9999999}").get("q"),
                "a short number is read, and judged by the parameter that takes it");
    }

    @Test
    void emptyAndBrokenBodiesAreRefused() {
        for (String body : List.of("", "   ", "{", "{\"a\":}", "nul", "[1,]")) {
            assertThrows(JsonException.class, () -> StrictJson.read(body), body);
        }
    }
}
