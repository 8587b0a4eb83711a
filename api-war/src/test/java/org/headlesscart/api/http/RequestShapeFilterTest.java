package org.headlesscart.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

/** The shape checks that run before any route (issue 15 parts 3-4). */
class RequestShapeFilterTest {

    @Test
    void oneReadableContentTypeWithAKnownCharsetPasses() {
        assertNull(RequestShapeFilter.contentTypeProblem(null));
        assertNull(RequestShapeFilter.contentTypeProblem(List.of("application/json")));
        assertNull(RequestShapeFilter.contentTypeProblem(List.of("application/json; charset=UTF-8")));
        assertNull(RequestShapeFilter.contentTypeProblem(List.of("application/x-www-form-urlencoded; charset=iso-8859-1")));
    }

    @Test
    void twoTypesAnUnknownCharsetOrNoMediaTypeAtAllAreSaidSo() {
        assertTrue(RequestShapeFilter.contentTypeProblem(List.of("application/json", "text/plain"))
                .contains("has 2"));
        assertTrue(RequestShapeFilter.contentTypeProblem(List.of("application/json; charset=foo"))
                .contains("\"foo\""));
        assertTrue(RequestShapeFilter.contentTypeProblem(List.of("application/json; charset=\"%%\""))
                .contains("charset"));
        assertTrue(RequestShapeFilter.contentTypeProblem(List.of(";;;")).contains("not a media type"));
    }

    @Test
    void headerBytesCountNamesValuesAndTheirSeparators() {
        MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
        headers.add("A", "12");
        headers.add("A", "3");
        assertEquals((1 + 2 + 4) + (1 + 1 + 4), RequestShapeFilter.headerBytes(headers));
    }

    @Test
    void aBodyIsReadUpToItsLimitAndNoFurther() throws Exception {
        try (InputStream exact = new RequestShapeFilter.Bounded(new ByteArrayInputStream(new byte[10]), 10)) {
            assertEquals(10, exact.readAllBytes().length);
        }
        InputStream over = new RequestShapeFilter.Bounded(new ByteArrayInputStream(new byte[11]), 10);
        WebApplicationException refused = assertThrows(WebApplicationException.class, over::readAllBytes);
        assertEquals(413, refused.getResponse().getStatus());
    }
}
