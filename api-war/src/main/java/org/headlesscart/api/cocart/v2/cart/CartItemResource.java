package org.headlesscart.api.cocart.v2.cart;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.error.CartExceptionMapper;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.openapi.RequestDocs;
import org.headlesscart.cart.boundary.CartFailure;
import org.headlesscart.cart.boundary.CartService;
import org.headlesscart.cart.model.CartView;

/**
 * Cart routes 6-9 on {@code cart/item/{item_key}} ({@code [\w]+}): view, update the quantity, remove, restore.
 * The key "0" is WordPress's "no key" and answers 404 {@code cocart_cart_item_key_required}.
 */
@RequestScoped
@Path(CoCartV2.NAMESPACE + "/cart/item/{item_key: \\w+}")
@Produces(CoCartV2.JSON)
@Tag(name = "Cart")
public class CartItemResource {

    static final String KEY_REQUIRED = "Missing cart item key is required!";

    @EJB
    CartService carts;

    @Inject
    CartCalls calls;

    @Inject
    ConditionalCartWrites writes;

    @PathParam("item_key")
    String itemKey;

    @GET
    @Operation(operationId = "cartItemGet", summary = "One item; 404 cocart_item_not_in_cart")
    @Parameters(@Parameter(ref = CartHeaderDocs.CART_KEY))   // a lone @Parameter(ref) is lost by Payara
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public Response item() {
        CartCall call = call(null);
        call.params().throwIfAny();
        CartView cart = carts.view(call.ref());
        return cart.items().stream().filter(line -> line.itemKey().equals(itemKey)).findFirst()
                .map(line -> call.responses().item(cart, line))
                .orElseThrow(() -> call.responses().refusal(cart, CartFailure.ITEM_NOT_IN_CART,
                        "Item specified does not exist in cart."));
    }

    @POST
    @Operation(operationId = "cartItemUpdate",
            summary = "Set the quantity (\"0\" removes); return_status answers {message, quantity}; "
            + "404 cocart_item_not_in_cart, 405 cocart_quantity_invalid_amount, 405 cocart_can_not_increase_quantity")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @RequestBody(ref = RequestDocs.UPDATE_ITEM)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "405", ref = ErrorDocs.METHOD_NOT_ALLOWED)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response update(String body) {
        CartCall call = call(body);
        return writes.write("POST", call, CartWrite.updateItem(call.params(), itemKey));
    }

    @DELETE
    @Operation(operationId = "cartItemRemove",
            summary = "Remove the item, keeping it restorable; return_status answers the message; "
            + "404 cocart_no_items, 404 cocart_item_not_in_cart")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @RequestBody(ref = RequestDocs.REMOVE_ITEM)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response remove(String body) {
        CartCall call = call(body);
        return writes.write("DELETE", call, CartWrite.removeItem(call.params(), itemKey));
    }

    @PUT
    @Operation(operationId = "cartItemRestore",
            summary = "Restore a removed item; return_item answers the item; 404/405 cocart_item_restored_to_cart")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @RequestBody(ref = RequestDocs.RESTORE_ITEM)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "405", ref = ErrorDocs.METHOD_NOT_ALLOWED)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response restore(String body) {
        CartCall call = call(body);
        return writes.write("PUT", call, CartWrite.restoreItem(call.params(), itemKey));
    }

    @PATCH
    @Operation(operationId = "cartItemRestoreByPatch", summary = "As PUT: restore a removed item")
    @Parameter(ref = CartHeaderDocs.CART_KEY)
    @Parameter(ref = CartHeaderDocs.IF_MATCH)
    @Parameter(ref = CartHeaderDocs.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "200", ref = CartHeaderDocs.CART_ANSWER)
    @RequestBody(ref = RequestDocs.RESTORE_ITEM)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "405", ref = ErrorDocs.METHOD_NOT_ALLOWED)
    @APIResponse(responseCode = "409", ref = ErrorDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ErrorDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ErrorDocs.UNPROCESSABLE)
    public Response restoreByPatch(String body) {
        return restore(body);
    }

    private CartCall call(String body) {
        if ("0".equals(itemKey)) {
            throw CartExceptionMapper.refusal(CartFailure.ITEM_KEY_REQUIRED, KEY_REQUIRED);
        }
        return calls.call(body);
    }
}
