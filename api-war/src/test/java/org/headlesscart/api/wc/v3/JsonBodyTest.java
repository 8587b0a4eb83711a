package org.headlesscart.api.wc.v3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.headlesscart.api.error.InvalidParamException;
import org.junit.jupiter.api.Test;

/** WordPress's rest_validate_value_from_schema types, as JsonBody reads them. */
class JsonBodyTest {

    @Test
    void aStringIsAJsonStringOnlyNeverANumber() {
        JsonBody json = JsonBody.parse("{\"name\":123,\"slug\":true,\"sku\":\"123\",\"description\":{}}");
        assertNull(json.string("name"));
        assertNull(json.string("slug"));
        assertEquals("123", json.string("sku"));
        assertNull(json.string("description"));
        InvalidParamException e = assertThrows(InvalidParamException.class, json::throwIfAny);
        assertEquals(Map.of("name", "name is not of type string.", "slug", "slug is not of type string.",
                "description", "description is not of type string."), e.params());
        assertEquals(new InvalidParamException.Problem("rest_invalid_type", "name is not of type string.", "name"),
                e.problems().get("name"));
        assertEquals("Invalid parameter(s): name, slug, description", e.getMessage());
    }

    @Test
    void anIntegerMayBeANumericStringWithAWholeValue() {
        JsonBody json = JsonBody.parse("{\"a\":12,\"b\":\"12\",\"c\":\"12.0\",\"d\":12.0,\"e\":\" 7\",\"f\":\"-3\","
                + "\"g\":\"12.5\",\"h\":\"abc\",\"i\":true,\"j\":1.5,\"k\":99999999999999999999}");
        assertEquals(12L, json.integer("a"));
        assertEquals(12L, json.integer("b"));
        assertEquals(12L, json.integer("c"));
        assertEquals(12L, json.integer("d"));
        assertEquals(7L, json.integer("e"));
        assertEquals(-3L, json.integer("f"));
        for (String bad : List.of("g", "h", "i", "j", "k")) {
            assertNull(json.integer(bad), bad);
        }
        assertEquals(Set.of("g", "h", "i", "j", "k"), assertThrows(InvalidParamException.class, json::throwIfAny)
                .params().keySet());
        assertNull(JsonBody.parse("{\"n\":3000000000}").int32("n"), "beyond an INT column");
    }

    @Test
    void aBooleanIsWhatRestIsBooleanAccepts() {
        JsonBody json = JsonBody.parse("{\"a\":true,\"b\":\"TRUE\",\"c\":\"0\",\"d\":1,\"e\":0,"
                + "\"f\":\"yes\",\"g\":\"\",\"h\":2,\"i\":\"no\"}");
        assertEquals(true, json.bool("a"));
        assertEquals(true, json.bool("b"));
        assertEquals(false, json.bool("c"));
        assertEquals(true, json.bool("d"));
        assertEquals(false, json.bool("e"));
        for (String bad : List.of("f", "g", "h", "i")) {
            assertNull(json.bool(bad), bad);
        }
        assertEquals("f is not of type boolean.", assertThrows(InvalidParamException.class, json::throwIfAny)
                .params().get("f"));
    }

    @Test
    void nestedProblemsAreReportedByTheirArgumentWithWordPresssPath() {
        JsonBody json = JsonBody.parse("{\"dimensions\":{\"length\":80},\"images\":[{\"src\":\"x\"},{\"src\":5}],"
                + "\"tags\":[{\"id\":\"x\"}],\"attributes\":[{\"options\":[\"Red\",7]}],\"upsell_ids\":[0]}");
        JsonBody dimensions = json.object("dimensions");
        assertNull(dimensions.string("length"));
        json.objects("images", image -> image.string("src"));
        json.ids("tags");
        json.objects("attributes", attribute -> attribute.strings("options"));
        json.ids("upsell_ids");
        InvalidParamException e = assertThrows(InvalidParamException.class, json::throwIfAny);
        assertEquals(Map.of("dimensions", "dimensions[length] is not of type string.",
                "images", "images[1][src] is not of type string.",
                "tags", "tags[0][id] is not of type integer.",
                "attributes", "attributes[0][options][1] is not of type string.",
                "upsell_ids", "upsell_ids[0] is not a valid id."), e.params());
        assertEquals("images[1][src]", e.problems().get("images").param());
    }

    @Test
    void absentNullAndUnknownFieldsAreNotGivenAndAnEmptyArrayIsAnEmptyObject() {
        JsonBody json = JsonBody.parse("{\"name\":null,\"unknown\":[1,2],\"dimensions\":[]}");
        assertNull(json.string("name"));
        assertNull(json.string("slug"));
        assertNotNull(json.object("dimensions"));
        json.throwIfAny();
        assertTrue(JsonBody.parse("").object("image") == null);
    }
}
