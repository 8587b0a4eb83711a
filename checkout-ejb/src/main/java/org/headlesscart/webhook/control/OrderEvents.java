package org.headlesscart.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.headlesscart.order.model.OrderEvent;
import org.headlesscart.platform.outbox.Outbox;

/**
 * Orders placed at checkout and every status change (payment, staff, the hold-release timer) become
 * {@code order.created} and {@code order.updated} outbox rows, observed inside the transaction that fires them (not
 * after it), so the row commits with the change. A placed order is also its cart's {@code cart.converted}.
 */
@ApplicationScoped
public class OrderEvents {

    @Inject
    Outbox outbox;

    void onOrderEvent(@Observes OrderEvent event) {
        long id = event.order().id();
        outbox.record(event.placed() ? "order.created" : "order.updated", id);
        if (event.placed() && event.order().cartKey() != null) {
            outbox.record("cart.converted", event.order().cartKey());
        }
    }
}
