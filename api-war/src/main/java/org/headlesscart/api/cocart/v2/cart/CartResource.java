package org.headlesscart.api.cocart.v2.cart;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.error.ApiRefusal;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.api.ratelimit.RateGroup;
import org.headlesscart.api.ratelimit.RateLimited;
import org.headlesscart.cart.boundary.CartFailure;
import org.headlesscart.cart.boundary.CartService;
import org.headlesscart.cart.model.CartView;

/**
 * Cart routes 1-3 and 10-13 (contract §2), and {@code POST /cart} of CoCart 4.4+: the cart, creating it, adding, recalculating, clearing, the update callbacks and the
 * totals. Writes answer with the whole cart unless asked for less; each write is one boundary call, retried only
 * when it raced another request for the same new cart key.
 */
@RequestScoped
@Path(CoCartV2.NAMESPACE + "/cart")
@Produces(CoCartV2.JSON)
@Tag(name = "Cart")
public class CartResource {

    @EJB
    CartService carts;

    @Inject
    CartCalls calls;

    @Inject
    RenderedCarts rendered;

    @Inject
    ConditionalCartWrites writes;

    @GET
    @Operation(operationId = "cartGet",
            summary = "The cart; an unknown or missing key shows an empty cart and writes nothing")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IF_NONE_MATCH)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @APIResponse(responseCode = "304", description = "The cart still has a tag of If-None-Match")
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    public Response cart() {
        CartCall call = calls.call(null);
        call.params().throwIfAny();
        return rendered.cart(call);
    }

    /**
     * {@code POST /cart} (CoCart 4.4+, contract §2): an empty guest cart stored under a new key, a new one on every
     * call whatever key the request names, answered as upstream answers it: {@code {message, cart_key}} with the
     * cart headers. A logged-in user already has a cart: 403 {@code cocart_rest_cart_creation_not_allowed}.
     */
    @POST
    @Operation(operationId = "cartCreate",
            summary = "Create an empty guest cart and answer {message, cart_key} (CoCart 4.4+); 403 "
            + "cocart_rest_cart_creation_not_allowed when logged in")
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_CREATED)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    public Response create() {
        CartCall call = calls.call(null);
        if (call.authenticated()) {
            throw new ApiRefusal(403, "cocart_rest_cart_creation_not_allowed",
                    "You are logged in, so you have a cart already: your user id is its key.");
        }
        CartView cart = CartWriteRetry.write(carts::create);
        return call.responses().created(cart, CREATED);
    }

    /** What {@code POST /cart} answers besides the key; CoCart's own wording differs, clients read the key. */
    static final String CREATED = "Here is your cart key. Send it as the cart_key parameter or the "
            + "CoCart-API-Cart-Key header with every cart request that follows.";

    @POST
    @Path("add-item")
    @Operation(operationId = "cartAddItem",
            summary = "Add a product, variation or SKU; 400 rest_missing_callback_param, 400 "
            + "cocart_invalid_product, 405 cocart_quantity_invalid_amount, 404 cocart_product_out_of_stock, ...")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @RequestBody(ref = RequestDocs.ADD_ITEM)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "405", ref = ErrorDocs.METHOD_NOT_ALLOWED)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response addItem(String body) {
        CartCall call = calls.call(body);
        return writes.write("POST", call, CartWrite.addItem(call.params()));
    }

    @POST
    @Path("add-items")
    @Operation(operationId = "cartAddItems",
            summary = "Add children of a grouped product; 404 cocart_grouped_product_failed/_empty, ...")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @RequestBody(ref = RequestDocs.ADD_ITEMS)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "405", ref = ErrorDocs.METHOD_NOT_ALLOWED)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response addItems(String body) {
        CartCall call = calls.call(body);
        return writes.write("POST", call, CartWrite.addItems(call.params()));
    }

    @POST
    @Path("calculate")
    @Operation(operationId = "cartCalculate",
            summary = "Re-validate and recalculate; return_totals answers the totals map")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @RequestBody(ref = RequestDocs.CALCULATE)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response calculate(String body) {
        CartCall call = calls.call(body);
        return writes.write("POST", call, CartWrite.calculate(call.params()));
    }

    @POST
    @Path("clear")
    @Operation(operationId = "cartClear", summary = "Empty the cart; keep_removed_items keeps what can be restored")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @RequestBody(ref = RequestDocs.CLEAR)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response clear(String body) {
        CartCall call = calls.call(body);
        return writes.write("POST", call, CartWrite.clear(call.params()));
    }

    @POST
    @Path("update")
    @Operation(operationId = "cartUpdate",
            summary = "Run the callback of a namespace (update-cart, update-customer, ...); "
            + "404 cocart_update_cart_no_namespace_error, 404 cocart_cart_empty")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @RequestBody(ref = RequestDocs.UPDATE_CART)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response update(String body) {
        CartCall call = calls.call(body);
        return writes.write("POST", call, CartWrite.update(call.params()));
    }

    @POST
    @Path("apply-coupon")
    @RateLimited(RateGroup.COUPON)
    @Operation(operationId = "cartApplyCoupon",
            summary = "CoCart Plus: apply a coupon (code or coupon, optional email); 404 cocart_coupon_not_exist, "
            + "404 cocart_coupon_cannot_add, 400 cocart_coupon_failed_to_apply with data.wc_code, ...")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @RequestBody(ref = RequestDocs.APPLY_COUPON)
    @APIResponse(responseCode = "400", ref = ErrorDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response applyCoupon(String body) {
        CartCall call = calls.call(body);
        return writes.write("POST", call, CartWrite.applyCoupon(call.params()));
    }

    @POST
    @Path("add-fee")
    @Operation(operationId = "cartAddFee",
            summary = "CoCart Plus: add a fee (name, amount, taxable, tax_class); 404 cocart_fee_missing_name, "
            + "404 cocart_fee_missing_amount, 404 cocart_fee_cannot_add")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @RequestBody(ref = RequestDocs.ADD_FEE)
    @APIResponse(responseCode = "400", ref = ErrorDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response addFee(String body) {
        CartCall call = calls.call(body);
        return writes.write("POST", call, CartWrite.addFee(call.params()));
    }

    @POST
    @Path("remove-fees")
    @Operation(operationId = "cartRemoveFees", summary = "CoCart Plus: remove every fee")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response removeFees(String body) {
        CartCall call = calls.call(body);
        return writes.write("POST", call, CartWrite.removeFees(call.params()));
    }

    @POST
    @Path("set-shipping-method")
    @Operation(operationId = "cartSetShippingMethod",
            summary = "CoCart Plus: choose a rate (rate_id, method_key or key; package_id or every package); "
            + "404 cocart_missing_rate_id, cocart_shipping_disabled, cocart_shipping_not_calculated, "
            + "cocart_shipping_method_incorrect")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @RequestBody(ref = RequestDocs.SET_SHIPPING_METHOD)
    @APIResponse(responseCode = "400", ref = ErrorDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response setShippingMethod(String body) {
        CartCall call = calls.call(body);
        return writes.write("POST", call, CartWrite.setShippingMethod(call.params()));
    }

    @GET
    @Path("totals")
    @Operation(operationId = "cartTotals",
            summary = "WooCommerce's totals map in major units; 404 cocart_cart_totals_empty for an empty cart")
    @Parameters(@Parameter(ref = CartHeaderDocs.CART_KEY))   // a lone @Parameter(ref) is lost by Payara
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response totals() {
        CartCall call = calls.call(null);
        boolean html = call.params().bool("html", false);
        call.params().throwIfAny();
        CartView cart = call.view(carts);
        if (cart.isEmpty()) {
            throw call.responses().refusal(cart, CartFailure.CART_TOTALS_EMPTY,
                    "This cart either has no items or was not calculated.");
        }
        return call.responses().totals(cart, html);
    }
}
