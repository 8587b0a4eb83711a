package org.headlesscart.webhook.boundary;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.headlesscart.webhook.control.WebhookRules;
import org.headlesscart.webhook.control.WebhookViews;
import org.headlesscart.webhook.entity.Webhook;
import org.headlesscart.webhook.entity.WebhookDelivery;
import org.headlesscart.webhook.model.DeliveryPage;
import org.headlesscart.webhook.model.DeliveryView;
import org.headlesscart.webhook.model.WebhookDraft;
import org.headlesscart.webhook.model.WebhookTopics;
import org.headlesscart.webhook.model.WebhookView;

/**
 * Staff's webhooks ({@code wc/v3/webhooks}, docs/webhooks.md) and their delivery log. Statuses and enums are checked
 * by the API (WordPress's schema check); topics and URLs here, with WooCommerce's codes.
 */
@Stateless
public class WebhookService {

    @PersistenceContext(unitName = "checkout")
    EntityManager em;

    /** Newest first; {@code status} null = all. */
    public List<WebhookView> list(String status, int page, int perPage) {
        TypedQuery<Webhook> query = status == null ? em.createNamedQuery(Webhook.ALL, Webhook.class)
                : em.createNamedQuery(Webhook.BY_STATUS, Webhook.class).setParameter("status", status);
        return query.setFirstResult((page - 1) * perPage).setMaxResults(perPage).getResultList().stream()
                .map(WebhookViews::of).toList();
    }

    /** How many webhooks {@link #list} pages through. */
    public long count(String status) {
        return (status == null ? em.createNamedQuery(Webhook.COUNT, Long.class)
                : em.createNamedQuery(Webhook.COUNT_BY_STATUS, Long.class).setParameter("status", status))
                .getSingleResult();
    }

    public WebhookView get(long id) {
        return WebhookViews.of(find(id));
    }

    /**
     * Creates a webhook (topic and delivery URL required; name, status active and a secret by default); an active one
     * gets a ping ({@code webhook_id=<id>}, form-encoded) queued as its first delivery, as WooCommerce pings a new one.
     */
    public WebhookView create(WebhookDraft draft, long userId) {
        Instant now = Instant.now();
        Webhook webhook = new Webhook(userId, now);
        webhook.setTopic(WebhookRules.topic(draft.topic()));
        webhook.setDeliveryUrl(WebhookRules.deliveryUrl(draft.deliveryUrl()));
        webhook.setName(draft.name() != null ? draft.name() : "Webhook created on "
                + DateTimeFormatter.ofPattern("MMM d, yyyy @ h:mm a").withZone(ZoneOffset.UTC).format(now));
        webhook.setStatus(draft.status() != null ? draft.status() : "active");
        webhook.setSecret(draft.secret() != null && !draft.secret().isEmpty() ? draft.secret()
                : WebhookRules.newSecret());
        em.persist(webhook);
        em.flush();
        if ("active".equals(webhook.getStatus())) {
            em.persist(new WebhookDelivery(webhook.getId(), WebhookTopics.PING, String.valueOf(webhook.getId()), now));
        }
        return WebhookViews.of(webhook);
    }

    /** Changes the fields given; staff setting {@code active} again clears the failure count and the backoff. */
    public WebhookView update(long id, WebhookDraft draft) {
        Webhook webhook = find(id);
        if (draft.topic() != null) {
            webhook.setTopic(WebhookRules.topic(draft.topic()));
        }
        if (draft.deliveryUrl() != null) {
            webhook.setDeliveryUrl(WebhookRules.deliveryUrl(draft.deliveryUrl()));
        }
        if (draft.name() != null) {
            webhook.setName(draft.name());
        }
        if (draft.secret() != null) {
            webhook.setSecret(draft.secret().isEmpty() ? WebhookRules.newSecret() : draft.secret());
        }
        if (draft.status() != null) {
            if ("active".equals(draft.status()) && !"active".equals(webhook.getStatus())) {
                webhook.setFailureCount(0);
                webhook.setRetryAt(null);
            }
            webhook.setStatus(draft.status());
        }
        webhook.setModifiedAt(Instant.now());
        return WebhookViews.of(webhook);
    }

    /** Deletes a webhook and its delivery log; answers it as it was. */
    public WebhookView delete(long id) {
        Webhook webhook = find(id);
        WebhookView view = WebhookViews.of(webhook);
        em.remove(webhook);
        return view;
    }

    /** A webhook's deliveries, newest first. */
    public DeliveryPage deliveries(long webhookId, int page, int perPage) {
        find(webhookId);
        List<DeliveryView> rows = em.createNamedQuery(WebhookDelivery.OF_WEBHOOK, WebhookDelivery.class)
                .setParameter("webhook", webhookId).setFirstResult((page - 1) * perPage).setMaxResults(perPage)
                .getResultList().stream().map(WebhookViews::of).toList();
        long total = em.createNamedQuery(WebhookDelivery.COUNT_OF_WEBHOOK, Long.class)
                .setParameter("webhook", webhookId).getSingleResult();
        return new DeliveryPage(rows, total);
    }

    public DeliveryView delivery(long webhookId, long deliveryId) {
        find(webhookId);
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || delivery.getWebhookId() != webhookId) {
            throw new WebhookException(WebhookFailure.DELIVERY_NOT_FOUND);
        }
        return WebhookViews.of(delivery);
    }

    private Webhook find(long id) {
        Webhook webhook = em.find(Webhook.class, id);
        if (webhook == null) {
            throw new WebhookException(WebhookFailure.NOT_FOUND);
        }
        return webhook;
    }
}
