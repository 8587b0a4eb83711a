package org.headlesscart.api.cocart.v2.catalog;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.http.Conditional;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.catalog.boundary.Taxonomy;
import org.headlesscart.catalog.boundary.TaxonomyService;
import org.headlesscart.catalog.boundary.TermPage;

/** Route 25: product categories, a plain array with WordPress's pagination headers, and one category. */
@RequestScoped
@Path(CoCartV2.NAMESPACE + CategoriesResource.ROUTE)
@Produces(CoCartV2.JSON)
@Tag(name = "Products")
public class CategoriesResource {

    static final String ROUTE = "/products/categories";

    @EJB
    TaxonomyService taxonomies;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "categoriesList",
            summary = "Product categories, filtered and paged; 400 rest_invalid_param")
    public Response list(@BeanParam TermListParams params) {
        TermPage page = taxonomies.listTerms(Taxonomy.CATEGORY, params.toQuery(true));
        TermLinks links = new TermLinks(uri.getBaseUri(), ROUTE);
        List<CategoryResponse> body = page.terms().stream().map(term -> CategoryResponse.from(term, links)).toList();
        var pagination = new Pagination(uri, page.total(), page.page(), page.totalPages());
        return Conditional.respond(headers, Conditional.render(body, pagination.headers())).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "categoriesGet", summary = "One product category; 404 cocart_term_invalid")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response category(@PathParam("id") long id) {
        TermLinks links = new TermLinks(uri.getBaseUri(), ROUTE);
        return Conditional.ok(headers, CategoryResponse.from(taxonomies.getTerm(Taxonomy.CATEGORY, id), links)).build();
    }
}
