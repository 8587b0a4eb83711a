package org.headlesscart.api.cocart.v2.checkout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.cocart.v2.cart.CartHeaderDocs;
import org.headlesscart.api.error.CoCartError;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.security.Caller;
import org.headlesscart.cart.boundary.CartService;
import org.headlesscart.cart.model.CartRef;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.payment.boundary.PaymentService;
import org.headlesscart.payment.spi.PaymentContext;
import org.headlesscart.pricing.model.PricedCart;

/**
 * {@code GET cocart/v2/checkout/payment-methods} (COCART-PLUS §1.3): the enabled gateways available for the
 * requester's cart (its countries, total and chosen shipping rates), by id in the store's order. Like every
 * checkout route it needs a logged-in user or the key of a stored cart: else 401.
 */
@RequestScoped
@Path(CoCartV2.NAMESPACE + "/checkout/payment-methods")
@Produces(CoCartV2.JSON)
@Tag(name = "Checkout")
public class PaymentMethodsResource {

    @EJB
    PaymentService payments;

    @EJB
    CartService carts;

    @EJB
    CatalogService catalog;

    @Inject
    Caller caller;

    @Context
    HttpHeaders http;

    @GET
    @Operation(operationId = "checkoutPaymentMethods", summary = "CoCart Plus: the payment methods the cart may be "
            + "paid with, gateway id → method; 401 cocart_rest_authentication_required without a login or a stored "
            + "cart's key")
    @Parameters(@Parameter(ref = CartHeaderDocs.CART_KEY))   // a lone @Parameter(ref) is lost by Payara
    @APIResponse(responseCode = "200", description = "Gateway id → {id, title, description, supports, has_fields, "
            + "order_button_text, method_title, method_description, config{…}, saved_tokens, supports_save_payment}")
    @APIResponse(responseCode = "401", ref = ErrorDocs.UNAUTHORIZED)
    public Response methods(@Parameter(description = "A guest's cart key, when no header names it.")
            @QueryParam("cart_key") String cartKey) {
        Optional<CartView> cart = requestersCart(cartKey);
        if (cart.isEmpty()) {
            return CoCartError.response(401, "cocart_rest_authentication_required",
                    "Authentication or valid cart key required.");
        }
        Map<String, PaymentMethodResponse> methods = new LinkedHashMap<>();
        payments.methods(context(cart.get())).forEach(m -> methods.put(m.id(), PaymentMethodResponse.of(m)));
        // PHP writes an empty array as [], as CoCart would answer a store without gateways.
        return Response.ok(methods.isEmpty() ? List.of() : methods, CoCartV2.JSON).build();
    }

    /** A logged-in user's own cart; a guest's stored cart under the key named; empty for anybody else. */
    private Optional<CartView> requestersCart(String queryKey) {
        if (caller.account().isPresent()) {
            return Optional.of(carts.view(new CartRef(null, caller.account().get().id(), false)));
        }
        String key = firstGiven(http.getHeaderString("Cart-Key"), http.getHeaderString("CoCart-API-Cart-Key"),
                queryKey);
        CartRef ref = CartRef.guest(key);
        return key == null || carts.stamp(ref).isEmpty() ? Optional.empty() : Optional.of(carts.view(ref));
    }

    private PaymentContext context(CartView cart) {
        List<String> rates = cart.pricing() == null ? List.of() : cart.pricing().priced().packages().stream()
                .map(PricedCart.Package::chosenRateId).filter(Objects::nonNull).filter(r -> !r.isEmpty()).toList();
        return new PaymentContext(cart.customer().billing().getOrDefault("billing_country", ""),
                cart.customer().shipping().getOrDefault("shipping_country", ""),
                catalog.storeDetails().currency().code(), cart.totals().total(), rates);
    }

    private static String firstGiven(String... keys) {
        for (String key : keys) {
            if (key != null && !key.isBlank()) {
                return key.trim();
            }
        }
        return null;
    }
}
