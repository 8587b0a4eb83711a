package org.headlesscart.api.cocart.v2.cart;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.headlesscart.api.http.CartHeaders;
import org.headlesscart.api.security.Caller;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.model.StoreView;

/**
 * The request's calls to cart routes, made in one place for every cart resource: what the request asks
 * ({@link CartParams}), which cart it names and who names it ({@link RequestedCart}), and how its answers are written
 * ({@link CartResponses}, with the parameters every cart route takes: {@code fields}, {@code thumb},
 * {@code default}; contract §2.1). Every key named is recorded for the cart headers.
 */
@RequestScoped
public class CartCalls {

    @EJB
    CatalogService catalog;

    @Inject
    CartHeaders headers;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders http;

    private StoreView store;

    /** This request as a call to a cart route; {@code body} is null for a GET. */
    CartCall call(String body) {
        CartParams params = params(body);
        String query = uri.getRequestUri().getRawQuery();
        return call(params, RequestedCart.key(http, params), headers,
                new CartCall.Origin(http, uri.getPath() + (query == null ? "" : "?" + query), body));
    }

    /** The request's arguments: its query, and its body read as its content type says. */
    CartParams params(String body) {
        String type = http.getMediaType() == null ? null : http.getMediaType().toString();
        return CartParams.read(uri.getRequestUri().getRawQuery(), type, body);
    }

    /** The key a batch request names for itself ({@link RequestedCart#batchKey}). */
    String batchKey(CartParams params) {
        return RequestedCart.batchKey(http, params);
    }

    /**
     * A sub-request of a batch (docs/batch.md), whose arguments are read and whose key the batch chose from the
     * sub-request's headers and path and the batch's own; the cart it shows is recorded in {@code shown}.
     */
    CartCall call(CartParams params, String key, CartHeaders shown) {
        return call(params, key, shown, CartCall.Origin.NONE);
    }

    private CartCall call(CartParams params, String key, CartHeaders shown, CartCall.Origin origin) {
        shown.requested(key);
        boolean thumb = params.bool("thumb", true);
        if (params.bool("default", false)) {
            params.problem("default", "default is not supported: the raw WooCommerce cart does not exist here.");
        }
        String fieldsAsked = params.string("fields");
        CartResponses responses = CartResponses.of(CartFormat.of(store(), uri.getBaseUri(), thumb), fieldsAsked, shown);
        return new CartCall(params, key, RequestedCart.ref(key, caller), responses, origin);
    }

    /** The store's details, configuration only: read once per request. */
    private StoreView store() {
        if (store == null) {
            store = catalog.storeDetails();
        }
        return store;
    }
}
