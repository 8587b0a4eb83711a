package org.headlesscart.api.cocart.v2.cart;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.cart.boundary.CartFailure;
import org.headlesscart.cart.boundary.CartService;
import org.headlesscart.cart.model.CartView;

/**
 * CoCart Plus v2's coupon routes on {@code cart/coupons} (COCART-PLUS §1.2): the applied coupons, removing all or
 * one (any URL-encoded code: decision 3), and {@code validate}. {@code GET cart/coupons/validate} is a write by
 * contract, since it removes invalid coupons: it locks and stores the cart as every write does, and takes
 * {@code If-Match} and {@code Idempotency-Key} as they do (docs/pricing-routes.md).
 */
@RequestScoped
@Path(CoCartV2.NAMESPACE + "/cart/coupons")
@Produces(CoCartV2.JSON)
@Tag(name = "Cart")
public class CartCouponsResource {

    @EJB
    CartService carts;

    @Inject
    CartCalls calls;

    @Inject
    ConditionalCartWrites writes;

    @GET
    @Operation(operationId = "cartCoupons",
            summary = "CoCart Plus: the applied coupons; 404 cocart_coupons_not_enabled, 404 "
            + "cocart_cart_no_coupons_applied")
    @Parameters(@Parameter(ref = CartHeaderDocs.CART_KEY))   // a lone @Parameter(ref) is lost by Payara
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response coupons() {
        CartCall call = calls.call(null);
        call.params().throwIfAny();
        CartView cart = call.view(carts);
        CartView.Pricing pricing = cart.pricing();
        if (pricing.settings() != null && !pricing.settings().couponsEnabled()) {
            throw call.responses().refusal(cart, CartFailure.COUPONS_NOT_ENABLED,
                    "Coupons are not enabled for this store!");
        }
        if (pricing.priced().coupons().isEmpty()) {
            throw call.responses().refusal(cart, CartFailure.NO_COUPONS_APPLIED, "No coupons are applied to the cart!");
        }
        return call.responses().coupons(cart);
    }

    @DELETE
    @Operation(operationId = "cartRemoveCoupons", summary = "CoCart Plus: remove every coupon; answers the cart")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response removeAll(String body) {
        CartCall call = calls.call(body);
        return writes.write("DELETE", call, CartWrite.removeCoupons(call.params()));
    }

    @DELETE
    @Path("{code: .+}")
    @Operation(operationId = "cartRemoveCoupon",
            summary = "CoCart Plus: remove one coupon (any URL-encoded code); 404 cocart_cart_coupon_invalid_code")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response remove(@PathParam("code") String code, String body) {
        CartCall call = calls.call(body);
        return writes.write("DELETE", call, CartWrite.removeCoupon(call.params(), code));
    }

    @GET
    @Path("validate")
    @Operation(operationId = "cartValidateCoupons",
            summary = "CoCart Plus: re-validate the coupons (email checks e-mail restrictions); invalid ones are "
            + "removed for good with a notice; answers the cart")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response validate(@QueryParam("email") String email) {   // named for the OpenAPI document; CartParams reads it
        CartCall call = calls.call(null);
        return writes.write("GET", call, CartWrite.validateCoupons(call.params()));
    }
}
