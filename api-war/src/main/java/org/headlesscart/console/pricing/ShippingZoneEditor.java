package org.headlesscart.console.pricing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.headlesscart.console.security.ConsoleUser;
import org.headlesscart.pricing.boundary.ShippingAdminService;
import org.headlesscart.pricing.boundary.TaxShippingException;
import org.headlesscart.pricing.model.MethodDraft;
import org.headlesscart.pricing.model.ShippingMethodType;
import org.headlesscart.pricing.model.ShippingMethodTypes;
import org.headlesscart.pricing.model.ShippingZone;
import org.headlesscart.pricing.model.ZoneDraft;

/**
 * A shipping zone ({@code shipping-zone.xhtml?id=N}, administrator-only): name, order and regions; its methods,
 * added with their defaults as WooCommerce adds them, then enabled, disabled, given settings (the method's own form
 * fields) or deleted; and deleting the zone. Zone 0 has methods only.
 */
@Named
@ViewScoped
public class ShippingZoneEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> LOCATION_TYPES = List.of("country", "state", "continent", "postcode");

    @EJB
    transient ShippingAdminService shipping;

    @Inject
    transient ConsoleUser user;

    private long id;
    private ShippingZone zone;
    private String name = "";
    private String order = "0";
    private String regions = "";
    private String newMethod = ShippingMethodTypes.FLAT_RATE.id();
    private Long editingMethod;
    private Map<String, String> settings = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            id = Long.parseLong(param == null ? "" : param.strip());
            read();
        } catch (NumberFormatException | TaxShippingException e) {
            zone = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private void read() {
        zone = shipping.get(id);
        name = zone.name();
        order = Integer.toString(zone.order());
        List<String> codes = new ArrayList<>();
        zone.locations().forEach(l -> codes.add("country".equals(l.type()) ? l.code() : l.type() + ":" + l.code()));
        regions = String.join(", ", codes);
    }

    /** Name, order and regions: "US, state:US:CA, continent:EU, postcode:90210" (a bare code is a country). */
    public void saveZone() {
        user.requireAdministrator();
        if (Forms.text(name).isEmpty()) {
            Forms.error("zone:name", "Enter the zone's name.");
            return;
        }
        Integer position = Forms.whole("zone:order", order, 0, 0);
        List<ShippingZone.Location> locations = new ArrayList<>();
        for (String part : Forms.text(regions).split("\\s*,\\s*")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            String type = colon > 0 ? part.substring(0, colon).toLowerCase(java.util.Locale.ROOT) : "country";
            if (colon > 0 && !LOCATION_TYPES.contains(type)) {
                type = "country";
                colon = -1;
            }
            String code = colon > 0 ? part.substring(colon + 1) : part;
            if ("country".equals(type) && !code.matches("[A-Za-z]{2}")) {
                Forms.error("zone:regions", "'" + part + "' is not a country code; write state:US:CA,"
                        + " continent:EU or postcode:90210 for other regions.");
                return;
            }
            locations.add(new ShippingZone.Location("postcode".equals(type) ? code
                    : code.toUpperCase(java.util.Locale.ROOT), type));
        }
        if (position == null) {
            return;
        }
        try {
            shipping.update(id, new ZoneDraft(Forms.text(name), position));
            shipping.replaceLocations(id, locations);
            read();
            Forms.info("Saved the zone.");
        } catch (TaxShippingException refused) {
            refused("zone", refused);
        }
    }

    public String deleteZone() {
        user.requireAdministrator();
        try {
            ShippingZone deleted = shipping.delete(id);
            Forms.keepMessagesOverRedirect();
            Forms.info("Deleted shipping zone " + deleted.name() + ".");
            return "/console/pricing/shipping?faces-redirect=true";
        } catch (TaxShippingException refused) {
            refused("zone", refused);
            return null;
        }
    }

    /** Adds an instance with its defaults and opens its settings. */
    public void addMethod() {
        user.requireAdministrator();
        try {
            ShippingZone.Method added = shipping.addMethod(id, newMethod, new MethodDraft(null, true, null));
            read();
            edit(added);
            Forms.info("Added " + type(added).title() + "; set its options below.");
        } catch (TaxShippingException refused) {
            refused("methods", refused);
        }
    }

    public void enable(ShippingZone.Method method, boolean enabled) {
        user.requireAdministrator();
        try {
            shipping.updateMethod(id, method.instanceId(), new MethodDraft(null, enabled, null));
            read();
            Forms.info((enabled ? "Enabled " : "Disabled ") + method.setting("title", method.methodId()) + ".");
        } catch (TaxShippingException refused) {
            refused("methods", refused);
        }
    }

    public void deleteMethod(ShippingZone.Method method) {
        user.requireAdministrator();
        try {
            shipping.deleteMethod(id, method.instanceId());
            if (editingMethod != null && editingMethod == method.instanceId()) {
                editingMethod = null;
            }
            read();
            Forms.info("Deleted " + method.setting("title", method.methodId()) + ".");
        } catch (TaxShippingException refused) {
            refused("methods", refused);
        }
    }

    public void edit(ShippingZone.Method method) {
        editingMethod = method.instanceId();
        settings = new LinkedHashMap<>(type(method).valuesOf(method.settings()));
    }

    public void saveSettings() {
        user.requireAdministrator();
        if (editingMethod == null) {
            return;
        }
        try {
            ShippingZone.Method saved = shipping.updateMethod(id, editingMethod, new MethodDraft(
                    new LinkedHashMap<>(settings), null, null));
            read();
            edit(saved);
            Forms.info("Saved the options of " + saved.setting("title", saved.methodId()) + ".");
        } catch (TaxShippingException refused) {
            refused("settings", refused);
        }
    }

    static ShippingMethodType type(ShippingZone.Method method) {
        return ShippingMethodTypes.byId(method.methodId()).orElse(ShippingMethodTypes.FLAT_RATE);
    }

    static void refused(String form, TaxShippingException refused) {
        switch (refused.failure()) {
            case UNKNOWN_ZONE -> Forms.error(null, "This shipping zone no longer exists.");
            case ZONE_ZERO_NOT_EDITABLE, ZONE_ZERO_LOCATIONS_NOT_EDITABLE -> Forms.error(null,
                    "The zone for locations not covered by other zones has methods only.");
            case UNKNOWN_METHOD_INSTANCE -> Forms.error(null, "This shipping method no longer exists.");
            case INVALID_SETTING -> Forms.error(null, refused.getMessage());
            case INVALID_FIELDS -> refused.fields().forEach((field, problem) -> Forms.error(switch (field) {
                case "name" -> form + ":name";
                case "order" -> form + ":order";
                case "locations" -> form + ":regions";
                default -> null;
            }, problem));
            default -> Forms.error(null, "The change was refused: " + refused.getMessage());
        }
    }

    public boolean isFound() {
        return zone != null;
    }

    public boolean isRestOfWorld() {
        return zone != null && zone.id() == 0;
    }

    public ShippingZone getZone() {
        return zone;
    }

    public List<ShippingMethodType> getMethodTypes() {
        return ShippingMethodTypes.ALL;
    }

    public String title(ShippingZone.Method method) {
        return method.setting("title", type(method).title());
    }

    public String typeTitle(ShippingZone.Method method) {
        return type(method).title();
    }

    /** The form fields of the method whose options are open. */
    public List<ShippingMethodType.Field> getFields() {
        if (editingMethod == null || zone == null) {
            return List.of();
        }
        return zone.methods().stream().filter(m -> m.instanceId() == editingMethod).findFirst()
                .map(m -> type(m).fields()).orElse(List.of());
    }

    public List<Map.Entry<String, String>> options(ShippingMethodType.Field field) {
        return new ArrayList<>(field.options().entrySet());
    }

    /** A label without the HTML WooCommerce's help texts carry. */
    public String plain(String html) {
        return html == null ? "" : html.replaceAll("<br/>", " ").replaceAll("<[^>]+>", "");
    }

    public Long getEditingMethod() { return editingMethod; }
    public Map<String, String> getSettings() { return settings; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOrder() { return order; }
    public void setOrder(String order) { this.order = order; }
    public String getRegions() { return regions; }
    public void setRegions(String regions) { this.regions = regions; }
    public String getNewMethod() { return newMethod; }
    public void setNewMethod(String newMethod) { this.newMethod = newMethod; }
}
