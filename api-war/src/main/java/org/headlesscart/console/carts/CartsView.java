package org.headlesscart.console.carts;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.headlesscart.cart.boundary.CartAdminService;
import org.headlesscart.cart.boundary.CartAdminService.Status;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.model.CurrencyView;

/** The Carts list ({@code #{carts}}): the carts in session, paged, sorted and filtered in the database. */
@Named("carts")
@ViewScoped
public class CartsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @EJB
    CartAdminService service;

    @EJB
    CatalogService catalog;

    private transient CurrencyView currency;

    private SessionsModel model;

    @PostConstruct
    void init() {
        model = new SessionsModel(service);
    }

    public SessionsModel getModel() {
        return model;
    }

    /** Money as the store shows it, from minor units; the currency read once per view. */
    public String money(long minor) {
        if (currency == null) {
            currency = catalog.storeDetails().currency();
        }
        return currency.format(minor);
    }

    public Status[] getStatuses() {
        return Status.values();
    }

    /** A time as the console shows it: UTC, to the minute. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at) + " UTC";
    }

    public String statusLabel(Status status) {
        return status == null ? "" : switch (status) {
            case ACTIVE -> "Active";
            case EXPIRING -> "Expiring";
            case EXPIRED -> "Expired";
        };
    }
}
