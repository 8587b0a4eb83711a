package org.headlesscart.api.wc.v3;

import java.util.List;
import java.util.Locale;

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
import org.headlesscart.api.openapi.SecurityDocs;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.pricing.boundary.TaxAdminService;
import org.headlesscart.pricing.model.TaxClass;
import org.headlesscart.pricing.model.TaxRatePage;
import org.headlesscart.pricing.model.TaxRateQuery;

/**
 * The admin API's tax rates ({@code wc/v3/taxes}, docs/tax-and-shipping-admin.md), WooCommerce's fields, codes and
 * paging, for administrators and shop managers. A delete needs {@code force=true}, as tax rates cannot be trashed.
 */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/taxes")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Tax and shipping admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class TaxesAdminResource {

    private static final long MAX_OFFSET = 1_000_000_000L;

    @EJB
    TaxAdminService taxes;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "wcV3TaxesList", summary = "Tax rates; page, per_page (1-100), offset, order (asc, "
            + "desc), orderby (id, order, priority; default order), class (standard or a class slug)")
    public Response list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("offset") String offset, @QueryParam("order") String order,
            @QueryParam("orderby") String orderBy, @QueryParam("class") String taxClass) {
        ParamCheck check = new ParamCheck();
        int pageNumber = check.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int size = check.integer("per_page", perPage, 10, 1, 100);
        int skip = check.integer("offset", offset, 0, 0, (int) MAX_OFFSET);
        String direction = check.oneOf("order", order == null ? null : order.toLowerCase(Locale.ROOT),
                List.of("asc", "desc"));
        String key = check.oneOf("orderby", orderBy, List.of("id", "order", "priority"));
        List<String> classes = wireSlugs(taxes.classes());
        String classFilter = check.oneOf("class", taxClass == null ? null : taxClass.trim().toLowerCase(Locale.ROOT),
                classes);
        check.throwIfAny();
        long first = skip > 0 ? skip : (long) (pageNumber - 1) * size;
        TaxRatePage result = taxes.list(new TaxRateQuery(
                classFilter == null ? null : "standard".equals(classFilter) ? "" : classFilter,
                key == null ? TaxRateQuery.Order.ORDER : TaxRateQuery.Order.valueOf(key.toUpperCase(Locale.ROOT)),
                "desc".equals(direction), first, size));
        Response.ResponseBuilder response = Response.ok(result.rates().stream()
                .map(r -> TaxResponses.Tax.from(r, uri)).toList());
        int shownPage = (int) Math.min(Integer.MAX_VALUE, first / size + 1);
        Pagination.ofPageSize(uri, result.total(), shownPage, size).headers().forEach(response::header);
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.TAX)
    @Operation(operationId = "wcV3TaxesCreate", summary = "Create a tax rate: 201; 400 rest_invalid_param, "
            + "400 woocommerce_rest_tax_exists when an id is sent")
    @APIResponse(responseCode = "201", description = "The rate")
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(String body) {
        JsonBody json = JsonBody.parse(body);
        if (json.has("id")) {
            return CoCartError.response(400, "woocommerce_rest_tax_exists", "Cannot create existing resource.");
        }
        TaxResponses.Tax created = TaxResponses.Tax.from(taxes.create(TaxRequest.parse(json)), uri);
        return Response.created(Links.url(uri, TaxResponses.TAXES + "/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3TaxesGet", summary = "One tax rate; 404 woocommerce_rest_invalid_id")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public TaxResponses.Tax rate(@PathParam("id") long id) {
        return TaxResponses.Tax.from(taxes.get(id), uri);
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.TAX)
    @Operation(operationId = "wcV3TaxesUpdate", summary = "Change the fields sent; 400; 404")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public TaxResponses.Tax update(@PathParam("id") long id, String body) {
        return TaxResponses.Tax.from(taxes.update(id, TaxRequest.parse(JsonBody.parse(body))), uri);
    }

    @PATCH
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.TAX)
    @Operation(operationId = "wcV3TaxesPatch", summary = "As PUT")
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public TaxResponses.Tax patch(@PathParam("id") long id, String body) {
        return update(id, body);
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3TaxesDelete", summary = "Delete a tax rate; needs force=true (501 "
            + "woocommerce_rest_trash_not_supported); 400 woocommerce_rest_invalid_id")
    @APIResponse(responseCode = "501", ref = ErrorDocs.NOT_IMPLEMENTED)
    public Response delete(@PathParam("id") long id, @QueryParam("force") String force) {
        if (!ProductsAdminResource.flag("force", force)) {
            return CoCartError.response(501, "woocommerce_rest_trash_not_supported", "Taxes do not support trashing.");
        }
        return Response.ok(TaxResponses.Tax.from(taxes.delete(id), uri)).build();
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.TAX_BATCH)
    @Operation(operationId = "wcV3TaxesBatch", summary = "create, update (with id) and delete (ids) up to 100 "
            + "rates in all; each item answers itself, a refused one as {id, error}; 413 "
            + "woocommerce_rest_request_entity_too_large")
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response batch(String body) {
        return new TaxBatch(taxes, uri).run(body);
    }

    @PUT
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.TAX_BATCH)
    @Operation(operationId = "wcV3TaxesBatchPut", summary = "As POST")
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response batchPut(String body) {
        return batch(body);
    }

    @PATCH
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(ref = RequestDocs.TAX_BATCH)
    @Operation(operationId = "wcV3TaxesBatchPatch", summary = "As POST")
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response batchPatch(String body) {
        return batch(body);
    }

    /** The classes' slugs as this API names them, {@code standard} first. */
    static List<String> wireSlugs(List<TaxClass> classes) {
        return classes.stream().map(c -> c.slug().isEmpty() ? "standard" : c.slug()).toList();
    }
}
