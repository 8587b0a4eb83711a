package org.headlesscart.api.ratelimit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

import org.headlesscart.ratelimit.model.RateDecision;

/**
 * The headers of a counted request's answer, whatever its status (CoCart sends them on every limited request):
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} (Unix seconds of the window's end),
 * and when refused {@code Retry-After} and CoCart's {@code RateLimit-Retry-After} (seconds). Bound only to limited
 * routes by {@link RateLimitFeature}.
 */
final class RateLimitHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(RateLimiter.DECISION) instanceof RateDecision decision)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("RateLimit-Limit", Integer.toString(decision.limit()));
        headers.putSingle("RateLimit-Remaining", Integer.toString(decision.remaining()));
        headers.putSingle("RateLimit-Reset", Long.toString(decision.reset()));
        if (!decision.allowed()) {
            headers.putSingle(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfter()));
            headers.putSingle("RateLimit-Retry-After", Long.toString(decision.retryAfter()));
        }
    }
}
