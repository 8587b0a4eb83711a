package org.headlesscart.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST application. WordPress serves its REST API under {@code /wp-json}, so we do too: with the WAR at
 * context root {@code /}, our URLs are CoCart's and a storefront only changes the host.
 */
@ApplicationPath("wp-json")
@OpenAPIDefinition(info = @Info(title = "Headless Cart", version = "0.1.0",
        description = "CoCart REST API v2 compatible cart and catalog API"))
public class HeadlessCartApi extends Application {
}
