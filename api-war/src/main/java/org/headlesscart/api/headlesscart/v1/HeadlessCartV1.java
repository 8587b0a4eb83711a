package org.headlesscart.api.headlesscart.v1;

/**
 * Our own namespace, for features CoCart lacks (the product import, later the admin API). It lives beside
 * {@code cocart/v2} below {@code /wp-json}, as a WordPress plugin's own namespace would.
 */
public final class HeadlessCartV1 {

    /** The route namespace below {@code /wp-json}. */
    public static final String NAMESPACE = "headlesscart/v1";

    /** WooCommerce's product export, and what a client sends that does not know the CSV type. */
    public static final String CSV = "text/csv";

    private HeadlessCartV1() {
    }
}
