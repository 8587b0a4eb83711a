package org.headlesscart.api.wc.v3;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

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
import org.headlesscart.catalog.model.Taxonomy;
import org.headlesscart.catalog.boundary.TaxonomyAdminService;
import org.headlesscart.catalog.boundary.TaxonomyService;
import org.headlesscart.catalog.model.TermPage;
import org.headlesscart.catalog.model.TermView;

/**
 * The admin API's categories, tags, global attributes and attribute terms ({@code wc/v3/products/categories},
 * {@code /tags}, {@code /attributes}, {@code /attributes/{id}/terms}). Lists take the storefront's term
 * parameters. Terms have no trash: a delete needs {@code force=true}, as in WooCommerce.
 */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/products")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Catalog admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class TaxonomyAdminResource {

    @EJB
    TaxonomyAdminService admin;

    @EJB
    TaxonomyService taxonomies;

    @Context
    UriInfo uri;

    // Categories

    @GET
    @Path("categories")
    @Operation(operationId = "wcV3CategoriesList", summary = "Categories, filtered and paged as the storefront's list")
    public Response categories(@BeanParam TermListParams params) {
        return list(taxonomies.listTerms(Taxonomy.CATEGORY, params.toQuery(true)), TermResponses.Category::from);
    }

    @POST
    @Path("categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3CategoriesCreate",
            summary = "Create a category: 201; 400 rest_missing_callback_param, rest_invalid_param, empty_term_name,"
            + " term_exists, duplicate_term_slug")
    @RequestBody(ref = RequestDocs.TERM)
    @APIResponse(responseCode = "201", ref = ResponseDocs.CATEGORY)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response createCategory(String body) {
        return create(Taxonomy.CATEGORY, "categories/", body, TermResponses.Category::from);
    }

    @GET
    @Path("categories/{id: \\d+}")
    @Operation(operationId = "wcV3CategoriesGet", summary = "One category; 404 woocommerce_rest_term_invalid")
    @APIResponse(responseCode = "200", ref = ResponseDocs.CATEGORY)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public TermResponses.Category category(@PathParam("id") long id) {
        return TermResponses.Category.from(term(Taxonomy.CATEGORY, id));
    }

    @PUT
    @Path("categories/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3CategoriesUpdate", summary = "Change the fields sent; parent 0 is the top level")
    @RequestBody(ref = RequestDocs.TERM)
    @APIResponse(responseCode = "200", ref = ResponseDocs.CATEGORY)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public TermResponses.Category updateCategory(@PathParam("id") long id, String body) {
        return TermResponses.Category.from(update(Taxonomy.CATEGORY, id, body));
    }

    @PATCH
    @Path("categories/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3CategoriesPatch")
    @RequestBody(ref = RequestDocs.TERM)
    @APIResponse(responseCode = "200", ref = ResponseDocs.CATEGORY)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public TermResponses.Category patchCategory(@PathParam("id") long id, String body) {
        return updateCategory(id, body);
    }

    @DELETE
    @Path("categories/{id: \\d+}")
    @Operation(operationId = "wcV3CategoriesDelete",
            summary = "Delete a category (force=true); its children move up to its parent")
    @APIResponse(responseCode = "200", ref = ResponseDocs.CATEGORY)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "501", ref = ErrorDocs.NOT_IMPLEMENTED)
    public TermResponses.Category deleteCategory(@PathParam("id") long id, @QueryParam("force") String force) {
        return TermResponses.Category.from(delete(Taxonomy.CATEGORY, id, force, "category "));
    }

    // Tags

    @GET
    @Path("tags")
    @Operation(operationId = "wcV3TagsList")
    public Response tags(@BeanParam TermListParams params) {
        return list(taxonomies.listTerms(Taxonomy.TAG, params.toQuery(false)), TermResponses.Tag::from);
    }

    @POST
    @Path("tags")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3TagsCreate",
            summary = "Create a tag: 201; 400 rest_missing_callback_param, rest_invalid_param, empty_term_name,"
            + " woocommerce_rest_taxonomy_not_hierarchical, term_exists, duplicate_term_slug")
    @RequestBody(ref = RequestDocs.TERM)
    @APIResponse(responseCode = "201", ref = ResponseDocs.TAG)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response createTag(String body) {
        return create(Taxonomy.TAG, "tags/", body, TermResponses.Tag::from);
    }

    @GET
    @Path("tags/{id: \\d+}")
    @Operation(operationId = "wcV3TagsGet")
    @APIResponse(responseCode = "200", ref = ResponseDocs.TAG)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public TermResponses.Tag tag(@PathParam("id") long id) {
        return TermResponses.Tag.from(term(Taxonomy.TAG, id));
    }

    @PUT
    @Path("tags/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3TagsUpdate")
    @RequestBody(ref = RequestDocs.TERM)
    @APIResponse(responseCode = "200", ref = ResponseDocs.TAG)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public TermResponses.Tag updateTag(@PathParam("id") long id, String body) {
        return TermResponses.Tag.from(update(Taxonomy.TAG, id, body));
    }

    @PATCH
    @Path("tags/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3TagsPatch")
    @RequestBody(ref = RequestDocs.TERM)
    @APIResponse(responseCode = "200", ref = ResponseDocs.TAG)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public TermResponses.Tag patchTag(@PathParam("id") long id, String body) {
        return updateTag(id, body);
    }

    @DELETE
    @Path("tags/{id: \\d+}")
    @Operation(operationId = "wcV3TagsDelete")
    @APIResponse(responseCode = "200", ref = ResponseDocs.TAG)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "501", ref = ErrorDocs.NOT_IMPLEMENTED)
    public TermResponses.Tag deleteTag(@PathParam("id") long id, @QueryParam("force") String force) {
        return TermResponses.Tag.from(delete(Taxonomy.TAG, id, force, "tag "));
    }

    // Global attributes

    @GET
    @Path("attributes")
    @Operation(operationId = "wcV3AttributesList")
    public List<TermResponses.Attribute> attributes() {
        return taxonomies.listAttributes().stream().map(TermResponses.Attribute::from).toList();
    }

    @POST
    @Path("attributes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3AttributesCreate",
            summary = "Create a global attribute (slug gets the pa_ prefix): 201; 400 rest_missing_callback_param,"
            + " rest_invalid_param, woocommerce_rest_cannot_create")
    @RequestBody(ref = RequestDocs.ATTRIBUTE)
    @APIResponse(responseCode = "201", ref = ResponseDocs.ATTRIBUTE)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response createAttribute(String body) {
        TermResponses.Attribute created = TermResponses.Attribute.from(admin.createAttribute(TermRequest.newAttribute(body)));
        return created("attributes/" + created.id(), created);
    }

    @GET
    @Path("attributes/{id: \\d+}")
    @Operation(operationId = "wcV3AttributesGet")
    @APIResponse(responseCode = "200", ref = ResponseDocs.ATTRIBUTE)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public TermResponses.Attribute attribute(@PathParam("id") long id) {
        try {
            return TermResponses.Attribute.from(taxonomies.getAttribute(id));
        } catch (CatalogException e) {
            throw CatalogFailure.ADMIN_ATTRIBUTE_NOT_FOUND.exception(id);
        }
    }

    @PUT
    @Path("attributes/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3AttributesUpdate",
            summary = "Change the fields sent; a new slug is renamed wherever products use it")
    @RequestBody(ref = RequestDocs.ATTRIBUTE)
    @APIResponse(responseCode = "200", ref = ResponseDocs.ATTRIBUTE)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public TermResponses.Attribute updateAttribute(@PathParam("id") long id, String body) {
        return TermResponses.Attribute.from(admin.updateAttribute(id, TermRequest.attribute(body)));
    }

    @PATCH
    @Path("attributes/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3AttributesPatch")
    @RequestBody(ref = RequestDocs.ATTRIBUTE)
    @APIResponse(responseCode = "200", ref = ResponseDocs.ATTRIBUTE)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public TermResponses.Attribute patchAttribute(@PathParam("id") long id, String body) {
        return updateAttribute(id, body);
    }

    @DELETE
    @Path("attributes/{id: \\d+}")
    @Operation(operationId = "wcV3AttributesDelete")
    @APIResponse(responseCode = "200", ref = ResponseDocs.ATTRIBUTE)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "501", ref = ErrorDocs.NOT_IMPLEMENTED)
    public TermResponses.Attribute deleteAttribute(@PathParam("id") long id, @QueryParam("force") String force) {
        requireForce(force, "attribute " + id);
        return TermResponses.Attribute.from(admin.deleteAttribute(id));
    }

    // Terms of a global attribute

    @GET
    @Path("attributes/{attribute: \\d+}/terms")
    @Operation(operationId = "wcV3AttributeTermsList")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response attributeTerms(@PathParam("attribute") long attribute, @BeanParam TermListParams params) {
        try {
            return list(taxonomies.listAttributeTerms(attribute, params.toQuery(false)), TermResponses.AttributeTerm::from);
        } catch (CatalogException e) {
            throw e.failure() == CatalogFailure.TAXONOMY_NOT_FOUND ? CatalogFailure.ADMIN_ATTRIBUTE_NOT_FOUND.exception(attribute) : e;
        }
    }

    @POST
    @Path("attributes/{attribute: \\d+}/terms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3AttributeTermsCreate")
    @RequestBody(ref = RequestDocs.TERM)
    @APIResponse(responseCode = "201", ref = ResponseDocs.ATTRIBUTE_TERM)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response createAttributeTerm(@PathParam("attribute") long attribute, String body) {
        TermView created = admin.createAttributeTerm(attribute, TermRequest.newTerm(body));
        return created("attributes/" + attribute + "/terms/" + created.id(), TermResponses.AttributeTerm.from(created));
    }

    @GET
    @Path("attributes/{attribute: \\d+}/terms/{id: \\d+}")
    @Operation(operationId = "wcV3AttributeTermsGet")
    @APIResponse(responseCode = "200", ref = ResponseDocs.ATTRIBUTE_TERM)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public TermResponses.AttributeTerm attributeTerm(@PathParam("attribute") long attribute, @PathParam("id") long id) {
        try {
            return TermResponses.AttributeTerm.from(taxonomies.getAttributeTerm(attribute, id));
        } catch (CatalogException e) {
            throw e.failure() == CatalogFailure.TAXONOMY_NOT_FOUND ? CatalogFailure.ADMIN_ATTRIBUTE_NOT_FOUND.exception(attribute)
                    : CatalogFailure.ADMIN_TERM_NOT_FOUND.exception(id);
        }
    }

    @PUT
    @Path("attributes/{attribute: \\d+}/terms/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3AttributeTermsUpdate",
            summary = "Change the fields sent; a new slug is renamed wherever products use it")
    @RequestBody(ref = RequestDocs.TERM)
    @APIResponse(responseCode = "200", ref = ResponseDocs.ATTRIBUTE_TERM)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public TermResponses.AttributeTerm updateAttributeTerm(@PathParam("attribute") long attribute,
            @PathParam("id") long id, String body) {
        return TermResponses.AttributeTerm.from(admin.updateAttributeTerm(attribute, id, TermRequest.term(body)));
    }

    @PATCH
    @Path("attributes/{attribute: \\d+}/terms/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3AttributeTermsPatch")
    @RequestBody(ref = RequestDocs.TERM)
    @APIResponse(responseCode = "200", ref = ResponseDocs.ATTRIBUTE_TERM)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public TermResponses.AttributeTerm patchAttributeTerm(@PathParam("attribute") long attribute,
            @PathParam("id") long id, String body) {
        return updateAttributeTerm(attribute, id, body);
    }

    @DELETE
    @Path("attributes/{attribute: \\d+}/terms/{id: \\d+}")
    @Operation(operationId = "wcV3AttributeTermsDelete",
            summary = "Delete a term (force=true); products stop offering it")
    @APIResponse(responseCode = "200", ref = ResponseDocs.ATTRIBUTE_TERM)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "501", ref = ErrorDocs.NOT_IMPLEMENTED)
    public TermResponses.AttributeTerm deleteAttributeTerm(@PathParam("attribute") long attribute,
            @PathParam("id") long id, @QueryParam("force") String force) {
        requireForce(force, "term " + id);
        return TermResponses.AttributeTerm.from(admin.deleteAttributeTerm(attribute, id));
    }

    /** A category or tag created from the body: 201 with its location under {@code collection}. */
    private <T> Response create(Taxonomy taxonomy, String collection, String body, Function<TermView, T> shape) {
        TermView created = admin.createTerm(taxonomy, TermRequest.newTerm(body));
        return created(collection + created.id(), shape.apply(created));
    }

    private TermView update(Taxonomy taxonomy, long id, String body) {
        return admin.updateTerm(taxonomy, id, TermRequest.term(body));
    }

    /** A category or tag deleted, which needs {@code force=true}; {@code what} names it in the log. */
    private TermView delete(Taxonomy taxonomy, long id, String force, String what) {
        requireForce(force, what + id);
        return admin.deleteTerm(taxonomy, id);
    }

    private TermView term(Taxonomy taxonomy, long id) {
        try {
            return taxonomies.getTerm(taxonomy, id);
        } catch (CatalogException e) {
            throw CatalogFailure.ADMIN_TERM_NOT_FOUND.exception(taxonomy + " " + id);
        }
    }

    private <T> Response list(TermPage page, Function<TermView, T> shape) {
        Response.ResponseBuilder response = Response.ok(page.terms().stream().map(shape).toList());
        new Pagination(uri, page.total(), page.page(), page.totalPages()).headers().forEach(response::header);
        return response.build();
    }

    private Response created(String path, Object body) {
        URI location = URI.create(uri.getBaseUri() + WooCommerceV3.NAMESPACE + "/products/" + path);
        return Response.created(location).entity(body).build();
    }

    private static void requireForce(String force, String what) {
        if (!ProductsAdminResource.flag("force", force)) {
            throw CatalogFailure.TRASH_NOT_SUPPORTED.exception(what);
        }
    }
}
