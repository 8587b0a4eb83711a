package org.headlesscart.api.cocart.v2.store;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.health.NeedsNoDatabase;
import org.headlesscart.catalog.boundary.CatalogService;

/** Route 16: {@code GET /wp-json/cocart/v2/store}. Configuration only: it answers while the database is away. */
@RequestScoped
@NeedsNoDatabase
@Path(CoCartV2.NAMESPACE + "/store")
@Produces(CoCartV2.JSON)
@Tag(name = "Store")
public class StoreResource {

    @EJB
    CatalogService catalog;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "storeGet",
            summary = "Store details: title, description, home URL, language, time zone, address")
    public StoreResponse store() {
        return StoreResponse.from(catalog.storeDetails(), uri.getBaseUri());
    }
}
