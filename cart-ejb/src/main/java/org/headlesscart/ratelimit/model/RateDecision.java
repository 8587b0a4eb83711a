package org.headlesscart.ratelimit.model;

/**
 * One counted request: whether it is within its group's limit, and the figures of the {@code RateLimit-*} headers.
 *
 * @param allowed    the request is within the limit
 * @param limit      requests allowed per window ({@code RateLimit-Limit})
 * @param remaining  requests left in this window after this one, never negative ({@code RateLimit-Remaining})
 * @param reset      epoch second the window ends ({@code RateLimit-Reset}, as CoCart and WooCommerce send it)
 * @param retryAfter whole seconds until then, at least 1 ({@code Retry-After} when refused)
 */
public record RateDecision(boolean allowed, int limit, int remaining, long reset, long retryAfter) {

    /** The decision for the {@code hits}-th request of a window (the first is 1) under {@code limit}. */
    public static RateDecision of(long hits, int limit, FixedWindow window, long retryAfter) {
        int remaining = (int) Math.max(0, Math.min(limit, limit - hits));
        return new RateDecision(hits <= limit, limit, remaining, window.end(), retryAfter);
    }
}
