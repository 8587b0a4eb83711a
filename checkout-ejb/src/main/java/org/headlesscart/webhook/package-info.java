/**
 * Webhooks, WooCommerce's way (docs/webhooks.md): subscriptions ({@code wc/v3/webhooks}), the relay that turns the
 * outbox ({@code org.headlesscart.platform.outbox}) into signed deliveries across the cluster, retries with backoff,
 * disabling after repeated failures, and the delivery log.
 */
package org.headlesscart.webhook;
