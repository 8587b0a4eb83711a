package org.headlesscart.api.wc.v3;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import org.headlesscart.api.cocart.v2.catalog.ParamCheck;
import org.headlesscart.api.error.CoCartError;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.openapi.ResponseDocs;
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.pricing.boundary.CouponAdminService;
import org.headlesscart.pricing.model.CouponAdminView;
import org.headlesscart.pricing.model.CouponPage;
import org.headlesscart.pricing.model.CouponQuery;

/**
 * The admin API's coupons ({@code wc/v3/coupons}, docs/pricing-admin.md), for administrators and shop managers.
 * Creates answer 201 with a {@code Location}; updates change only the fields sent (PUT, PATCH and POST on the id
 * alike, WordPress's editable methods); a delete trashes unless {@code force=true}; the batch does all three.
 */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/coupons")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Coupons admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class CouponsAdminResource {

    private static final List<String> ORDER_BY = List.of("date", "id", "code", "title");

    @EJB
    CouponAdminService coupons;

    @EJB
    CatalogService catalog;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "wcV3CouponsList", summary = "Coupons not in the trash, newest first; page, per_page "
            + "(1-100), search (code or description), code, orderby (date, id, code, title), order (asc, desc)")
    public Response list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("search") String search, @QueryParam("code") String code,
            @QueryParam("orderby") String orderBy, @QueryParam("order") String order) {
        ParamCheck check = new ParamCheck();
        int pageNumber = check.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int size = check.integer("per_page", perPage, 10, 1, 100);
        String orderKey = check.oneOf("orderby", orderBy, ORDER_BY);
        String direction = check.oneOf("order", order, List.of("asc", "desc"));
        check.throwIfAny();
        String by = orderKey == null ? "date" : "title".equals(orderKey) ? "code" : orderKey;
        CouponPage result = coupons.list(new CouponQuery(pageNumber, size, ParamCheck.blankToNull(search),
                ParamCheck.blankToNull(code), by, "asc".equals(direction)));
        ProductResponse.Format format = format();
        Response.ResponseBuilder response = Response.ok(result.coupons().stream().map(c -> response(c, format))
                .toList());
        Pagination.ofPageSize(uri, result.total(), pageNumber, size).headers().forEach(response::header);
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3CouponsCreate", summary = "Create a coupon (code required): 201; 400 "
            + "woocommerce_rest_empty_coupon_code, woocommerce_rest_coupon_code_already_exists, coupon_invalid_amount,"
            + " coupon_invalid_email_address, rest_invalid_param, woocommerce_rest_shop_coupon_exists")
    @RequestBody(ref = RequestDocs.COUPON)
    @APIResponse(responseCode = "201", ref = ResponseDocs.COUPON)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(String body) {
        CouponRequest.Parsed request = CouponRequest.parse(body);
        if (request.id() != null) {
            return CoCartError.response(400, "woocommerce_rest_shop_coupon_exists",
                    "Cannot create existing shop_coupon.");
        }
        CouponAdminView created = coupons.create(request.draft());
        return Response.created(location(created.coupon().id())).entity(response(created, format())).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3CouponsGet", summary = "One coupon, trashed too; 404 "
            + "woocommerce_rest_shop_coupon_invalid_id")
    @APIResponse(responseCode = "200", ref = ResponseDocs.COUPON)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public CouponResponse coupon(@PathParam("id") long id) {
        return response(coupons.get(id), format());
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3CouponsUpdate", summary = "Change the fields sent; 400 as create, 400 "
            + "woocommerce_rest_shop_coupon_invalid_id for an unknown id (WooCommerce's status)")
    @RequestBody(ref = RequestDocs.COUPON)
    @APIResponse(responseCode = "200", ref = ResponseDocs.COUPON)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public CouponResponse update(@PathParam("id") long id, String body) {
        return response(coupons.update(id, CouponRequest.parse(body).draft()), format());
    }

    @PATCH
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3CouponsPatch", summary = "As PUT")
    @RequestBody(ref = RequestDocs.COUPON)
    @APIResponse(responseCode = "200", ref = ResponseDocs.COUPON)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public CouponResponse patch(@PathParam("id") long id, String body) {
        return update(id, body);
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3CouponsPost", summary = "As PUT (WordPress's editable methods)")
    @RequestBody(ref = RequestDocs.COUPON)
    @APIResponse(responseCode = "200", ref = ResponseDocs.COUPON)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public CouponResponse post(@PathParam("id") long id, String body) {
        return update(id, body);
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3CouponsDelete", summary = "Trash a coupon, or delete it with force=true; 404; "
            + "410 woocommerce_rest_already_trashed")
    @APIResponse(responseCode = "200", ref = ResponseDocs.COUPON)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "410", ref = ErrorDocs.GONE)
    public CouponResponse delete(@PathParam("id") long id, @QueryParam("force") String force) {
        return response(coupons.delete(id, ProductsAdminResource.flag("force", force)), format());
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3CouponsBatch", summary = "create, update (with id) and delete (ids, forced) "
            + "lists, at most 100 items; each item answered in place, a refused one as {id, error}; 413")
    @RequestBody(ref = RequestDocs.COUPONS_BATCH)
    @APIResponse(responseCode = "200", ref = ResponseDocs.BATCH_ANSWER)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response batch(String body) {
        CouponBatch batch = CouponBatch.read(body);
        Response tooLarge = batch.tooLarge();
        if (tooLarge != null) {
            return tooLarge;
        }
        ProductResponse.Format format = format();
        Map<String, List<Object>> answer = CouponBatch.answers();
        batch.answer(answer, "create", item -> create(CouponBatch.object(item)).getEntity());
        batch.answer(answer, "update", item -> {
            CouponRequest.Parsed request = CouponRequest.parse(CouponBatch.object(item));
            long id = request.id() == null ? 0 : request.id();
            return response(coupons.update(id, request.draft()), format);
        });
        batch.answer(answer, "delete", item -> response(coupons.delete(CouponBatch.idOf(item), true), format));
        return Response.ok(answer).build();
    }

    @PUT
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3CouponsBatchPut", summary = "As POST")
    @RequestBody(ref = RequestDocs.COUPONS_BATCH)
    @APIResponse(responseCode = "200", ref = ResponseDocs.BATCH_ANSWER)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response batchPut(String body) {
        return batch(body);
    }

    @PATCH
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3CouponsBatchPatch", summary = "As POST")
    @RequestBody(ref = RequestDocs.COUPONS_BATCH)
    @APIResponse(responseCode = "200", ref = ResponseDocs.BATCH_ANSWER)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response batchPatch(String body) {
        return batch(body);
    }

    private Response create(jakarta.json.JsonObject item) {
        CouponRequest.Parsed request = CouponRequest.parse(item);
        if (request.id() != null) {
            return Response.ok(new BatchItemError(0L, CoCartError.body(400, "woocommerce_rest_shop_coupon_exists",
                    "Cannot create existing shop_coupon.", Map.of()))).build();
        }
        return Response.ok(response(coupons.create(request.draft()), format())).build();
    }

    private CouponResponse response(CouponAdminView coupon, ProductResponse.Format format) {
        String collection = uri.getBaseUriBuilder().path(WooCommerceV3.NAMESPACE).path("coupons").build().toString();
        return CouponResponse.from(coupon, format, location(coupon.coupon().id()).toString(), collection);
    }

    private URI location(long id) {
        return uri.getBaseUriBuilder().path(WooCommerceV3.NAMESPACE).path("coupons").path(String.valueOf(id)).build();
    }

    private ProductResponse.Format format() {
        return ProductResponse.Format.of(catalog.storeDetails());
    }
}
