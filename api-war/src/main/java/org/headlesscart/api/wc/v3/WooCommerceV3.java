package org.headlesscart.api.wc.v3;

/**
 * WooCommerce REST v3's namespace, where the catalog's admin API lives: its routes and JSON shapes follow
 * {@code wc/v3/products} and friends, so WooCommerce tooling reads them, but they cover the catalog only. Only
 * administrators and shop managers may call them ({@code @StaffOnly}).
 */
public final class WooCommerceV3 {

    /** The route namespace below {@code /wp-json}. */
    public static final String NAMESPACE = "wc/v3";

    private WooCommerceV3() {
    }
}
