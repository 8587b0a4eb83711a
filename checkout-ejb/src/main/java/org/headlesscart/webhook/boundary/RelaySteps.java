package org.headlesscart.webhook.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.cart.boundary.CartAdminService;
import org.headlesscart.platform.outbox.Outbox;
import org.headlesscart.webhook.control.RelaySettings;
import org.headlesscart.webhook.control.WebhookSender;
import org.headlesscart.webhook.entity.Webhook;
import org.headlesscart.webhook.entity.WebhookDelivery;
import org.headlesscart.webhook.entity.WebhookEvent;
import org.headlesscart.webhook.entity.WebhookScan;
import org.headlesscart.webhook.model.DeliveryClaim;

/**
 * The relay's steps, each its own short transaction, so that no row lock is held while a receiver answers. Claims
 * use {@code FOR UPDATE SKIP LOCKED}: relays on other threads or nodes skip what one has taken, and a claimed
 * delivery carries a lease ({@code claimed_until}) that keeps it from others until it is recorded.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RelaySteps {

    @PersistenceContext(unitName = "checkout")
    EntityManager em;

    @Inject
    RelaySettings settings;

    @Inject
    CartAdminService carts;

    @Inject
    Outbox outbox;

    /** Turns up to {@code limit} outbox rows into one delivery per active webhook of their topic; deletes them. */
    public int fanOut(int limit) {
        List<WebhookEvent> events = em.createNamedQuery(WebhookEvent.CLAIM, WebhookEvent.class)
                .setParameter(1, limit).getResultList();
        if (events.isEmpty()) {
            return 0;
        }
        Map<String, List<Webhook>> byTopic = active().stream().collect(Collectors.groupingBy(Webhook::getTopic));
        Instant now = Instant.now();
        for (WebhookEvent event : events) {
            for (Webhook webhook : byTopic.getOrDefault(event.getTopic(), List.of())) {
                em.persist(new WebhookDelivery(webhook.getId(), event.getTopic(), event.getResourceKey(), now));
            }
            em.remove(event);
        }
        return events.size();
    }

    /** Claims up to {@code limit} due deliveries of active webhooks, oldest first, for the lease. */
    public List<DeliveryClaim> claim(int limit) {
        Map<Long, Webhook> webhooks = active().stream().collect(Collectors.toMap(Webhook::getId, w -> w));
        if (webhooks.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now();
        List<WebhookDelivery> rows = em.createNamedQuery(WebhookDelivery.CLAIM, WebhookDelivery.class)
                .setParameter(1, now).setParameter(2, List.copyOf(webhooks.keySet())).setParameter(3, limit).getResultList();
        List<DeliveryClaim> claims = new ArrayList<>();
        for (WebhookDelivery row : rows) {
            row.setClaimedUntil(now.plus(settings.lease()));
            Webhook webhook = webhooks.get(row.getWebhookId());
            claims.add(new DeliveryClaim(row.getId(), webhook.getId(), row.getTopic(), row.getResourceKey(),
                    webhook.getDeliveryUrl(), webhook.getSecret()));
        }
        return claims;
    }

    /**
     * Records an attempt. Success clears the webhook's failure count. A failure counts once per backoff window (two
     * deliveries failing at once are one failure), as WooCommerce counts: beyond {@code max-failures} the webhook
     * is disabled; otherwise it and all its pending deliveries wait until the next retry time. A ping is tried once.
     */
    public void record(DeliveryClaim claim, WebhookSender.Attempt attempt) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, claim.deliveryId());
        Webhook webhook = em.find(Webhook.class, claim.webhookId(), LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || webhook == null) {
            return;
        }
        Instant now = Instant.now();
        delivery.attempted(now, claim.deliveryUrl(), attempt.code(), attempt.message(), attempt.millis(),
                attempt.sentHeaders(), null, attempt.gotHeaders(), attempt.gotBody());
        if (claim.ping() || attempt.succeeded()) {
            delivery.setState(attempt.succeeded() ? WebhookDelivery.DELIVERED : "failed");
            if (attempt.succeeded() && !claim.ping()) {
                webhook.setFailureCount(0);
                webhook.setRetryAt(null);
            }
            return;
        }
        if (webhook.getRetryAt() == null || !webhook.getRetryAt().isAfter(now)) {
            if (webhook.getFailureCount() > settings.maxFailures()) {
                webhook.setStatus("disabled");
                webhook.setModifiedAt(now);
            } else {
                webhook.setFailureCount(webhook.getFailureCount() + 1);
            }
            webhook.setRetryAt(settings.retryAt(now, webhook.getFailureCount()));
        }
        delivery.setDueAt(webhook.getRetryAt());
        em.createNamedQuery(WebhookDelivery.POSTPONE).setParameter("until", webhook.getRetryAt())
                .setParameter("webhook", webhook.getId()).executeUpdate();
    }

    /**
     * Announces carts with an e-mail left unchanged for {@code cart-abandoned-after} as {@code cart.abandoned}: those
     * changed after the scan's watermark, up to {@code limit}; then moves the watermark on. The watermark row is
     * locked, so one node scans at a time and each idle period of a cart is announced once. Without an active
     * subscriber the watermark is cleared, so a webhook created later does not get the carts of the time before it.
     */
    public int scanAbandoned(int limit) {
        boolean wanted = active().stream().anyMatch(w -> WebhookScan.CART_ABANDONED.equals(w.getTopic()));
        WebhookScan scan = em.find(WebhookScan.class, WebhookScan.CART_ABANDONED);
        if (scan == null || !wanted && scan.getScannedTo() == null) {
            return 0;
        }
        em.lock(scan, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(scan);
        Instant before = Instant.now().minus(settings.abandonedAfter());
        if (!wanted || scan.getScannedTo() == null) {
            scan.setScannedTo(wanted ? before : null);
            return 0;
        }
        if (!before.isAfter(scan.getScannedTo())) {
            return 0;
        }
        List<CartAdminService.IdleCart> idle = carts.idleWithEmail(scan.getScannedTo(), before, limit);
        idle.forEach(cart -> outbox.record(WebhookScan.CART_ABANDONED, cart.cartKey()));
        scan.setScannedTo(idle.size() == limit ? idle.get(idle.size() - 1).modified() : before);
        return idle.size();
    }

    /**
     * Deletes up to {@code limit} deliveries that ended (delivered, or a ping that failed) before {@code before}: the
     * delivery log's retention. Pending deliveries stay, however old, so that nothing is dropped unsent.
     */
    public int purgeLog(Instant before, int limit) {
        return em.createNamedQuery(WebhookDelivery.PURGE_LOG).setParameter(1, before).setParameter(2, limit)
                .executeUpdate();
    }

    /** Gives back claims a relay did not try (their webhook failed earlier in the same run). */
    public void release(List<Long> deliveryIds) {
        for (Long id : deliveryIds) {
            WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
            if (delivery != null) {
                delivery.setClaimedUntil(null);
            }
        }
    }

    private List<Webhook> active() {
        return em.createNamedQuery(Webhook.ACTIVE, Webhook.class).getResultList();
    }
}
