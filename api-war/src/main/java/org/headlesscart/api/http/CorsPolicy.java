package org.headlesscart.api.http;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.api.error.CoCartError;

/**
 * Who may call the API from a browser on another origin (contract §8, decision 6), and the headers that say so.
 *
 * <p>{@code headlesscart.api.cors.allowed-origins} is a comma-separated list of origins. A listed origin is echoed
 * with {@code Access-Control-Allow-Credentials: true}, so storefronts can send Basic or Bearer credentials. {@code *}
 * lets any other origin in without credentials: a wildcard with credentials would let every site on the web act
 * with a visitor's stored login. Nothing is configured by default: WordPress reflects any origin, but our admin
 * routes send a Basic challenge whose credentials the browser would then replay for any site. {@code null} (sandboxed
 * frames, {@code file:}) is never a listed origin, only {@code *} covers it.
 */
@ApplicationScoped
public class CorsPolicy {

    static final String ANY = "*";
    static final String ALLOW_METHODS = "OPTIONS, GET, POST, PUT, PATCH, DELETE";
    /**
     * CoCart 4.8's list, its 4.2 extra (X-Requested-With), the request headers of our own decisions, and
     * X-HTTP-Method-Override, so a storefront on another origin can use WordPress's method override as a header too.
     */
    static final String ALLOW_HEADERS = "Authorization, X-WP-Nonce, X-Requested-With, Content-Disposition, Content-MD5, "
            + "Content-Type, CoCart-API-Cart-Key, CoCart-API-Cart-Expiring, CoCart-API-Cart-Expiration, Cart-Key, "
            + "If-None-Match, If-Match, Idempotency-Key, X-HTTP-Method-Override";
    /**
     * Everything a storefront reads besides the CORS-safelisted headers; Retry-After for 409 and 429 answers,
     * Idempotent-Replayed on a cart write's answer sent again for a retry with the same Idempotency-Key.
     */
    static final String EXPOSE_HEADERS = "X-WP-Total, X-WP-TotalPages, Link, CoCart-API-Cart-Key, "
            + "CoCart-API-Cart-Expiring, CoCart-API-Cart-Expiration, CoCart-Timestamp, CoCart-Version, Cart-Key, ETag, "
            + "Allow, Retry-After, Idempotent-Replayed, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, "
            + "RateLimit-Retry-After";
    static final String REFUSED = "cocart_cors_origin_not_allowed";

    private static final Logger LOG = System.getLogger(CorsPolicy.class.getName());

    // A plain string split here: Payara 6's config producer fails on Optional<List<String>> (ClassCastException).
    @Inject
    @ConfigProperty(name = "headlesscart.api.cors.allowed-origins")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "headlesscart.api.cors.max-age", defaultValue = "600")
    long maxAgeSeconds;

    private final Set<String> listed = new LinkedHashSet<>();
    private boolean any;

    /** A policy built from these values, for tests and anything outside CDI. */
    static CorsPolicy of(List<String> origins, long maxAgeSeconds) {
        CorsPolicy policy = new CorsPolicy();
        policy.configured = Optional.of(String.join(",", origins));
        policy.maxAgeSeconds = maxAgeSeconds;
        policy.init();
        return policy;
    }

    @PostConstruct
    void init() {
        for (String entry : configured.orElse("").split(",")) {
            String origin = normalized(entry);
            if (ANY.equals(origin)) {
                any = true;
            } else if (origin.equals("null")) {
                LOG.log(Level.WARNING, "headlesscart.api.cors.allowed-origins: 'null' is ignored; only * covers it");
            } else if (!origin.isEmpty()) {
                listed.add(origin);
            }
        }
    }

    /** What this origin is granted; empty when it is not allowed (or the request named none). */
    public Optional<Grant> grant(String origin) {
        if (origin == null || origin.isBlank()) {
            return Optional.empty();
        }
        if (listed.contains(normalized(origin))) {
            return Optional.of(new Grant(origin, true));
        }
        return any ? Optional.of(new Grant(ANY, false)) : Optional.empty();
    }

    /** Adds the headers of an actual (non-preflight) response for a request from this origin. */
    public void decorate(String origin, MultivaluedMap<String, Object> headers) {
        if (listed.isEmpty() && !any) {
            return;
        }
        // The answer depends on Origin whenever anything is configured; shared caches must key on it.
        varyOnOrigin(headers);
        grant(origin).ifPresent(grant -> {
            headers.putSingle("Access-Control-Allow-Origin", grant.allowOrigin());
            if (grant.credentials()) {
                headers.putSingle("Access-Control-Allow-Credentials", "true");
            }
            headers.putSingle("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        });
    }

    /** The answer to a preflight from this origin: 200 with the allow headers, or 403 in the CoCart envelope. */
    public Response preflight(String origin) {
        Optional<Grant> grant = grant(origin);
        if (grant.isEmpty()) {
            return CoCartError.response(403, REFUSED, "Cross-origin requests from this origin are not allowed.");
        }
        Response.ResponseBuilder ok = Response.ok()
                .header("Access-Control-Allow-Origin", grant.get().allowOrigin())
                .header("Access-Control-Allow-Methods", ALLOW_METHODS)
                .header("Access-Control-Allow-Headers", ALLOW_HEADERS)
                .header("Access-Control-Max-Age", Long.toString(maxAgeSeconds));
        return (grant.get().credentials() ? ok.header("Access-Control-Allow-Credentials", "true") : ok).build();
    }

    private static void varyOnOrigin(MultivaluedMap<String, Object> headers) {
        List<Object> vary = headers.get("Vary");
        boolean present = vary != null && vary.stream()
                .anyMatch(value -> String.valueOf(value).toLowerCase(Locale.ROOT).contains("origin"));
        if (!present) {
            headers.add("Vary", "Origin");
        }
    }

    /** Browsers send origins in lower case without a trailing slash; configuration may not. */
    private static String normalized(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The {@code Access-Control-Allow-Origin} value to send, and whether credentials are allowed with it. */
    public record Grant(String allowOrigin, boolean credentials) {
    }
}
