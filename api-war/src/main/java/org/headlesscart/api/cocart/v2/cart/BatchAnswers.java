package org.headlesscart.api.cocart.v2.cart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;

import org.headlesscart.api.error.CoCartError;
import org.headlesscart.api.http.ResponseFields;

/**
 * The answers of sub-requests, for the batch routes: a refusal turned into the response its route would send (by
 * the same exception mappers), and a response as WordPress envelopes it in a batch, {@code {"body", "status",
 * "headers"}}, its body written by the writer JAX-RS would use and read back as JSON.
 */
final class BatchAnswers {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final JsonReaderFactory READERS = JSON.createReaderFactory(Map.of());
    private static final Annotation[] NONE = new Annotation[0];

    private final Providers providers;

    BatchAnswers(Providers providers) {
        this.providers = providers;
    }

    /** The response the exception's mapper answers with, as if the sub-request had been sent on its own. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Response refusal(RuntimeException e) {
        if (e instanceof WebApplicationException refused && refused.getResponse().hasEntity()) {
            return refused.getResponse();
        }
        ExceptionMapper mapper = providers.getExceptionMapper(e.getClass());
        return mapper.toResponse(e);
    }

    /**
     * A refusal of a sub-request as the answer to the whole batch: its status and envelope, with which request
     * it was ({@code data.failed_request}, from 0, and {@code data.request}: its method and path).
     */
    Response failed(int index, BatchRequest.Sub sub, Response refusal) {
        if (!(refusal.getEntity() instanceof CoCartError error)) {
            return refusal;
        }
        Map<String, Object> data = new LinkedHashMap<>(error.data());
        data.remove("status");
        data.put("failed_request", index);
        data.put("request", Map.of("method", sub.method(), "path", sub.path()));
        return CoCartError.response(refusal.getStatus(), error.code(), error.message(), data);
    }

    /** WordPress's envelope of one sub-request's response; {@code cartHeaders} are those the route's filter adds. */
    JsonObject envelope(Response response, MultivaluedMap<String, Object> cartHeaders) {
        return envelope(response, cartHeaders, null);
    }

    /**
     * As {@link #envelope(Response, MultivaluedMap)}, the body of a success filtered by the sub-request's own
     * {@code _fields} (null: none), as WordPress filters each sub-request's response.
     */
    JsonObject envelope(Response response, MultivaluedMap<String, Object> cartHeaders, ResponseFields fields) {
        JsonObjectBuilder headers = JSON.createObjectBuilder();
        MultivaluedMap<String, Object> all = new MultivaluedHashMap<>();
        response.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                all.put(name, values);
            }
        });
        cartHeaders.forEach(all::put);
        all.forEach((name, values) -> headers.add(name, String.join(", ", values.stream().map(String::valueOf)
                .toList())));
        JsonValue body = body(response);
        if (fields != null && response.getStatus() < 400) {
            body = fields.apply(body);
        }
        return JSON.createObjectBuilder().add("body", body).add("status", response.getStatus())
                .add("headers", headers).build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private JsonValue body(Response response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return JsonValue.NULL;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (entity instanceof byte[] raw) {
                bytes.write(raw);
            } else if (entity instanceof StreamingOutput stream) {
                stream.write(bytes);
            } else {
                MessageBodyWriter writer = providers.getMessageBodyWriter(entity.getClass(), entity.getClass(), NONE,
                        MediaType.APPLICATION_JSON_TYPE);
                writer.writeTo(entity, entity.getClass(), entity.getClass(), NONE, MediaType.APPLICATION_JSON_TYPE,
                        new MultivaluedHashMap<>(), bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (var reader = READERS.createReader(new ByteArrayInputStream(bytes.toByteArray()))) {
            return reader.readValue();
        }
    }
}
