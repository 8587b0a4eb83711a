package org.headlesscart.api.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Puts a resource method's requests in a rate-limit group ({@link RateLimitFeature} binds the counting). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

    RateGroup value();

    /**
     * True: every request of the route counts. False: the method counts, through {@link RateLimiter#count}, only the
     * requests that do what the group limits (a checkout update that applies a coupon); the answers still get the
     * headers.
     */
    boolean everyRequest() default true;
}
