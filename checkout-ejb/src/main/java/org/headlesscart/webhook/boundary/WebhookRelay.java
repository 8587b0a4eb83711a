package org.headlesscart.webhook.boundary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.webhook.control.RelaySettings;
import org.headlesscart.webhook.control.WebhookSender;
import org.headlesscart.webhook.model.DeliveryClaim;
import org.headlesscart.webhook.model.PayloadSource;

/**
 * One relay run (docs/webhooks.md): the outbox is fanned out into deliveries, then due deliveries are claimed in
 * batches and posted, each attempt recorded. Any number of runs may go at once, on one node or many: claims skip
 * locked rows and carry a lease, so each delivery is sent by one run. A webhook that fails is not tried again in the
 * same run. Delivery is at least once: a node that dies between sending and recording leaves the claim to expire,
 * and the delivery is sent again with the same {@code X-WC-Webhook-Delivery-ID}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookRelay {

    private static final int MAX_ROUNDS = 50;
    private static final Logger LOG = Logger.getLogger(WebhookRelay.class.getName());

    @Inject
    RelaySteps steps;

    @Inject
    RelaySettings settings;

    /** Runs the relay once; answers how many deliveries were attempted. */
    public int run(PayloadSource payloads) {
        int batch = settings.batchSize();
        steps.scanAbandoned(batch * 10);
        for (int round = 0; round < MAX_ROUNDS && steps.fanOut(batch) == batch; round++) {
            // keep fanning out while full batches come
        }
        int attempted = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<DeliveryClaim> claims = steps.claim(batch);
            Set<Long> failing = new HashSet<>();
            List<Long> untried = new ArrayList<>();
            for (DeliveryClaim claim : claims) {
                if (failing.contains(claim.webhookId())) {
                    untried.add(claim.deliveryId());
                    continue;
                }
                WebhookSender.Attempt attempt = send(claim, payloads);
                steps.record(claim, attempt);
                attempted++;
                if (!attempt.succeeded() && !claim.ping()) {
                    failing.add(claim.webhookId());
                }
            }
            if (!untried.isEmpty()) {
                steps.release(untried);
            }
            if (claims.size() < batch) {
                break;
            }
        }
        return attempted;
    }

    private WebhookSender.Attempt send(DeliveryClaim claim, PayloadSource payloads) {
        if (claim.ping()) {
            return WebhookSender.post(claim.deliveryUrl(), "application/x-www-form-urlencoded",
                    "webhook_id=" + claim.webhookId(), Map.of(), settings.timeout());
        }
        String resource = claim.topic().substring(0, claim.topic().indexOf('.'));
        String event = claim.topic().substring(claim.topic().indexOf('.') + 1);
        String body;
        try {
            body = "deleted".equals(event) ? null : payloads.render(resource, claim.resourceKey());
        } catch (RuntimeException e) {
            // Recorded as a failed attempt (the message bounded by its column) and logged, as it is ours to fix.
            LOG.log(Level.WARNING, "Could not build the payload of webhook delivery " + claim.deliveryId(), e);
            String message = "Could not build the payload: " + e;
            return new WebhookSender.Attempt(null, message.substring(0, Math.min(message.length(), 500)), 0, null,
                    null, null);
        }
        if (body == null) {
            // Deleted, or gone since the event: WooCommerce sends only the id.
            body = "{\"id\":" + (claim.resourceKey().matches("\\d{1,18}") ? claim.resourceKey()
                    : "\"" + claim.resourceKey().replace("\\", "\\\\").replace("\"", "\\\"") + "\"") + "}";
        }
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("X-WC-Webhook-Source", payloads.source());
        headers.put("X-WC-Webhook-Topic", claim.topic());
        headers.put("X-WC-Webhook-Resource", resource);
        headers.put("X-WC-Webhook-Event", event);
        headers.put("X-WC-Webhook-Signature", WebhookSender.signature(body, claim.secret()));
        headers.put("X-WC-Webhook-ID", String.valueOf(claim.webhookId()));
        headers.put("X-WC-Webhook-Delivery-ID", String.valueOf(claim.deliveryId()));
        return WebhookSender.post(claim.deliveryUrl(), "application/json", body, headers, settings.timeout());
    }
}
