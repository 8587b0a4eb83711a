package org.headlesscart.webhook.model;

/**
 * Renders a resource as the REST API's v3 GET answers it, which is WooCommerce's payload. The API module
 * implements it (the JSON shapes live there) and hands it to {@code WebhookRelay.run}.
 */
public interface PayloadSource {

    /**
     * @param resource {@code order}, {@code product}, {@code customer}, {@code coupon} or {@code cart}
     * @param key the resource's id (the cart's key for carts)
     * @return the JSON text, or {@code null} when the resource no longer exists
     */
    String render(String resource, String key);

    /** The store's home URL with a trailing slash: the {@code X-WC-Webhook-Source} header. */
    String source();
}
