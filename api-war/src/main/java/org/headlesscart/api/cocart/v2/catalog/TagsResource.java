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
import org.headlesscart.catalog.model.Taxonomy;

/** Route 26: product tags, a plain array with WordPress's pagination headers, and one tag. */
@RequestScoped
@Path(CoCartV2.NAMESPACE + TagsResource.ROUTE)
@Produces(CoCartV2.JSON)
@Tag(name = "Products")
public class TagsResource {

    static final String ROUTE = "/products/tags";

    @EJB
    TaxonomyService taxonomies;

    @Inject
    TermRoutes routes;

    @GET
    @Operation(operationId = "tagsList", summary = "Product tags, filtered and paged; 400 rest_invalid_param")
    public Response list(@BeanParam TermListParams params) {
        return routes.page(taxonomies.listTerms(Taxonomy.TAG, params.toQuery(false)), ROUTE, TagResponse::from);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "tagsGet", summary = "One product tag; 404 cocart_term_invalid")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response tag(@PathParam("id") long id) {
        return routes.one(taxonomies.getTerm(Taxonomy.TAG, id), ROUTE, TagResponse::from);
    }
}
