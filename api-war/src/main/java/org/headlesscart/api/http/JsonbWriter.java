package org.headlesscart.api.http;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes our response objects (records, and lists and maps of them) as JSON with the one {@link JsonbConfiguration},
 * instead of Jersey's JSON-B provider. That provider looks its {@code Jsonb} up through Payara's
 * {@code JaxRSJsonContextResolver}, which, the first time a type is written, walks a list that a parallel first
 * write is changing: one of several simultaneous first answers of a new server failed with a
 * {@code ConcurrentModificationException} (a 500 after the write had committed; seen in
 * {@code CustomersAdminContract}'s parallel creates). A {@code Jsonb} is thread-safe and needs no lookup.
 *
 * <p>Only our own types, collections and maps are taken: bytes, strings, streams and JSON-P values keep their
 * built-in writers.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonbWriter implements MessageBodyWriter<Object> {

    private static final Jsonb JSONB = JsonbConfiguration.jsonb();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isOurs(type) && (mediaType == null || MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType));
    }

    static boolean isOurs(Class<?> type) {
        if (JsonValue.class.isAssignableFrom(type)) {
            return false;
        }
        return type.getName().startsWith("org.headlesscart.") || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) {
        if (genericType instanceof Class<?>) {
            JSONB.toJson(entity, out);
        } else {
            JSONB.toJson(entity, genericType, out);
        }
    }
}
