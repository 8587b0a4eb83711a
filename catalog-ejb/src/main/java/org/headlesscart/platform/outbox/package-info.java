/**
 * The transactional outbox of webhooks (docs/webhooks.md): every component records "this changed" in the
 * transaction of the change, so an event exists exactly when the change committed. It lives in the lowest module so
 * that every module can call it; the tables and the relay that reads them belong to the webhook component
 * (checkout-ejb, {@code org.headlesscart.webhook}).
 */
package org.headlesscart.platform.outbox;
