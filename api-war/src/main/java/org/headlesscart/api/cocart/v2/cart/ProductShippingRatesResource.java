package org.headlesscart.api.cocart.v2.cart;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.error.ApiRefusal;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.cart.boundary.CartException;
import org.headlesscart.cart.boundary.CartFailure;
import org.headlesscart.cart.boundary.CartService;
import org.headlesscart.cart.model.ProductRates;

/**
 * CoCart Plus v2's {@code GET products/{id}/shipping-rates} (COCART-PLUS §1.2): the rates of a one-line cart of the
 * product (ID or SKU; {@code quantity}, {@code variation[attr]=value}) at the logged-in customer's address or the
 * store's, simulated and discarded. A request naming a cart is refused: the route must not touch one.
 */
@RequestScoped
@Path(CoCartV2.NAMESPACE + "/products/{id: [\\w-]+}/shipping-rates")
@Produces(CoCartV2.JSON)
@Tag(name = "Products")
public class ProductShippingRatesResource {

    @EJB
    CartService carts;

    @Inject
    CartCalls calls;

    @GET
    @Operation(operationId = "productShippingRates",
            summary = "CoCart Plus: the shipping rates of a one-line cart of the product; no cart key allowed (403)")
    @APIResponse(responseCode = "200", description = "The simulated line and its packages")
    @APIResponse(responseCode = "400", ref = ErrorDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    @APIResponse(responseCode = "405", ref = ErrorDocs.METHOD_NOT_ALLOWED)
    public Response rates(@PathParam("id") String idOrSku,
            @QueryParam("quantity") String documented) {    // named for the OpenAPI document; CartParams reads it
        CartCall call = calls.call(null);
        String quantity = call.params().string("quantity");
        var variation = call.params().textMap("variation");
        call.params().throwIfAny();
        if (call.key() != null) {
            throw new ApiRefusal(403, "cocart_calculate_product_shipping_rates_cart_access_denied",
                    "DO NOT associate a cart when calculating the shipping rates of a product.");
        }
        ProductRates quote;
        try {
            quote = carts.productRates(idOrSku, quantity, variation, call.ref().userId());
        } catch (CartException e) {
            // add-item answers an unknown product with 400; this route's contract (§1.2) says 404, same code.
            if (e.failure() == CartFailure.INVALID_PRODUCT) {
                throw new ApiRefusal(404, "cocart_invalid_product", e.getMessage());
            }
            throw e;
        }
        return Response.ok(CartJson.stream(json -> new PricingJson(call.responses().format()).productRates(json,
                quote)), CoCartV2.JSON).build();
    }
}
