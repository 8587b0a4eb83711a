package org.headlesscart.api.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.cocart.v2.CoCartV2;

/**
 * Conditional GETs for cacheable reads (contract decision 9): the body is serialized once, its digest is a weak
 * ETag as CoCart 4.9 sends ({@code W/"md5"}), and a matching {@code If-None-Match} answers 304 without a body.
 * (JAX-RS's {@code evaluatePreconditions} also applied {@code If-Match}, answering 412 without a body.)
 * A digest of the body changes whenever anything shown changes, including linked products and prices.
 */
public final class Conditional {

    private static final Jsonb JSONB = JsonbConfiguration.jsonb();

    private Conditional() {
    }

    /** A serialized response: body, its tag, and headers that belong to it (pagination). */
    public record Rendered(byte[] body, EntityTag tag, Map<String, Object> headers) {
    }

    public static Rendered render(Object entity, Map<String, Object> headers) {
        return rendered(JSONB.toJson(entity).getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A body serialized already, with its tag. */
    public static Rendered rendered(byte[] body, Map<String, Object> headers) {
        MessageDigest digest = digester();
        digest.update(body);
        return rendered(body, digest, headers);
    }

    /** A body serialized already, with {@code digest} fed every byte of it (and nothing else). */
    public static Rendered rendered(byte[] body, MessageDigest digest, Map<String, Object> headers) {
        return new Rendered(body, new EntityTag(HexFormat.of().formatHex(digest.digest()), true),
                Map.copyOf(headers));
    }

    public static Response.ResponseBuilder ok(HttpHeaders request, Object entity) {
        return respond(request, render(entity, Map.of()));
    }

    /**
     * 200 with the body, or 304 without it while {@code If-None-Match} names the body's tag. {@code If-Match} is
     * not evaluated on these reads, as CoCart does not: a read changes nothing a precondition could protect.
     */
    public static Response.ResponseBuilder respond(HttpHeaders request, Rendered rendered) {
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        Response.ResponseBuilder response = EntityTagSyntax.noneMatches(
                request.getHeaderString(HttpHeaders.IF_NONE_MATCH), rendered.tag().getValue())
                ? Response.notModified() : Response.ok(rendered.body(), CoCartV2.JSON);
        rendered.headers().forEach(response::header);
        return response.tag(rendered.tag()).cacheControl(revalidate);
    }

    /** A new digest of the kind the tags are made of. */
    public static MessageDigest digester() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }
}
