package org.headlesscart.api.ratelimit;

import java.lang.reflect.Method;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Binds the counting to the routes of a group, when the group is on: a route marked {@link RateLimited} counts in its
 * group, any other POST, PUT, PATCH or DELETE in {@link RateGroup#WRITE}. Decided once, when the routes are built:
 * a route in no group, or in a group that is off, runs none of this (GET /cart and GET /store pay nothing), and
 * switching a group on or off takes a restart. Groups counted before authentication run just after the database
 * gate; the others after authentication, so that the signed-in user is known.
 */
@Provider
@ApplicationScoped
public class RateLimitFeature implements DynamicFeature {

    @Inject
    RateLimiter limiter;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        RateLimited limited = method.getAnnotation(RateLimited.class);
        boolean counted = false;
        if (limited != null && limited.everyRequest()) {
            counted = bind(limited.value(), context);
        } else if (isWrite(method)) {
            counted = bind(RateGroup.WRITE, context);
        }
        if (counted || limited != null && limiter.enabled(limited.value())) {
            context.register(new RateLimitHeaders());
        }
    }

    private boolean bind(RateGroup group, FeatureContext context) {
        if (!limiter.enabled(group)) {
            return false;
        }
        int priority = group.beforeAuthentication() ? Priorities.AUTHENTICATION - 40 : Priorities.AUTHENTICATION + 50;
        context.register(new Count(limiter, group), priority);
        return true;
    }

    private static boolean isWrite(Method method) {
        return method.getAnnotation(jakarta.ws.rs.POST.class) != null
                || method.getAnnotation(jakarta.ws.rs.PUT.class) != null
                || method.getAnnotation(jakarta.ws.rs.PATCH.class) != null
                || method.getAnnotation(jakarta.ws.rs.DELETE.class) != null;
    }

    /** Counts every request of one route in its group. */
    static final class Count implements ContainerRequestFilter {

        private final RateLimiter limiter;
        private final RateGroup group;

        Count(RateLimiter limiter, RateGroup group) {
            this.limiter = limiter;
            this.group = group;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            limiter.count(group);
        }
    }
}
