package org.headlesscart.api.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.headlesscart.catalog.boundary.CatalogService;

/** Ready means the database answers: every route but {@code /store} needs it. Served at {@code /health/ready}. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @EJB
    CatalogService catalog;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(catalog.isDatabaseReachable()).build();
    }
}
