package org.headlesscart.api.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

import org.headlesscart.api.cocart.v2.CoCartV2;

/**
 * WordPress's global parameters on every answer under {@code /wp-json} (docs/wordpress-globals.md):
 * {@code _fields} keeps only the named fields of a success ({@link ResponseFields}; errors are never filtered), and
 * {@code _envelope}, with any value or none, wraps the answer, errors included, into an envelope sent with status 200
 * ({@link ResponseEnvelope}). Both are read from the query string, as WordPress reads {@code _envelope};
 * {@code _fields} is read and bounded before the request runs, by {@link GlobalParametersCheck}.
 *
 * <p>The last response filter (response filters run from the highest priority down; every other one has the default
 * 5000), so it sees the headers and error bodies the others add. Without either parameter an answer costs one scan
 * of its query string; with one, the body is written once into memory by the writer JAX-RS would have used (our
 * records, the cart's streamed JSON, kept bytes alike), read back as JSON, reshaped and sent as bytes.
 */
@Provider
@Priority(GlobalParametersFilter.LAST)
public class GlobalParametersFilter implements ContainerResponseFilter {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    static final int LAST = 100;
    static final String FIELDS = "_fields";
    static final String ENVELOPE = "_envelope";

    private static final MediaType JSON = MediaType.valueOf(CoCartV2.JSON);
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = PROVIDER.createWriterFactory(Map.of());

    @Context
    Providers providers;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!mayName(request.getUriInfo().getRequestUri().getRawQuery())) {
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        // A preflight is the browser's, not the storefront's: it keeps its own status and headers.
        boolean envelope = query.containsKey(ENVELOPE) && !CorsPreflightFilter.isPreflight(request);
        ResponseFields fields = response.getStatus() < 400
                && request.getProperty(GlobalParametersCheck.FIELDS) instanceof ResponseFields chosen ? chosen : null;
        if (!envelope && fields == null) {
            return;
        }
        JsonValue body = response.hasEntity() ? read(response) : null;
        boolean filter = fields != null && body != null && isJson(response.getMediaType());
        if (!envelope && !filter) {
            return;                                 // nothing to filter: a 204, a 304
        }
        if (filter) {
            body = fields.apply(body);
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (envelope) {
            body = ResponseEnvelope.wrap(body, response.getStatus(), response.getStringHeaders());
            for (String name : new ArrayList<>(headers.keySet())) {
                if (!ResponseEnvelope.staysOnAnswer(name)) {
                    headers.remove(name);
                }
            }
            response.setStatus(200);
        }
        headers.remove("Content-Length");
        response.setEntity(bytes(body), response.getEntityAnnotations(), JSON);
    }

    /**
     * Whether a query string may hold either parameter: the cheap test every answer pays. A query with %-escapes is
     * always looked into, as {@code %5Ffields} is {@code _fields} too.
     */
    static boolean mayName(String rawQuery) {
        return rawQuery != null && (rawQuery.contains(FIELDS) || rawQuery.contains(ENVELOPE)
                || rawQuery.indexOf('%') >= 0);
    }

    /**
     * {@code _fields} as a list ({@code _fields=a,b}) or in PHP's array syntax ({@code _fields[]=a}); null: none.
     *
     * @throws org.headlesscart.api.error.InvalidParamException for a list over {@link ResponseFields}' bounds
     */
    static ResponseFields fields(MultivaluedMap<String, String> query) {
        List<String> values = new ArrayList<>();
        List<String> plain = query.get(FIELDS);
        if (plain != null && !plain.isEmpty()) {
            values.add(plain.get(plain.size() - 1));        // PHP keeps the last of a repeated parameter
        }
        List<String> array = query.get(FIELDS + "[]");
        if (array != null) {
            values.addAll(array);
        }
        return values.isEmpty() ? null : ResponseFields.parse(values);
    }

    private static boolean isJson(MediaType type) {
        return type == null || MediaType.APPLICATION_JSON_TYPE.isCompatible(type);
    }

    /** The body as JSON; a body of another type (none under {@code /wp-json} so far) as one JSON string. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private JsonValue read(ContainerResponseContext response) throws IOException {
        byte[] bytes;
        if (response.getEntity() instanceof byte[] kept) {
            bytes = kept;
        } else {
            MediaType type = response.getMediaType() == null ? JSON : response.getMediaType();
            Class<?> entityClass = response.getEntityClass();
            Annotation[] annotations = response.getEntityAnnotations();
            MessageBodyWriter writer = providers.getMessageBodyWriter(entityClass, response.getEntityType(),
                    annotations, type);
            if (writer == null) {
                throw new IllegalStateException("no writer for " + entityClass.getName() + " as " + type);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            writer.writeTo(response.getEntity(), entityClass, response.getEntityType(), annotations, type,
                    new MultivaluedHashMap<>(), out);
            bytes = out.toByteArray();
        }
        if (isJson(response.getMediaType())) {
            try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
                return reader.readValue();
            } catch (JsonException notJson) {
                // fall through: sent as text
            }
        }
        return PROVIDER.createValue(new String(bytes, StandardCharsets.UTF_8));
    }

    private static byte[] bytes(JsonValue body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonWriter writer = WRITERS.createWriter(out, StandardCharsets.UTF_8)) {
            writer.write(body == null ? JsonValue.NULL : body);
        }
        return out.toByteArray();
    }
}
