package org.headlesscart.mail.boundary;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.model.StoreView;
import org.headlesscart.mail.control.MailOutbox;
import org.headlesscart.mail.control.MailRules;
import org.headlesscart.mail.control.MailSettings;
import org.headlesscart.mail.control.OrderMailRenderer;
import org.headlesscart.mail.model.MailKind;
import org.headlesscart.order.model.OrderEvent;

/**
 * The mail component's only entry: it observes order events once their transaction has committed (nothing is sent
 * for a change that rolled back), picks WooCommerce's mails for the change, renders them here (configuration only,
 * no database) and queues them. A CDI bean rather than an EJB: it has no caller and needs no transaction. Nothing
 * it does can throw into the committed request: a mail problem is logged, never the order's.
 */
@ApplicationScoped
public class OrderMailer {

    private static final Logger LOG = System.getLogger(OrderMailer.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    MailOutbox outbox;

    @EJB
    CatalogService catalog;

    private final AtomicBoolean saidNotSending = new AtomicBoolean();

    void onOrderEvent(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderEvent event) {
        try {
            List<MailKind> kinds = MailRules.mails(event.from(), event.to());
            if (kinds.isEmpty() || !sending()) {
                return;
            }
            StoreView store = catalog.storeDetails();
            String fromName = settings.fromName().orElse(store.title());
            for (MailKind kind : kinds) {
                OrderMailRenderer.render(kind, event.order(), store, settings.storeRecipients(),
                        settings.orderReceivedUrl()).ifPresent(mail -> outbox.send(mail, fromName));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Order e-mails for order " + event.order().id() + " not sent", e);
        }
    }

    /** Whether mails go out; the first time they do not, one log line says why. */
    private boolean sending() {
        if (settings.sending()) {
            return true;
        }
        if (saidNotSending.compareAndSet(false, true)) {
            LOG.log(Level.INFO, settings.enabled()
                    ? "Order e-mails are not sent: no SMTP server is configured (headlesscart.mail.host)"
                    : "Order e-mails are switched off (headlesscart.mail.enabled=false)");
        }
        return false;
    }
}
