package org.headlesscart.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
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
        List<LogRecord> records = capture(() -> {
            Response response = new UncaughtExceptionMapper().toResponse(new IllegalStateException("secret detail"));

            assertEquals(500, response.getStatus());
            JsonObject body = body(response);
            assertEquals("cocart_unknown_server_error", body.getString("code"));
            assertFalse(body.toString().contains("secret detail"), "the cause stays on the server");
            return body.getJsonObject("data").getString("incident");
        });
        assertEquals(1, records.size());
        assertTrue(records.get(0).getMessage().contains(incidents.get(0)), "the log names the incident");
        assertTrue(records.get(0).getMessage().contains("java.lang.IllegalStateException: secret detail"));
        assertNotNull(records.get(0).getThrown(), "the log has the stack trace");
    }

    @Test
    void theSameFaultAgainWithinAMinuteIsOneLineNamingTheIncidentWithTheTrace() {
        List<LogRecord> records = capture(() -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Response response = new UncaughtExceptionMapper().toResponse(sameFault("row " + i));
                ids.add(body(response).getJsonObject("data").getString("incident"));
            }
            return String.join(",", ids);
        });
        String[] ids = incidents.get(0).split(",");
        assertEquals(3, records.size(), "one line per incident");
        assertNotNull(records.get(0).getThrown());
        for (int i = 1; i < 3; i++) {
            assertNull(records.get(i).getThrown(), "no second trace of the same cause");
            assertTrue(records.get(i).getMessage().contains(ids[i]));
            assertTrue(records.get(i).getMessage().contains("same cause as incident " + ids[0]),
                    records.get(i).getMessage());
            assertFalse(records.get(i).getMessage().contains("\n"), "one line");
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedIs503WithRetryAfterNotAnIncident() {
        RuntimeException lost = new RuntimeException("could not execute statement",
                new SQLException("Communications link failure", "08S01"));

        Response raw = new UncaughtExceptionMapper().toResponse(lost);
        Response wrapped = new EjbExceptionMapper().toResponse(new EJBException(lost));

        for (Response response : List.of(raw, wrapped)) {
            assertEquals(503, response.getStatus());
            assertEquals("cocart_database_unavailable", body(response).getString("code"));
            assertEquals(String.valueOf(DatabaseOutage.retryAfterSeconds()), response.getHeaderString("Retry-After"));
            assertFalse(body(response).getJsonObject("data").containsKey("incident"));
        }
    }

    @Test
    void aFailedCommitIsAnIncidentWhileTheDatabaseAnswers() {
        jakarta.transaction.SystemException commit = new jakarta.transaction.SystemException("heuristic");

        Response response = new EjbExceptionMapper().toResponse(new EJBException(commit));

        assertEquals(500, response.getStatus(), "no container here: the probe cannot confirm an outage");
        assertEquals("cocart_unknown_server_error", body(response).getString("code"));
    }

    @Test
    void aRaceOnACartRowThatArrivesUnwrappedIsStill409() {
        Response response = new UncaughtExceptionMapper()
                .toResponse(new jakarta.persistence.PessimisticLockException());

        assertEquals(409, response.getStatus());
        assertEquals("cocart_cart_busy", body(response).getString("code"));
    }

    /** The same fault reached by another request: one place in the code, another message. */
    private static RuntimeException sameFault(String detail) {
        RuntimeException e = new IllegalStateException("broken " + detail);
        e.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.example.Store", "write", "Store.java", 7)});
        return e;
    }

    private final List<String> incidents = new ArrayList<>();

    /** The log records of IncidentLog while {@code action} runs; what it returns goes to {@link #incidents}. */
    private List<LogRecord> capture(java.util.function.Supplier<String> action) {
        List<LogRecord> records = new ArrayList<>();
        Logger log = Logger.getLogger(IncidentLog.class.getName());
        Handler handler = new Handler() {
            @Override public void publish(LogRecord record) { records.add(record); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        log.addHandler(handler);
        try {
            incidents.add(action.get());
        } finally {
            log.removeHandler(handler);
        }
        return records;
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
