package org.headlesscart.api.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.cocart.v2.CoCartV2;

/**
 * Conditional GETs for cacheable reads (contract decision 9): the body is serialized once, its digest is a weak
 * ETag as CoCart 4.9 sends ({@code W/"md5"}), and a matching {@code If-None-Match} answers 304 without a body.
 * A digest of the body changes whenever anything shown changes, including linked products and prices.
 */
public final class Conditional {

    private static final Jsonb JSONB = JsonbBuilder.create(JsonbConfiguration.config());

    private Conditional() {
    }

    public static Response.ResponseBuilder ok(Request request, Object entity) {
        byte[] body = JSONB.toJson(entity).getBytes(StandardCharsets.UTF_8);
        EntityTag tag = new EntityTag(digest(body), true);
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(revalidate);
        }
        return Response.ok(body, CoCartV2.JSON).tag(tag).cacheControl(revalidate);
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }
}
