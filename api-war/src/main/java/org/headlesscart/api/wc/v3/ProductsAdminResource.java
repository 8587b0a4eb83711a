package org.headlesscart.api.wc.v3;

import java.net.URI;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PATCH;
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
import org.headlesscart.api.cocart.v2.catalog.ParamCheck;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.openapi.ResponseDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.catalog.model.AdminProductView;
import org.headlesscart.catalog.boundary.CatalogAdminService;
import org.headlesscart.catalog.boundary.CatalogService;

/**
 * The admin API's products and variations ({@code wc/v3/products}). Creates answer 201 with a {@code Location};
 * updates change only the fields sent (PUT and PATCH alike, as in WooCommerce); a product delete without
 * {@code force=true} moves it to the trash.
 */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/products")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Catalog admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class ProductsAdminResource {

    private static final List<String> STATUSES = List.of("any", "draft", "pending", "private", "publish", "trash");
    private static final List<String> TYPES = List.of("simple", "variable", "grouped", "external");

    @EJB
    CatalogAdminService admin;

    @EJB
    CatalogService catalog;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "wcV3ProductsList",
            summary = "Products of any status, newest first; page, per_page (1-100), search, sku, status, type")
    public Response list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("search") String search, @QueryParam("sku") String sku, @QueryParam("status") String status,
            @QueryParam("type") String type) {
        ParamCheck check = new ParamCheck();
        int pageNumber = check.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int size = check.integer("per_page", perPage, 10, 1, 100);
        String statusFilter = check.oneOf("status", status, STATUSES);
        String typeFilter = check.oneOf("type", type, TYPES);
        check.throwIfAny();
        AdminProductView.Page result = admin.listProducts("any".equals(statusFilter) ? null : statusFilter,
                typeFilter, ParamCheck.blankToNull(sku), ParamCheck.blankToNull(search), pageNumber, size);
        ProductResponse.Format format = format();
        Response.ResponseBuilder response = Response.ok(result.products().stream()
                .map(p -> ProductResponse.from(p, format)).toList());
        new Pagination(uri, result.total(), pageNumber, result.totalPages()).headers().forEach(response::header);
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3ProductsCreate",
            summary = "Create a product: 201; 400 rest_invalid_param, 400 product_invalid_sku")
    @RequestBody(ref = RequestDocs.PRODUCT)
    @APIResponse(responseCode = "201", ref = ResponseDocs.PRODUCT)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(String body) {
        AdminProductView created = admin.createProduct(ProductRequest.product(body));
        return Response.created(location(created.id())).entity(ProductResponse.from(created, format())).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3ProductsGet",
            summary = "One product of any status; 404 woocommerce_rest_product_invalid_id")
    @APIResponse(responseCode = "200", ref = ResponseDocs.PRODUCT)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public ProductResponse product(@PathParam("id") long id) {
        return ProductResponse.from(admin.getProduct(id), format());
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3ProductsUpdate",
            summary = "Change the fields sent; 400 rest_invalid_param, 400 product_invalid_sku, 404")
    @RequestBody(ref = RequestDocs.PRODUCT)
    @APIResponse(responseCode = "200", ref = ResponseDocs.PRODUCT)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public ProductResponse update(@PathParam("id") long id, String body) {
        return ProductResponse.from(admin.updateProduct(id, ProductRequest.product(body)), format());
    }

    @PATCH
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3ProductsPatch", summary = "As PUT")
    @RequestBody(ref = RequestDocs.PRODUCT)
    @APIResponse(responseCode = "200", ref = ResponseDocs.PRODUCT)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public ProductResponse patch(@PathParam("id") long id, String body) {
        return update(id, body);
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3ProductsDelete",
            summary = "Trash a product, or with force=true delete it and its variations; 404")
    @APIResponse(responseCode = "200", ref = ResponseDocs.PRODUCT)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public ProductResponse delete(@PathParam("id") long id, @QueryParam("force") String force) {
        return ProductResponse.from(admin.deleteProduct(id, flag("force", force)), format());
    }

    @GET
    @Path("{id: \\d+}/variations")
    @Operation(operationId = "wcV3ProductVariationsList",
            summary = "A product's variations, any status, in menu order; 404")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response variations(@PathParam("id") long id) {
        ProductResponse.Format format = format();
        List<VariationResponse> body = admin.listVariations(id).stream().map(v -> VariationResponse.from(v, format))
                .toList();
        return Response.ok(body).header("X-WP-Total", body.size()).header("X-WP-TotalPages", body.isEmpty() ? 0 : 1)
                .build();
    }

    @POST
    @Path("{id: \\d+}/variations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3ProductVariationsCreate",
            summary = "Add a variation to a variable product: 201; 400 rest_invalid_param,"
            + " woocommerce_rest_cannot_create (a body naming none of its fields); 404")
    @RequestBody(ref = RequestDocs.VARIATION)
    @APIResponse(responseCode = "201", ref = ResponseDocs.VARIATION)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response createVariation(@PathParam("id") long id, String body) {
        AdminProductView created = admin.createVariation(id, ProductRequest.variation(body));
        return Response.created(uri.getBaseUriBuilder().path(WooCommerceV3.NAMESPACE).path("products")
                        .path(String.valueOf(id)).path("variations").path(String.valueOf(created.id())).build())
                .entity(VariationResponse.from(created, format())).build();
    }

    @GET
    @Path("{id: \\d+}/variations/{variation: \\d+}")
    @Operation(operationId = "wcV3ProductVariationsGet",
            summary = "One variation of the product; 404 woocommerce_rest_product_invalid_id")
    @APIResponse(responseCode = "200", ref = ResponseDocs.VARIATION)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public VariationResponse variation(@PathParam("id") long id, @PathParam("variation") long variation) {
        return VariationResponse.from(admin.getVariation(id, variation), format());
    }

    @PUT
    @Path("{id: \\d+}/variations/{variation: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3ProductVariationsUpdate", summary = "Change the variation's fields sent; 400; 404")
    @RequestBody(ref = RequestDocs.VARIATION)
    @APIResponse(responseCode = "200", ref = ResponseDocs.VARIATION)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public VariationResponse updateVariation(@PathParam("id") long id, @PathParam("variation") long variation,
            String body) {
        return VariationResponse.from(admin.updateVariation(id, variation, ProductRequest.variation(body)), format());
    }

    @PATCH
    @Path("{id: \\d+}/variations/{variation: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3ProductVariationsPatch", summary = "As PUT")
    @RequestBody(ref = RequestDocs.VARIATION)
    @APIResponse(responseCode = "200", ref = ResponseDocs.VARIATION)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public VariationResponse patchVariation(@PathParam("id") long id, @PathParam("variation") long variation,
            String body) {
        return updateVariation(id, variation, body);
    }

    @DELETE
    @Path("{id: \\d+}/variations/{variation: \\d+}")
    @Operation(operationId = "wcV3ProductVariationsDelete",
            summary = "Delete a variation; needs force=true (501 woocommerce_rest_trash_not_supported); 404")
    @APIResponse(responseCode = "200", ref = ResponseDocs.VARIATION)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "501", ref = ErrorDocs.NOT_IMPLEMENTED)
    public VariationResponse deleteVariation(@PathParam("id") long id, @PathParam("variation") long variation,
            @QueryParam("force") String force) {
        return VariationResponse.from(admin.deleteVariation(id, variation, flag("force", force)), format());
    }

    private URI location(long id) {
        return uri.getBaseUriBuilder().path(WooCommerceV3.NAMESPACE).path("products").path(String.valueOf(id)).build();
    }

    private ProductResponse.Format format() {
        return ProductResponse.Format.of(catalog.storeDetails());
    }

    /** WordPress booleans; absent is false. */
    static boolean flag(String name, String value) {
        ParamCheck check = new ParamCheck();
        Boolean flag = check.bool(name, value);
        check.throwIfAny();
        return Boolean.TRUE.equals(flag);
    }
}
