package org.headlesscart.api.cocart.v2.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import org.headlesscart.api.http.CatalogResponseCache;
import org.headlesscart.api.http.Conditional;
import org.headlesscart.api.http.JsonbConfiguration;

/**
 * A Products API answer as kept (CatalogResponseCache): the serialized body without what repeats the request's
 * query, which {@link #rendered} adds per request, so that one kept answer serves every spelling of the same query
 * with exactly the bytes, tag and headers a computed answer would have. A list's pagination ({@code X-WP-Total},
 * {@code X-WP-TotalPages}, {@code Link}) is made per request from its numbers; the product list's {@code _links},
 * the last member of its body, is appended to the kept bytes, and the body's digest (its weak {@code ETag}) goes
 * on from the kept digest of the bytes before it, so a request hashes only the links.
 *
 * @param body the body; when {@code linksInBody}, without {@code _links}
 * @param pages the list's numbers, null for one product or variation
 * @param linksInBody whether the body ends with the pagination's {@code _links} when there are other pages
 * @param head the digest of {@code body} without its closing brace, when {@code linksInBody}; never updated
 */
record ProductAnswer(Conditional.Rendered whole, Pages pages, boolean linksInBody, MessageDigest head)
        implements CatalogResponseCache.Sized {

    /** A list's size, the page shown (from 1) and how many pages it has. */
    record Pages(long total, int page, int totalPages) {
    }

    private static final byte[] LINKS = ",\"_links\":".getBytes(StandardCharsets.UTF_8);

    /** One product or variation. */
    static ProductAnswer single(Object body) {
        return new ProductAnswer(Conditional.render(body, Map.of()), null, false, null);
    }

    /** A list whose pagination is in its headers only (a product's variations). */
    static ProductAnswer headersOnly(Object body, Pages pages) {
        return new ProductAnswer(Conditional.render(body, Map.of()), pages, false, null);
    }

    /** A list whose {@code _links} (none here) are the last member of its body object (the product list). */
    static ProductAnswer linksLast(Map<String, Object> bodyWithoutLinks, Pages pages) {
        Conditional.Rendered whole = Conditional.render(bodyWithoutLinks, Map.of());
        MessageDigest head = Conditional.digester();
        head.update(whole.body(), 0, whole.body().length - 1);
        return new ProductAnswer(whole, pages, true, head);
    }

    @Override
    public long bytes() {
        return whole.body().length;
    }

    /** The answer to this request: the kept one with its pagination made from the request's URL. */
    Conditional.Rendered rendered(UriInfo uri) {
        if (pages == null) {
            return whole;
        }
        Pagination pagination = new Pagination(uri, pages.total(), pages.page(), pages.totalPages());
        if (!linksInBody || pagination.links().isEmpty()) {
            return new Conditional.Rendered(whole.body(), whole.tag(), pagination.headers());
        }
        byte[] links = JsonbConfiguration.jsonb().toJson(new LinkedHashMap<>(pagination.links()))
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream(whole.body().length + LINKS.length + links.length);
        body.write(whole.body(), 0, whole.body().length - 1);
        body.writeBytes(LINKS);
        body.writeBytes(links);
        body.write('}');
        MessageDigest digest;
        try {
            digest = (MessageDigest) head.clone();
        } catch (CloneNotSupportedException e) {
            digest = null;
        }
        byte[] bytes = body.toByteArray();
        if (digest == null) {
            return Conditional.rendered(bytes, pagination.headers());
        }
        digest.update(LINKS);
        digest.update(links);
        digest.update((byte) '}');
        return Conditional.rendered(bytes, digest, pagination.headers());
    }
}
