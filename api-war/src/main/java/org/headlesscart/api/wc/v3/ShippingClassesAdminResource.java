package org.headlesscart.api.wc.v3;

import java.net.URI;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.cocart.v2.catalog.Pagination;
import org.headlesscart.api.cocart.v2.catalog.TermListParams;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.openapi.ResponseDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.catalog.boundary.CatalogException;
import org.headlesscart.catalog.boundary.CatalogFailure;
import org.headlesscart.catalog.boundary.TaxonomyAdminService;
import org.headlesscart.catalog.boundary.TaxonomyService;
import org.headlesscart.catalog.model.Taxonomy;
import org.headlesscart.catalog.model.TermPage;
import org.headlesscart.catalog.model.TermView;

/**
 * The admin API's product shipping classes ({@code wc/v3/products/shipping_classes}), which flat-rate shipping
 * prices per class. WooCommerce serves them as a flat term taxonomy, so they take a tag's list parameters, body and
 * rules; a delete needs {@code force=true}. CoCart's storefront has no route for them.
 */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/products/shipping_classes")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Catalog admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class ShippingClassesAdminResource {

    private static final Taxonomy CLASSES = Taxonomy.SHIPPING_CLASS;

    @EJB
    TaxonomyAdminService admin;

    @EJB
    TaxonomyService taxonomies;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "wcV3ShippingClassesList",
            summary = "Shipping classes, by name; the term list parameters (page, per_page, search, slug, product...)")
    public Response list(@BeanParam TermListParams params) {
        TermPage page = taxonomies.listTerms(CLASSES, params.toQuery(false));
        Response.ResponseBuilder response = Response.ok(page.terms().stream()
                .map(TermResponses.ShippingClass::from).toList());
        new Pagination(uri, page.total(), page.page(), page.totalPages()).headers().forEach(response::header);
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3ShippingClassesCreate",
            summary = "Create a shipping class: 201; 400 rest_missing_callback_param, rest_invalid_param,"
            + " empty_term_name, woocommerce_rest_taxonomy_not_hierarchical, term_exists, duplicate_term_slug")
    @RequestBody(ref = RequestDocs.TERM)
    @APIResponse(responseCode = "201", ref = ResponseDocs.SHIPPING_CLASS)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(String body) {
        TermView created = admin.createTerm(CLASSES, TermRequest.newTerm(body));
        URI location = uri.getBaseUriBuilder().path(WooCommerceV3.NAMESPACE).path("products/shipping_classes")
                .path(String.valueOf(created.id())).build();
        return Response.created(location).entity(TermResponses.ShippingClass.from(created)).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3ShippingClassesGet", summary = "One shipping class; 404 woocommerce_rest_term_invalid")
    @APIResponse(responseCode = "200", ref = ResponseDocs.SHIPPING_CLASS)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public TermResponses.ShippingClass get(@PathParam("id") long id) {
        try {
            return TermResponses.ShippingClass.from(taxonomies.getTerm(CLASSES, id));
        } catch (CatalogException e) {
            throw CatalogFailure.ADMIN_TERM_NOT_FOUND.exception("shipping class " + id);
        }
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3ShippingClassesUpdate", summary = "Change the fields sent (name, slug, description)")
    @RequestBody(ref = RequestDocs.TERM)
    @APIResponse(responseCode = "200", ref = ResponseDocs.SHIPPING_CLASS)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public TermResponses.ShippingClass update(@PathParam("id") long id, String body) {
        return TermResponses.ShippingClass.from(admin.updateTerm(CLASSES, id, TermRequest.term(body)));
    }

    @PATCH
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3ShippingClassesPatch", summary = "As PUT")
    @RequestBody(ref = RequestDocs.TERM)
    @APIResponse(responseCode = "200", ref = ResponseDocs.SHIPPING_CLASS)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public TermResponses.ShippingClass patch(@PathParam("id") long id, String body) {
        return update(id, body);
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3ShippingClassesDelete",
            summary = "Delete a shipping class (force=true, else 501); its products keep no class; 404")
    @APIResponse(responseCode = "200", ref = ResponseDocs.SHIPPING_CLASS)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "501", ref = ErrorDocs.NOT_IMPLEMENTED)
    public TermResponses.ShippingClass delete(@PathParam("id") long id, @QueryParam("force") String force) {
        if (!ProductsAdminResource.flag("force", force)) {
            throw CatalogFailure.TRASH_NOT_SUPPORTED.exception("shipping class " + id);
        }
        return TermResponses.ShippingClass.from(admin.deleteTerm(CLASSES, id));
    }
}
