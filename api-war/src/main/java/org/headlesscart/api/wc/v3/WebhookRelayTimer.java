package org.headlesscart.api.wc.v3;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.webhook.boundary.WebhookRelay;

/**
 * Runs the webhook relay every {@code headlesscart.webhooks.relay-interval} (PT0S = never) on every node: the relay's
 * row claims make the nodes share the work, so no lease is needed. It lives here, not in the webhook component,
 * because the payloads are the API's JSON (WebhookPayloads).
 */
@Singleton
@Startup
public class WebhookRelayTimer {

    private static final Logger LOG = Logger.getLogger(WebhookRelayTimer.class.getName());
    /** At most one warning a minute, without the stack: a database outage must not flood the log every run. */
    private static final long WARN_EVERY_NANOS = 60_000_000_000L;

    private long warnedAt = System.nanoTime() - WARN_EVERY_NANOS;

    @Resource
    TimerService timers;

    @EJB
    WebhookRelay relay;

    @Inject
    WebhookPayloads payloads;

    @Inject @ConfigProperty(name = "headlesscart.webhooks.relay-interval") Duration interval;

    @PostConstruct
    void schedule() {
        long millis = interval.toMillis();
        if (millis > 0) {
            timers.createIntervalTimer(millis, millis, new TimerConfig("webhook-relay", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void relay() {
        try {
            relay.run(payloads);
        } catch (RuntimeException e) {
            // Claims not recorded expire with their lease; the next run goes on. A failing timeout would be retried.
            if (System.nanoTime() - warnedAt >= WARN_EVERY_NANOS) {
                warnedAt = System.nanoTime();
                LOG.log(Level.WARNING, "The webhook relay failed (the next run tries again): {0}", String.valueOf(e));
            }
        }
    }
}
