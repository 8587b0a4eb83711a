package org.headlesscart.api.cocart.v2.cart;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.api.http.CartHeaders;

/**
 * Drops kept cart answers ({@link RenderedCarts}) when a write through this instance has ended: a write to a cart
 * route or the CoCart batch those of its cart (and a customer's read naming a guest key, which absorbs it, those of
 * the guest cart) (the WordPress batch drops each sub-request's cart itself), any
 * other write (the catalog's admin routes, reviews, the import) all of them, as
 * each may change what carts show. Response filters run after the resource method, so the write's transaction
 * has committed; refused writes drop too, which costs at most one recomputation.
 */
@Provider
@ApplicationScoped
public class RenderedCartsInvalidation implements ContainerResponseFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String CART_ROUTES = "cocart/v2/cart";
    private static final String VALIDATE_COUPONS = "cocart/v2/cart/coupons/validate";
    private static final String COCART_BATCH = "cocart/batch";
    private static final String WORDPRESS_BATCH = "batch/v1";

    @Inject
    RenderedCarts rendered;

    @Inject
    CartHeaders cart;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        String route = path.startsWith("/") ? path.substring(1) : path;
        // GET cart/coupons/validate removes invalid coupons: a write by contract (docs/pricing-routes.md).
        if (READS.contains(request.getMethod()) && !route.startsWith(VALIDATE_COUPONS)) {
            // A customer's read with a guest key merged that guest cart into their own and deleted it. Other
            // reads never touch the request's cart headers (a request-scoped bean made for nothing: 4 % of a kept
            // product list's CPU).
            if (!route.startsWith(CART_ROUTES)) {
                return;
            }
            String requested = cart.requestedKey();
            if (requested != null && !requested.equals(cart.key())) {
                rendered.cartWritten(requested);
            }
            return;
        }
        if (route.startsWith(WORDPRESS_BATCH)) {
            return;     // its resource drops the answers of each sub-request's cart as that one ends
        }
        if (route.startsWith(CART_ROUTES) || route.startsWith(COCART_BATCH)) {
            // Both the cart shown and the cart named: a customer's write with a guest key merges that guest
            // cart into their own and deletes it.
            String key = cart.key();
            if (key != null) {
                rendered.cartWritten(key);
            }
            String requested = cart.requestedKey();
            if (requested != null && !requested.equals(key)) {
                rendered.cartWritten(requested);
            }
        } else {
            rendered.othersWritten();
        }
    }
}
