package org.headlesscart.api.headlesscart.v1.carts;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.headlesscart.v1.HeadlessCartV1;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.cart.boundary.CartAdminService.CartInsights;
import org.headlesscart.cart.boundary.CartAdminService.Figures;
import org.headlesscart.catalog.boundary.CatalogService;

/**
 * {@code GET /wp-json/headlesscart/v1/carts/insights}: how many carts are active, expiring and expired, what they
 * are worth (at their last write, minor units of the store currency, as CoCart writes money) and how many have a
 * captured e-mail; the figures are at most headlesscart.api.cart-figures-max-age old. Shop managers and administrators only.
 */
@RequestScoped
@StaffOnly
@Path(HeadlessCartV1.NAMESPACE + "/carts/insights")
@Produces(CoCartV2.JSON)
@Tag(name = "Carts admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class CartInsightsResource {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    CartFigures figures;

    @EJB
    CatalogService catalog;

    @GET
    @Operation(operationId = "cartInsights",
            summary = "Counts and value of active, expiring and expired carts; 401/403 cocart_rest_cannot_view")
    public JsonObject insights() {
        CartInsights insights = figures.insights();
        return JSON.createObjectBuilder()
                .add("currency", catalog.storeDetails().currency().code())
                .add("active", json(insights.active()))
                .add("expiring", json(insights.expiring()))
                .add("expired", json(insights.expired()))
                .build();
    }

    private static JsonObjectBuilder json(Figures f) {
        return JSON.createObjectBuilder().add("carts", f.carts()).add("value", Long.toString(f.valueMinor()))
                .add("with_email", f.withEmail());
    }
}
