package org.headlesscart.api.cocart.v2.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import org.junit.jupiter.api.Test;

/** Numbers of a client's item data, echoed in the cart: as PHP writes them, and never expanded to all their digits. */
class CartWireNumbersTest {

    @Test
    void integralValuesUpTo18DigitsHaveNoFractionLargerOnesAnExponent() {
        assertEquals("{\"a\":12,\"b\":1.5,\"c\":999999999999999999,\"d\":1E+25,\"e\":[3,1E+19]}",
                write(Map.of("a", new BigDecimal("12.00"), "b", new BigDecimal("1.50"),
                        "c", new BigDecimal("999999999999999999"), "d", new BigDecimal("1e25"),
                        "e", List.of(new BigDecimal("3"), new BigDecimal("1e19")))));
    }

    @Test
    void aHugeExponentIsWrittenAtOnce() {
        // Before: toBigIntegerExact() computed all ten million digits, about ten seconds per cart answer.
        String json = assertTimeoutPreemptively(Duration.ofMillis(500),
                () -> write(Map.of("x", new BigDecimal("1e9999999"), "y", List.of(new BigDecimal("-1E+2147483647")))));
        assertEquals("{\"x\":1E+9999999,\"y\":[-1E+2147483647]}", json);
    }

    private static String write(Map<String, Object> data) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject();
            new java.util.TreeMap<>(data).forEach((name, value) -> CartWire.value(json, name, value));
            json.writeEnd();
        }
        return out.toString();
    }
}
