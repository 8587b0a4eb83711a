package org.headlesscart.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.catalog.boundary.CatalogFailure;
import org.junit.jupiter.api.Test;

class ErrorMappersTest {

    final Jsonb jsonb = JsonbBuilder.create(JsonbConfiguration.config());

    @Test
    void unknownRouteBodyIsCapture61ToTheKeyOrder() {
        Response response = new WebApplicationExceptionMapper().toResponse(new NotFoundException());

        assertEquals(404, response.getStatus());
        JsonObject body = body(response);
        assertEquals(Captures.object("61-error-unknown-route"), body);
        assertEquals(List.of("code", "message", "data"), List.copyOf(body.keySet()), "R-ERR: envelope order");
    }

    @Test
    void wrongMethodIsRestNoRouteLikeWordPress() {
        Response response = new WebApplicationExceptionMapper().toResponse(new NotAllowedException("GET"));

        assertEquals(404, response.getStatus());
        assertEquals("rest_no_route", body(response).getString("code"));
    }

    @Test
    void otherJaxRsRefusalsKeepTheirStatusInTheEnvelope() {
        Response response = new WebApplicationExceptionMapper().toResponse(new BadRequestException());

        assertEquals(400, response.getStatus());
        assertEquals(400, body(response).getJsonObject("data").getInt("status"));
    }

    @Test
    void malformedJsonIsRestInvalidJsonAndOtherProcessingFailuresAreIncidents() {
        InvalidJsonMapper mapper = new InvalidJsonMapper();

        Response invalid = mapper.toResponse(new ProcessingException(new JsonbException("Unexpected char")));
        Response other = mapper.toResponse(new ProcessingException("writer failed"));

        assertEquals(400, invalid.getStatus());
        assertEquals("rest_invalid_json", body(invalid).getString("code"));
        assertEquals(500, other.getStatus());
    }

    @Test
    void catalogReasonsMapToCoCartCodes() {
        Response response = new CatalogExceptionMapper().toResponse(CatalogFailure.PRODUCT_NOT_FOUND.exception(99999));

        assertEquals(404, response.getStatus());
        assertEquals("cocart_product_invalid_id", body(response).getString("code"));
    }

    @Test
    void uncaughtExceptionIsA500WhoseIncidentIdIsInTheLogBesideTheStackTrace() {
        List<LogRecord> records = new ArrayList<>();
        Logger log = Logger.getLogger(UncaughtExceptionMapper.class.getName());
        Handler capture = new Handler() {
            @Override public void publish(LogRecord record) { records.add(record); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        log.addHandler(capture);
        try {
            Response response = new UncaughtExceptionMapper().toResponse(new IllegalStateException("secret detail"));

            assertEquals(500, response.getStatus());
            JsonObject body = body(response);
            assertEquals("cocart_unknown_server_error", body.getString("code"));
            String incident = body.getJsonObject("data").getString("incident");
            assertFalse(body.toString().contains("secret detail"), "the cause stays on the server");
            assertEquals(1, records.size());
            assertTrue(records.get(0).getMessage().contains(incident), "the log names the incident");
            assertNotNull(records.get(0).getThrown(), "the log has the stack trace");
        } finally {
            log.removeHandler(capture);
        }
    }

    @Test
    void extraDataFollowsTheStatus() {
        CoCartError error = CoCartError.body(400, "rest_invalid_param", "Invalid parameter(s): id",
                Map.of("params", Map.of("id", "id is not of type string.")));

        assertEquals(List.of("status", "params"), List.copyOf(error.data().keySet()));
    }

    private JsonObject body(Response response) {
        return Captures.parse(jsonb.toJson(response.getEntity()));
    }
}
