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
import org.headlesscart.catalog.boundary.TaxonomyService;
import org.headlesscart.catalog.boundary.TermPage;

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

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "attributesList", summary = "Every global attribute; X-WP-TotalPages is always 1")
    public Response list() {
        TermLinks links = new TermLinks(uri.getBaseUri(), ROUTE);
        List<AttributeResponse> body = taxonomies.listAttributes().stream()
                .map(attribute -> AttributeResponse.from(attribute, links)).toList();
        var pagination = new Pagination(uri, body.size(), 1, 1);
        return Conditional.respond(headers, Conditional.render(body, pagination.headers())).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "attributesGet", summary = "One global attribute; 404 cocart_attribute_invalid")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response attribute(@PathParam("id") long id) {
        TermLinks links = new TermLinks(uri.getBaseUri(), ROUTE);
        return Conditional.ok(headers, AttributeResponse.from(taxonomies.getAttribute(id), links)).build();
    }

    @GET
    @Path("{attributeId: \\d+}/terms")
    @Operation(operationId = "attributeTermsList",
            summary = "A global attribute's terms, filtered and paged; 400 rest_invalid_param, "
            + "404 cocart_taxonomy_invalid")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response terms(@PathParam("attributeId") long attributeId, @BeanParam TermListParams params) {
        TermPage page = taxonomies.listAttributeTerms(attributeId, params.toQuery(true));
        TermLinks links = termLinks(attributeId);
        List<AttributeTermResponse> body = page.terms().stream()
                .map(term -> AttributeTermResponse.from(term, links)).toList();
        var pagination = new Pagination(uri, page.total(), page.page(), page.totalPages());
        return Conditional.respond(headers, Conditional.render(body, pagination.headers())).build();
    }

    @GET
    @Path("{attributeId: \\d+}/terms/{id: \\d+}")
    @Operation(operationId = "attributeTermsGet",
            summary = "One term of a global attribute; 404 cocart_taxonomy_invalid, 404 cocart_term_invalid")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response term(@PathParam("attributeId") long attributeId, @PathParam("id") long id) {
        var term = taxonomies.getAttributeTerm(attributeId, id);
        return Conditional.ok(headers, AttributeTermResponse.from(term, termLinks(attributeId))).build();
    }

    private TermLinks termLinks(long attributeId) {
        return new TermLinks(uri.getBaseUri(), ROUTE + "/" + attributeId + "/terms");
    }
}
