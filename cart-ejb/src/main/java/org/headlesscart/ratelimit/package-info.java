/**
 * The rate-limit component: request-rate limits counted in the database, so that every node of a cluster counts into
 * the same windows (docs/rate-limits.md; COCART-PLUS §5 and decision 6).
 *
 * <p>Operations: {@code RateLimitService.hit} counts one request of a client in a group and says whether it is within
 * the limit, with the figures the {@code RateLimit-*} headers carry; {@code RateLimitPurge} deletes the rows of ended
 * windows on a timer. Which routes form which group, who the client is and who is exempt are the WAR's decisions;
 * this component only counts. Fixed windows aligned to their length ({@link org.headlesscart.ratelimit.model.FixedWindow}):
 * one atomic statement per request, no read before it, and a window's end known without asking the database.
 *
 * <p>No failure reasons: a refusal is an answer ({@link org.headlesscart.ratelimit.model.RateDecision}), not an
 * exception. Depends on no other component. Owns {@code rate_limit} (unit "cart"'s schema history, reached through
 * the datasource directly: see {@code RateLimitStore}).
 */
package org.headlesscart.ratelimit;
