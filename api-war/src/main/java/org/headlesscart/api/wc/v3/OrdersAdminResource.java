package org.headlesscart.api.wc.v3;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.headlesscart.api.security.Caller;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.order.boundary.OrderAdminService;
import org.headlesscart.order.model.AdminOrderView;
import org.headlesscart.order.model.OrderPage;
import org.headlesscart.order.model.OrderQuery;
import org.headlesscart.order.model.OrderStatus;

/**
 * The admin API's orders ({@code wc/v3/orders}, docs/orders-admin.md), for administrators and shop managers.
 * Creates answer 201 with a {@code Location}; updates change only the fields sent (PUT, PATCH and POST on the id
 * alike) and honour {@code If-Match} with the {@code ETag} a read gave (412 when the order changed meanwhile); a
 * delete trashes unless {@code force=true}; the batch does all three.
 */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/orders")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Orders admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class OrdersAdminResource {

    private static final List<String> ORDER_BY = List.of("date", "id", "include", "title", "slug", "modified");

    @EJB
    OrderAdminService orders;

    @EJB
    CatalogService catalog;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "wcV3OrdersList", summary = "Orders, newest first; page, per_page (1-100), search "
            + "(number, names, e-mail, addresses, products), status (any, trash or statuses, comma-separated), "
            + "customer, product, after, before, modified_after, modified_before (ISO 8601), include, exclude, "
            + "orderby (date, id, include, title, slug, modified), order (asc, desc)")
    public Response list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("search") String search, @QueryParam("status") List<String> status,
            @QueryParam("status[]") List<String> statusArray, @QueryParam("customer") String customer,
            @QueryParam("product") String product, @QueryParam("after") String after,
            @QueryParam("before") String before, @QueryParam("modified_after") String modifiedAfter,
            @QueryParam("modified_before") String modifiedBefore, @QueryParam("include") List<String> include,
            @QueryParam("include[]") List<String> includeArray, @QueryParam("exclude") List<String> exclude,
            @QueryParam("exclude[]") List<String> excludeArray, @QueryParam("orderby") String orderBy,
            @QueryParam("order") String order) {
        ParamCheck check = new ParamCheck();
        int pageNumber = check.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int size = check.integer("per_page", perPage, 10, 1, 100);
        String by = check.oneOf("orderby", orderBy, ORDER_BY);
        String direction = check.oneOf("order", order == null ? null : order.toLowerCase(Locale.ROOT),
                List.of("asc", "desc"));
        List<OrderStatus> statuses = new ArrayList<>();
        boolean trash = false;
        for (String value : concat(status, statusArray)) {
            for (String part : value.split(",")) {
                String name = part.trim();
                if (name.isEmpty() || "any".equals(name)) {
                    continue;
                }
                if ("trash".equals(name)) {
                    trash = true;
                } else if (OrderStatus.of(name).isPresent()) {
                    statuses.add(OrderStatus.of(name).get());
                } else {
                    check.problem("status", "status[0] is not one of any, trash, " + String.join(", ",
                            OrderRequest.STATUSES.subList(0, 7)) + ".");
                }
            }
        }
        Long customerId = id(check, "customer", customer);
        Long productId = id(check, "product", product);
        OrderQuery query = new OrderQuery(pageNumber, size, statuses, trash, customerId, productId,
                check.date("after", after), check.date("before", before), check.date("modified_after", modifiedAfter),
                check.date("modified_before", modifiedBefore), ParamCheck.blankToNull(search),
                check.ids("include", include, includeArray), check.ids("exclude", exclude, excludeArray),
                by == null || "title".equals(by) || "slug".equals(by) ? "date" : by, "asc".equals(direction));
        check.throwIfAny();
        OrderPage result = orders.list(query);
        ProductResponse.Format format = format();
        Response.ResponseBuilder response = Response.ok(result.orders().stream().map(o -> response(o, format))
                .toList());
        Pagination.ofPageSize(uri, result.total(), pageNumber, size).headers().forEach(response::header);
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3OrdersCreate", summary = "Create an order: line_items priced from the catalog "
            + "now, coupon_lines applied, fee_lines and shipping_lines as given, set_paid pays it: 201; 400 "
            + "woocommerce_rest_invalid_product_id, woocommerce_rest_invalid_product_quantity, "
            + "woocommerce_rest_invalid_coupon, rest_invalid_param, woocommerce_rest_shop_order_exists")
    @RequestBody(ref = RequestDocs.ORDER)
    @APIResponse(responseCode = "201", ref = ResponseDocs.ORDER)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(String body) {
        OrderRequest.Parsed request = OrderRequest.parse(body);
        if (request.id() != null) {
            return CoCartError.response(400, "woocommerce_rest_shop_order_exists", "Cannot create existing shop_order.");
        }
        AdminOrderView created = orders.create(request.draft(), actor());
        return Response.created(location(created.order().id())).tag(tag(created))
                .entity(response(created, format())).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3OrdersGet", summary = "One order, trashed too, with an ETag for If-Match; 404 "
            + "woocommerce_rest_shop_order_invalid_id")
    @APIResponse(responseCode = "200", ref = ResponseDocs.ORDER)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response order(@PathParam("id") long id) {
        AdminOrderView order = orders.get(id);
        return Response.ok(response(order, format())).tag(tag(order)).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3OrdersUpdate", summary = "Change the fields sent (status through the order's "
            + "lifecycle, addresses, notes, payment details, set_paid); If-Match: the ETag read; 400 as create, 400 "
            + "woocommerce_rest_shop_order_invalid_id for an unknown id, 412 woocommerce_rest_order_modified")
    @RequestBody(ref = RequestDocs.ORDER)
    @APIResponse(responseCode = "200", ref = ResponseDocs.ORDER)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        AdminOrderView updated = orders.update(id, OrderRequest.parse(body).draft(), expectedVersion(ifMatch),
                actor());
        return Response.ok(response(updated, format())).tag(tag(updated)).build();
    }

    @PATCH
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3OrdersPatch", summary = "As PUT")
    @RequestBody(ref = RequestDocs.ORDER)
    @APIResponse(responseCode = "200", ref = ResponseDocs.ORDER)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response patch(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        return update(id, ifMatch, body);
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3OrdersPost", summary = "As PUT (WordPress's editable methods)")
    @RequestBody(ref = RequestDocs.ORDER)
    @APIResponse(responseCode = "200", ref = ResponseDocs.ORDER)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response post(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        return update(id, ifMatch, body);
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3OrdersDelete", summary = "Trash an order, or delete it with force=true; 404; "
            + "410 woocommerce_rest_already_trashed")
    @APIResponse(responseCode = "200", ref = ResponseDocs.ORDER)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "410", ref = ErrorDocs.GONE)
    public OrderResponse delete(@PathParam("id") long id, @QueryParam("force") String force) {
        return response(orders.delete(id, ProductsAdminResource.flag("force", force)), format());
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3OrdersBatch", summary = "create, update (with id) and delete (ids, forced) "
            + "lists, at most 100 items; each item answered in place, a refused one as {id, error}; 413")
    @RequestBody(ref = RequestDocs.ORDERS_BATCH)
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
        batch.answer(answer, "create", item -> {
            OrderRequest.Parsed request = OrderRequest.parse(CouponBatch.object(item));
            if (request.id() != null) {
                return new BatchItemError(0L, CoCartError.body(400, "woocommerce_rest_shop_order_exists",
                        "Cannot create existing shop_order.", Map.of()));
            }
            return response(orders.create(request.draft(), actor()), format);
        });
        batch.answer(answer, "update", item -> {
            OrderRequest.Parsed request = OrderRequest.parse(CouponBatch.object(item));
            long id = request.id() == null ? 0 : request.id();
            return response(orders.update(id, request.draft(), null, actor()), format);
        });
        batch.answer(answer, "delete", item -> response(orders.delete(CouponBatch.idOf(item), true), format));
        return Response.ok(answer).build();
    }

    @PUT
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3OrdersBatchPut", summary = "As POST")
    @RequestBody(ref = RequestDocs.ORDERS_BATCH)
    @APIResponse(responseCode = "200", ref = ResponseDocs.BATCH_ANSWER)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response batchPut(String body) {
        return batch(body);
    }

    @PATCH
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3OrdersBatchPatch", summary = "As POST")
    @RequestBody(ref = RequestDocs.ORDERS_BATCH)
    @APIResponse(responseCode = "200", ref = ResponseDocs.BATCH_ANSWER)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response batchPatch(String body) {
        return batch(body);
    }

    /** Who acts: the staff member's login, for notes and the status history. */
    String actor() {
        return caller.account().map(a -> a.username()).orElse("system");
    }

    long actorId() {
        return caller.account().map(a -> a.id()).orElse(0L);
    }

    OrderResponse response(AdminOrderView order, ProductResponse.Format format) {
        String collection = uri.getBaseUriBuilder().path(WooCommerceV3.NAMESPACE).path("orders").build().toString();
        long customer = order.order().customerId();
        return OrderResponse.from(order, format, location(order.order().id()).toString(), collection,
                customer == 0 ? null : Links.url(uri, "customers/" + customer).toString());
    }

    URI location(long id) {
        return uri.getBaseUriBuilder().path(WooCommerceV3.NAMESPACE).path("orders").path(String.valueOf(id)).build();
    }

    ProductResponse.Format format() {
        return ProductResponse.Format.of(catalog.storeDetails());
    }

    /** The order's strong entity tag: its edit version. */
    static jakarta.ws.rs.core.EntityTag tag(AdminOrderView order) {
        return new jakarta.ws.rs.core.EntityTag(String.valueOf(order.order().version()));
    }

    /**
     * The version {@code If-Match} names, null when absent or {@code *}; a tag that is no version of ours names
     * none that can still match (-1), so the write is refused as stale. Several tags: the first.
     */
    static Integer expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
            return null;
        }
        String first = ifMatch.split(",")[0].trim();
        if (first.startsWith("W/")) {
            first = first.substring(2);
        }
        first = first.replace("\"", "");
        try {
            return Integer.parseInt(first);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Long id(ParamCheck check, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        check.problem(name, name + " is not of type integer.");
        return null;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>();
        if (a != null) {
            all.addAll(a);
        }
        if (b != null) {
            all.addAll(b);
        }
        return all;
    }
}
