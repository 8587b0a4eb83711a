package org.headlesscart.webhook.model;

import java.util.List;

/** The topics a webhook may subscribe to: WooCommerce's for orders, products, customers and coupons, and ours for carts. */
public final class WebhookTopics {

    public static final List<String> ALL = List.of(
            "order.created", "order.updated", "order.deleted", "order.restored",
            "product.created", "product.updated", "product.deleted", "product.restored",
            "customer.created", "customer.updated", "customer.deleted",
            "coupon.created", "coupon.updated", "coupon.deleted", "coupon.restored",
            "cart.created", "cart.updated", "cart.converted", "cart.abandoned");

    /** WooCommerce's statuses: active delivers; paused (by staff) and disabled (after failures) do not. */
    public static final List<String> STATUSES = List.of("active", "paused", "disabled");

    /** The longest name, delivery URL and secret a webhook keeps (its columns). */
    public static final int MAX_NAME = 200;
    public static final int MAX_URL = 2000;
    public static final int MAX_SECRET = 200;

    /** The topic of the ping sent when a webhook is created active. */
    public static final String PING = "webhook.ping";

    private WebhookTopics() {
    }
}
