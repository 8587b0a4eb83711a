package org.headlesscart.api.wc.v3;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.headlesscart.api.security.Caller;
import org.headlesscart.api.security.StaffOnly;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.order.boundary.OrderAdminService;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.order.model.RefundView;

/**
 * An order's refunds ({@code wc/v3/orders/{order_id}/refunds}): money and/or units of lines, never more than is
 * left to refund; {@code restock_items} (or {@code api_restock}) puts units back in stock; {@code api_refund}
 * (WooCommerce's default true) asks the gateway to pay back, which no built-in gateway does, so send false for a
 * manual refund. Refunds cannot be trashed: a delete needs {@code force=true}.
 */
@RequestScoped
@Path(WooCommerceV3.NAMESPACE + "/orders/{order_id: \\d+}/refunds")
@Produces(CoCartV2.JSON)
@StaffOnly
@Tag(name = "Orders admin")
@SecurityRequirement(name = SecurityDocs.BASIC)
@SecurityRequirement(name = SecurityDocs.BEARER)
public class OrderRefundsAdminResource {

    @EJB
    OrderAdminService orders;

    @EJB
    CatalogService catalog;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "wcV3OrderRefundsList", summary = "The order's refunds, newest first; page, per_page "
            + "(1-100); 404 woocommerce_rest_invalid_order_id")
    public Response list(@PathParam("order_id") long orderId, @QueryParam("page") String page,
            @QueryParam("per_page") String perPage) {
        ParamCheck check = new ParamCheck();
        int pageNumber = check.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int size = check.integer("per_page", perPage, 10, 1, 100);
        check.throwIfAny();
        List<RefundView> all = new java.util.ArrayList<>(orders.refunds(orderId));
        OrderView order = orders.get(orderId).order();
        java.util.Collections.reverse(all);
        int from = (int) Math.min(all.size(), (long) (pageNumber - 1) * size);
        ProductResponse.Format format = format();
        Response.ResponseBuilder response = Response.ok(all.subList(from, Math.min(all.size(), from + size)).stream()
                .map(r -> response(r, order, format)).toList());
        Pagination.ofPageSize(uri, all.size(), pageNumber, size).headers().forEach(response::header);
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wcV3OrderRefundsCreate", summary = "Refund an amount and/or line_items [{id, "
            + "quantity, refund_total, refund_tax}], reason, api_refund (default true: through the gateway), "
            + "restock_items: 201; 400 woocommerce_rest_cannot_create_order_refund (Invalid refund amount.), "
            + "woocommerce_rest_invalid_order_refund, rest_invalid_param; 404")
    @RequestBody(ref = RequestDocs.ORDER_REFUND)
    @APIResponse(responseCode = "201", description = "The refund.")
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(@PathParam("order_id") long orderId, String body) {
        long actorId = caller.account().map(a -> a.id()).orElse(0L);
        String actor = caller.account().map(a -> a.username()).orElse("system");
        RefundView refund = orders.createRefund(orderId, OrderRequest.refund(body, actorId), actor);
        OrderView order = orders.get(orderId).order();
        return Response.created(uri.getBaseUriBuilder().path(WooCommerceV3.NAMESPACE + "/orders/" + orderId
                + "/refunds/" + refund.id()).build()).entity(response(refund, order, format())).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3OrderRefundsGet", summary = "One refund; 404 woocommerce_rest_invalid_id")
    public OrderResponse.RefundResponse refund(@PathParam("order_id") long orderId, @PathParam("id") long id) {
        RefundView refund = orders.refund(orderId, id);
        return response(refund, orders.get(orderId).order(), format());
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(operationId = "wcV3OrderRefundsDelete", summary = "Delete a refund's record with force=true (501 "
            + "woocommerce_rest_trash_not_supported without): money and stock stay where they are; 404")
    public Response delete(@PathParam("order_id") long orderId, @PathParam("id") long id,
            @QueryParam("force") String force) {
        if (!ProductsAdminResource.flag("force", force)) {
            orders.refund(orderId, id);
            return CoCartError.response(501, "woocommerce_rest_trash_not_supported",
                    "Refunds do not support trashing.");
        }
        orders.refund(orderId, id);
        OrderView order = orders.get(orderId).order();
        return Response.ok(response(orders.deleteRefund(orderId, id), order, format())).build();
    }

    private OrderResponse.RefundResponse response(RefundView r, OrderView order, ProductResponse.Format format) {
        return OrderResponse.RefundResponse.from(r, order, format,
                Links.url(uri, "orders/" + r.orderId() + "/refunds/" + r.id()).toString(),
                Links.url(uri, "orders/" + r.orderId() + "/refunds").toString(),
                Links.url(uri, "orders/" + r.orderId()).toString());
    }

    private ProductResponse.Format format() {
        return ProductResponse.Format.of(catalog.storeDetails());
    }
}
