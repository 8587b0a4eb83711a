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
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.catalog.boundary.TaxonomyService;
import org.headlesscart.catalog.model.Taxonomy;

/** Route 25: product categories, a plain array with WordPress's pagination headers, and one category. */
@RequestScoped
@Path(CoCartV2.NAMESPACE + CategoriesResource.ROUTE)
@Produces(CoCartV2.JSON)
public class CategoriesResource {

    static final String ROUTE = "/products/categories";

    @EJB
    TaxonomyService taxonomies;

    @Inject
    TermRoutes routes;

    @GET
    @Operation(summary = "Product categories, filtered and paged; 400 rest_invalid_param")
    public Response list(@BeanParam TermListParams params) {
        return routes.page(taxonomies.listTerms(Taxonomy.CATEGORY, params.toQuery(true)), ROUTE,
                CategoryResponse::from);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One product category; 404 cocart_term_invalid")
    public Response category(@PathParam("id") long id) {
        return routes.one(taxonomies.getTerm(Taxonomy.CATEGORY, id), ROUTE, CategoryResponse::from);
    }
}
