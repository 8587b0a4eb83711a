package org.headlesscart.console.pricing;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.headlesscart.console.security.ConsoleUser;
import org.headlesscart.pricing.boundary.ShippingAdminService;
import org.headlesscart.pricing.boundary.TaxShippingException;
import org.headlesscart.pricing.model.ShippingZone;
import org.headlesscart.pricing.model.ShippingZonePage;
import org.headlesscart.pricing.model.ZoneDraft;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Shipping zones (WooCommerce → Settings → Shipping: administrator-only) in matching order, zone 0 first as
 * WooCommerce lists them, and the form that adds a zone. The table is paged in the database: a page is the
 * boundary's {@code page} (only that page's zones, with their locations and methods, in a fixed number of
 * statements), never the whole list.
 */
@Named
@ViewScoped
public class ShippingZones implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ShippingAdminService shipping;

    @Inject
    transient ConsoleUser user;

    private String name = "";
    private String order = "0";
    private final Zones model = new Zones();

    public LazyDataModel<ShippingZone> getModel() {
        return model;
    }

    /** Adds a zone and opens it, to give it regions and methods. */
    public String add() {
        user.requireAdministrator();
        if (Forms.text(name).isEmpty()) {
            Forms.error("new-zone:name", "Enter the zone's name.");
            return null;
        }
        Integer position = Forms.whole("new-zone:order", order, 0, 0);
        if (position == null) {
            return null;
        }
        try {
            ShippingZone zone = shipping.create(new ZoneDraft(Forms.text(name), position));
            Forms.keepMessagesOverRedirect();
            Forms.info("Added shipping zone " + zone.name() + ".");
            return "/console/pricing/shipping-zone?faces-redirect=true&id=" + zone.id();
        } catch (TaxShippingException refused) {
            ShippingZoneEditor.refused("new-zone", refused);
            return null;
        }
    }

    public String regions(ShippingZone zone) {
        return zone.id() == 0 ? "Everywhere not covered by another zone" : zone.locations().isEmpty() ? "Everywhere"
                : zone.locations().stream().map(ShippingZone.Location::code).collect(Collectors.joining(", "));
    }

    public String methods(ShippingZone zone) {
        return zone.methods().isEmpty() ? "No shipping methods" : zone.methods().stream()
                .map(m -> m.setting("title", m.methodId()) + (m.enabled() ? "" : " (disabled)"))
                .collect(Collectors.joining(", "));
    }

    /** The zones a page at a time, paged in the database by the boundary; the count is asked first. */
    final class Zones extends LazyDataModel<ShippingZone> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, shipping.count());
        }

        @Override
        public List<ShippingZone> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            ShippingZonePage page = shipping.page(first, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.zones();
        }

        @Override
        public String getRowKey(ShippingZone zone) {
            return Long.toString(zone.id());
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOrder() { return order; }
    public void setOrder(String order) { this.order = order; }
}
