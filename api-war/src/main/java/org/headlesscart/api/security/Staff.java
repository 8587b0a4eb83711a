package org.headlesscart.api.security;

import jakarta.ws.rs.core.SecurityContext;

import org.headlesscart.api.error.ApiRefusal;

/**
 * Who may manage carts in session and see the cart figures: shop managers and administrators (WooCommerce's
 * {@code manage_woocommerce}). Anonymous callers get 401 and everyone else 403, both
 * {@code cocart_rest_cannot_view} (contract §10).
 */
public final class Staff {

    static final String CANNOT_VIEW = "Sorry, you cannot list resources.";

    private Staff() {
    }

    /** @throws ApiRefusal unless the caller is a shop manager or an administrator */
    public static void require(SecurityContext caller) {
        if (caller == null || caller.getUserPrincipal() == null) {
            throw new ApiRefusal(401, "cocart_rest_cannot_view", CANNOT_VIEW);
        }
        if (!caller.isUserInRole("shop_manager") && !caller.isUserInRole("administrator")) {
            throw new ApiRefusal(403, "cocart_rest_cannot_view", CANNOT_VIEW);
        }
    }
}
