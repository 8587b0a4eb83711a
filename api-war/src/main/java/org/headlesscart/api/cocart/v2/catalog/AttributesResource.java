package org.headlesscart.api.cocart.v2.catalog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.catalog.boundary.TaxonomyService;

/**
 * Routes 27-28: global attributes (all of them, unpaged, as CoCart lists them) and their terms (paged like
 * categories: CoCart gives attribute terms the hierarchical taxonomies' {@code parent} parameter).
 */
@RequestScoped
@Path(CoCartV2.NAMESPACE + AttributesResource.ROUTE)
@Produces(CoCartV2.JSON)
@Tag(name = "Products")
public class AttributesResource {

    static final String ROUTE = "/products/attributes";

    @EJB
    TaxonomyService taxonomies;

    @Inject
    TermRoutes routes;

    @GET
    @Operation(operationId = "attributesList", summary = "Every global attribute; X-WP-TotalPages is always 1")
    public Response list() {
        return routes.all(taxonomies.listAttributes(), ROUTE, AttributeResponse::from);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "attributesGet", summary = "One global attribute; 404 cocart_attribute_invalid")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response attribute(@PathParam("id") long id) {
        return routes.one(taxonomies.getAttribute(id), ROUTE, AttributeResponse::from);
    }

    @GET
    @Path("{attributeId: \\d+}/terms")
    @Operation(operationId = "attributeTermsList",
            summary = "A global attribute's terms, filtered and paged; 400 rest_invalid_param, "
            + "404 cocart_taxonomy_invalid")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response terms(@PathParam("attributeId") long attributeId, @BeanParam TermListParams params) {
        return routes.page(taxonomies.listAttributeTerms(attributeId, params.toQuery(true)), termsRoute(attributeId),
                AttributeTermResponse::from);
    }

    @GET
    @Path("{attributeId: \\d+}/terms/{id: \\d+}")
    @Operation(operationId = "attributeTermsGet",
            summary = "One term of a global attribute; 404 cocart_taxonomy_invalid, 404 cocart_term_invalid")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response term(@PathParam("attributeId") long attributeId, @PathParam("id") long id) {
        return routes.one(taxonomies.getAttributeTerm(attributeId, id), termsRoute(attributeId),
                AttributeTermResponse::from);
    }

    private static String termsRoute(long attributeId) {
        return ROUTE + "/" + attributeId + "/terms";
    }
}
