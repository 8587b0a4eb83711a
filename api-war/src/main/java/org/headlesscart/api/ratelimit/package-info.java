/**
 * Request-rate limits on the REST API (docs/rate-limits.md; COCART-PLUS §5, decision 6): which routes form which group
 * ({@link org.headlesscart.api.ratelimit.RateLimited}, bound per resource method by
 * {@link org.headlesscart.api.ratelimit.RateLimitFeature}, so routes outside every group run no rate-limit code at
 * all), who is counted (the signed-in user, else the client address, believed from {@code X-Forwarded-For} only from a
 * trusted proxy), who is exempt (staff), and the answers: {@code RateLimit-*} headers on every answer of a limited
 * request, 429 {@code rate_limit_exceeded} with {@code Retry-After} over the limit. The counting itself is the
 * rate-limit component's, in the database, shared by every node.
 */
package org.headlesscart.api.ratelimit;
