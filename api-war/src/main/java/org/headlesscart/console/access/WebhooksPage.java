package org.headlesscart.console.access;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.headlesscart.webhook.boundary.WebhookException;
import org.headlesscart.webhook.boundary.WebhookService;
import org.headlesscart.webhook.model.DeliveryView;
import org.headlesscart.webhook.model.WebhookView;

/**
 * {@code /console/access/webhooks.xhtml} (docs/webhooks.md): the webhooks with their status and failure count, and
 * the last deliveries of the one chosen ({@code ?id=N}): status, attempts, response code, duration. Read only;
 * webhooks are managed through {@code wc/v3/webhooks}. Administrators only, as every Access page.
 */
@Named("webhooksPage")
@ViewScoped
public class WebhooksPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many webhooks and deliveries one page shows: a store has a handful of webhooks. */
    static final int ROWS = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @EJB
    WebhookService webhooks;

    private Long id;
    private List<WebhookView> list;
    private List<DeliveryView> deliveries = List.of();
    private WebhookView chosen;

    @PostConstruct
    void init() {
        list = webhooks.list(null, 1, ROWS);
    }

    /** The view parameter {@code id}: the webhook whose deliveries to show; an unknown one shows none. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            chosen = webhooks.get(id);
            deliveries = webhooks.deliveries(id, 1, ROWS).deliveries();
        } catch (WebhookException unknown) {
            chosen = null;
        }
    }

    public String when(java.time.Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<WebhookView> getList() {
        return list;
    }

    public List<DeliveryView> getDeliveries() {
        return deliveries;
    }

    public WebhookView getChosen() {
        return chosen;
    }
}
