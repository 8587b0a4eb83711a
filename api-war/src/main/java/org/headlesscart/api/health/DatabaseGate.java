package org.headlesscart.api.health;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.api.error.DatabaseOutage;

/**
 * Turns requests away with 503 {@code cocart_database_unavailable} and {@code Retry-After} while the database is
 * unreachable ({@link DatabaseAvailability}), before authentication (which reads accounts) and before any
 * resource waits on a dead connection. Bound to every route but those marked {@link NeedsNoDatabase}.
 */
@Provider
@ApplicationScoped
public class DatabaseGate implements DynamicFeature {

    @Inject
    DatabaseAvailability database;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (!resource.getResourceMethod().isAnnotationPresent(NeedsNoDatabase.class)
                && !resource.getResourceClass().isAnnotationPresent(NeedsNoDatabase.class)) {
            context.register(new Filter(database), Priorities.AUTHENTICATION - 50);
        }
    }

    /** The check itself, one instance per route that needs the database. */
    @Priority(Priorities.AUTHENTICATION - 50)
    static final class Filter implements ContainerRequestFilter {

        private final DatabaseAvailability database;

        Filter(DatabaseAvailability database) {
            this.database = database;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (!database.admits()) {
                request.abortWith(DatabaseOutage.refusal());
            }
        }
    }
}
