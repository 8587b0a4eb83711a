package org.headlesscart.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;

import org.headlesscart.api.error.CoCartError;
import org.junit.jupiter.api.Test;

class JsonbWriterTest {

    private final JsonbWriter writer = new JsonbWriter();

    @Test
    void takesOurTypesListsAndMapsOnly() {
        assertTrue(writer.isWriteable(CoCartError.class, CoCartError.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertTrue(writer.isWriteable(List.class, List.class, null, MediaType.valueOf("application/json; charset=UTF-8")));
        assertTrue(writer.isWriteable(Map.class, Map.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(byte[].class, byte[].class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(String.class, String.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(StreamingOutput.class, StreamingOutput.class, null,
                MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(JsonObject.class, JsonObject.class, null, MediaType.APPLICATION_JSON_TYPE),
                "JSON-P values keep their own writer");
        assertFalse(writer.isWriteable(CoCartError.class, CoCartError.class, null, MediaType.TEXT_HTML_TYPE));
    }

    @Test
    void writesWhatTheSharedConfigurationWrites() throws Exception {
        CoCartError error = CoCartError.body(404, "some_code", "Some message.", Map.of("extra_field", 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(error, CoCartError.class, CoCartError.class, null, MediaType.APPLICATION_JSON_TYPE, null, out);
        String expected = JsonbBuilder.create(JsonbConfiguration.config()).toJson(error);
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
        assertTrue(expected.contains("\"extra_field\":1"), expected);
        assertEquals(Json.createValue(404), Json.createReader(new java.io.StringReader(expected)).readObject()
                .getJsonObject("data").get("status"));
    }
}
