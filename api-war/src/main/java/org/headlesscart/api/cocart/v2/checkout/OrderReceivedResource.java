package org.headlesscart.api.cocart.v2.checkout;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.ratelimit.RateGroup;
import org.headlesscart.api.ratelimit.RateLimited;
import org.headlesscart.api.security.Caller;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.customer.model.AccountView;
import org.headlesscart.payment.boundary.OrderPaymentService;
import org.headlesscart.payment.boundary.PaymentException;
import org.headlesscart.payment.boundary.PaymentFailure;
import org.headlesscart.payment.model.PaymentResult;

/**
 * CoCart Plus v2's order-received routes (COCART-PLUS §1.3): the placed order for whoever holds its key, and paying
 * a pending or failed order later. The id is digits (else no route, as WordPress's {@code [\d]+}); the key is
 * compared in constant time; a logged-in requester sees only their own orders (docs/payments.md).
 */
@RequestScoped
@Path(CoCartV2.NAMESPACE + "/order-received/{order_id: \\d+}")
@Produces(CoCartV2.JSON)
@Tag(name = "Checkout")
public class OrderReceivedResource {

    @EJB
    OrderPaymentService orders;

    @EJB
    CatalogService catalog;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "orderReceived", summary = "CoCart Plus: a placed order for its order-received page; "
            + "400 cocart_order_invalid_params, 403 cocart_order_invalid_key, 403 cocart_order_not_owned, 404 "
            + "cocart_order_not_found")
    @APIResponse(responseCode = "200", description = "OrderReceived: the order, its items and totals, and the "
            + "methods that may pay it while it needs payment")
    @APIResponse(responseCode = "400", ref = ErrorDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response received(@PathParam("order_id") String orderId,
            @Parameter(description = "The order's key (wc_order_…), from the checkout's answer.", required = true)
            @QueryParam("order_key") String orderKey) {
        OrderReceivedResponse body = OrderReceivedResponse.of(orders.received(id(orderId), orderKey, requester()),
                catalog.storeDetails().currency());
        return Response.ok(body.json(), CoCartV2.JSON).build();
    }

    @POST
    @Path("pay")
    @RateLimited(RateGroup.CHECKOUT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "orderReceivedPay", summary = "CoCart Plus: pay a pending or failed order again; 400 "
            + "cocart_payment_failed when the payment is declined (the order stays failed), 400 "
            + "cocart_order_invalid_status, 400 cocart_order_no_payment_needed, 400 cocart_invalid_payment_method, "
            + "cocart_payment_method_disabled, cocart_payment_method_not_available, 403 cocart_order_invalid_key, "
            + "403 cocart_order_not_owned, 404 cocart_order_not_found")
    @RequestBody(ref = RequestDocs.PAY_ORDER)
    @APIResponse(responseCode = "200", description = "{success, order_id, order_status, redirect_url, "
            + "payment_result}; success is false while the payment requires an action (payment_result says which)")
    @APIResponse(responseCode = "400", ref = ErrorDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ErrorDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response pay(@PathParam("order_id") String orderId,
            @Parameter(description = "The order's key (wc_order_…); the body's order_key when absent.")
            @QueryParam("order_key") String orderKey, String body) {
        PayRequest request = PayRequest.fromJson(body);
        String key = orderKey != null ? orderKey : request.orderKey();
        long id = id(orderId);
        PaymentResult result = CheckoutAdmission.place(() -> orders.pay(id, key, requester(),
                request.paymentMethod(), request.paymentData()));
        if ("failed".equals(result.paymentStatus())) {
            // The order was moved to failed and committed with the EJB call: answering now keeps it so.
            throw new PaymentException(PaymentFailure.PAYMENT_FAILED, PaymentFailure.PAYMENT_FAILED.message(),
                    result.message());
        }
        return Response.ok(paid(result), CoCartV2.JSON).build();
    }

    private static Map<String, Object> paid(PaymentResult result) {
        Map<String, Object> paymentResult = new LinkedHashMap<>();
        paymentResult.put("payment_status", result.paymentStatus());
        boolean action = "requires_action".equals(result.paymentStatus());
        if (action) {
            paymentResult.put("action_type", result.actionType());
            paymentResult.put("action_data", result.actionData());
        } else {
            paymentResult.put("redirect_url", result.redirectUrl());
            paymentResult.put("message", "");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", !action);
        body.put("order_id", result.order().id());
        body.put("order_status", result.order().status().wire());
        body.put("redirect_url", result.redirectUrl());
        body.put("payment_result", paymentResult);
        return body;
    }

    /** The path's id; digits too many for an id name no order. */
    private static long id(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw PaymentFailure.ORDER_NOT_FOUND.exception();
        }
    }

    private long requester() {
        return caller.account().map(AccountView::id).orElse(0L);
    }
}
