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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.cart.boundary.CartFailure;
import org.headlesscart.cart.boundary.CartService;
import org.headlesscart.cart.model.CartView;

/**
 * Cart routes 1-3 and 10-13 (contract §2): the cart, adding, recalculating, clearing, the update callbacks and the
 * totals. Writes answer with the whole cart unless asked for less; each write is one boundary call, retried only
 * when it raced another request for the same new cart key.
 */
@RequestScoped
@Path(CoCartV2.NAMESPACE + "/cart")
@Produces(CoCartV2.JSON)
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
    @Operation(summary = "The cart; an unknown or missing key shows an empty cart and writes nothing")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IF_NONE_MATCH)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @APIResponse(responseCode = "304", description = "The cart still has a tag of If-None-Match")
    @APIResponse(responseCode = "412", description = "cocart_cart_modified: If-Match failed")
    public Response cart() {
        CartCall call = calls.call(null);
        call.params().throwIfAny();
        return rendered.cart(call);
    }

    @POST
    @Path("add-item")
    @Operation(summary = "Add a product, variation or SKU; 400 rest_missing_callback_param, 400 "
            + "cocart_invalid_product, 405 cocart_quantity_invalid_amount, 404 cocart_product_out_of_stock, ...")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @APIResponse(responseCode = "412", description = "cocart_cart_modified: If-Match failed; nothing was changed")
    public Response addItem(String body) {
        CartCall call = calls.call(body);
        return writes.write("POST", call, CartWrite.addItem(call.params()));
    }

    @POST
    @Path("add-items")
    @Operation(summary = "Add children of a grouped product; 404 cocart_grouped_product_failed/_empty, ...")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @APIResponse(responseCode = "412", description = "cocart_cart_modified: If-Match failed; nothing was changed")
    public Response addItems(String body) {
        CartCall call = calls.call(body);
        return writes.write("POST", call, CartWrite.addItems(call.params()));
    }

    @POST
    @Path("calculate")
    @Operation(summary = "Re-validate and recalculate; return_totals answers the totals map")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @APIResponse(responseCode = "412", description = "cocart_cart_modified: If-Match failed; nothing was changed")
    public Response calculate(String body) {
        CartCall call = calls.call(body);
        return writes.write("POST", call, CartWrite.calculate(call.params()));
    }

    @POST
    @Path("clear")
    @Operation(summary = "Empty the cart; keep_removed_items keeps what can be restored")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @APIResponse(responseCode = "412", description = "cocart_cart_modified: If-Match failed; nothing was changed")
    public Response clear(String body) {
        CartCall call = calls.call(body);
        return writes.write("POST", call, CartWrite.clear(call.params()));
    }

    @POST
    @Path("update")
    @Operation(summary = "Run the callback of a namespace (update-cart, update-customer, ...); "
            + "404 cocart_update_cart_no_namespace_error, 404 cocart_cart_empty")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @APIResponse(responseCode = "412", description = "cocart_cart_modified: If-Match failed; nothing was changed")
    public Response update(String body) {
        CartCall call = calls.call(body);
        return writes.write("POST", call, CartWrite.update(call.params()));
    }

    @GET
    @Path("totals")
    @Operation(summary = "WooCommerce's totals map in major units; 404 cocart_cart_totals_empty for an empty cart")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    public Response totals() {
        CartCall call = calls.call(null);
        boolean html = call.params().bool("html", false);
        call.params().throwIfAny();
        CartView cart = carts.view(call.ref());
        if (cart.isEmpty()) {
            throw call.responses().refusal(cart, CartFailure.CART_TOTALS_EMPTY,
                    "This cart either has no items or was not calculated.");
        }
        return call.responses().totals(cart, html);
    }
}
