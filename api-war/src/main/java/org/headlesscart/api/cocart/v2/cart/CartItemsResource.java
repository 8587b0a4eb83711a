package org.headlesscart.api.cocart.v2.cart;

import java.math.BigDecimal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

/** Cart routes 4 and 5: the items keyed by item key, and their count. Both only read. */
@RequestScoped
@Path(CoCartV2.NAMESPACE + "/cart/items")
@Produces(CoCartV2.JSON)
@Tag(name = "Cart")
public class CartItemsResource {

    @EJB
    CartService carts;

    @Inject
    CartCalls calls;

    @GET
    @Operation(operationId = "cartItems",
            summary = "The items as an object keyed by item key; 404 cocart_no_items_in_cart when empty")
    @Parameters(@Parameter(ref = CartHeaderDocs.CART_KEY))   // a lone @Parameter(ref) is lost by Payara
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response items() {
        CartCall call = calls.call(null);
        call.params().throwIfAny();
        CartView cart = carts.view(call.ref());
        if (cart.isEmpty()) {
            throw call.responses().refusal(cart, CartFailure.NO_ITEMS_IN_CART, "No items in the cart.");
        }
        return call.responses().items(cart, cart.items(), true);
    }

    /**
     * The sum of the quantities as a bare number; 0 for an empty cart (decision 2). With {@code removed_items}, the
     * number of removed lines that can be restored, as CoCart counts them.
     */
    @GET
    @Path("count")
    @Operation(operationId = "cartItemsCount", summary = "The number of items as a bare JSON number")
    @Parameters(@Parameter(ref = CartHeaderDocs.CART_KEY))   // a lone @Parameter(ref) is lost by Payara
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    public Response count() {
        CartCall call = calls.call(null);
        boolean removed = call.params().bool("removed_items", false);
        call.params().string("return");
        call.params().throwIfAny();
        CartView cart = carts.view(call.ref());
        BigDecimal count = removed ? BigDecimal.valueOf(cart.removedItems().size()) : cart.itemCount();
        return call.responses().number(cart, count);
    }
}
