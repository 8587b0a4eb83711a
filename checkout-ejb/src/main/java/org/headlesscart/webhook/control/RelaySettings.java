package org.headlesscart.webhook.control;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The relay's settings ({@code headlesscart.webhooks.*}, docs/configuration.md). */
@ApplicationScoped
public class RelaySettings {

    @Inject @ConfigProperty(name = "headlesscart.webhooks.batch-size") int batchSize;
    @Inject @ConfigProperty(name = "headlesscart.webhooks.retry-backoff") Duration backoff;
    @Inject @ConfigProperty(name = "headlesscart.webhooks.retry-backoff-max") Duration backoffMax;
    @Inject @ConfigProperty(name = "headlesscart.webhooks.max-failures") int maxFailures;
    @Inject @ConfigProperty(name = "headlesscart.webhooks.timeout") Duration timeout;
    @Inject @ConfigProperty(name = "headlesscart.webhooks.claim-lease") Duration lease;
    @Inject @ConfigProperty(name = "headlesscart.webhooks.cart-abandoned-after") Duration abandonedAfter;

    /** How long a cart with an e-mail stays unchanged before it counts as abandoned. */
    public Duration abandonedAfter() {
        return abandonedAfter;
    }

    public int batchSize() {
        return batchSize;
    }

    /** WooCommerce's {@code woocommerce_max_webhook_delivery_failures}: disabled on a failure beyond this many. */
    public int maxFailures() {
        return maxFailures;
    }

    public Duration timeout() {
        return timeout;
    }

    public Duration lease() {
        return lease;
    }

    /** When to try a webhook again after its {@code failures}-th consecutive failure: doubling, capped. */
    public Instant retryAt(Instant now, int failures) {
        long millis = backoff.toMillis() << Math.min(Math.max(failures - 1, 0), 20);
        return now.plusMillis(Math.min(millis, backoffMax.toMillis()));
    }
}
