package org.headlesscart.pricing.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.pricing.control.zones.MethodSettings;
import org.headlesscart.pricing.control.zones.ZoneStore;
import org.headlesscart.pricing.entity.LocationCode;
import org.headlesscart.pricing.entity.ZoneMethodRow;
import org.headlesscart.pricing.entity.ZoneRow;
import org.headlesscart.pricing.model.MethodDraft;
import org.headlesscart.pricing.model.ShippingMethodType;
import org.headlesscart.pricing.model.ShippingMethodTypes;
import org.headlesscart.pricing.model.ShippingZone;
import org.headlesscart.pricing.model.ShippingZonePage;
import org.headlesscart.pricing.model.ZoneDraft;

/**
 * The admin API's shipping zones, their locations and methods ({@code wc/v3/shipping/zones},
 * docs/tax-and-shipping-admin.md). Zone 0 ("Locations not covered by your other zones") always exists: its methods
 * can be changed, its name, order and locations cannot, and it cannot be deleted.
 */
@Stateless
public class ShippingAdminService {

    static final int MAX_NAME = 200;
    /** Locations of one zone: every country and a long postcode list fit. */
    static final int MAX_LOCATIONS = 1000;
    private static final Set<String> LOCATION_TYPES = Set.of("postcode", "state", "country", "continent");

    @Inject
    ZoneStore zones;

    @Inject
    RulesRevision revision;

    /** Zone 0 first, then the others in matching order, as WooCommerce's zones list shows them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ShippingZone> list() {
        List<ShippingZone> all = new ArrayList<>(zones.all());
        all.add(0, all.remove(all.size() - 1));
        return all;
    }

    /** How many zones {@link #list} has, zone 0 included: one count. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count() {
        return zones.stored() + 1;
    }

    /**
     * A page of that list, read from the database a page at a time (the console's zones table): {@code size} zones
     * (1–100) from position {@code first}, zone 0 being position 0, and how many zones there are.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ShippingZonePage page(int first, int size) {
        return zones.page(Math.max(0, first), Math.max(1, Math.min(100, size)));
    }

    /** In a transaction, so the zone's locations load with it. */
    public ShippingZone get(long id) {
        if (id == 0) {
            return ZoneStore.restOfWorld(zones.methodsOf(0).stream()
                    .map(m -> ZoneStore.view(m, m.getSettings())).toList());
        }
        return ZoneStore.view(zone(id), zones.methodsOf(id));
    }

    public ShippingZone create(ZoneDraft draft) {
        ZoneRow zone = new ZoneRow("", 0);
        apply(zone, draft);
        zones.add(zone);
        revision.bump();
        return ZoneStore.view(zone, List.of());
    }

    public ShippingZone update(long id, ZoneDraft draft) {
        ZoneRow zone = editable(id, TaxShippingFailure.ZONE_ZERO_NOT_EDITABLE);
        apply(zone, draft);
        revision.bump();
        return ZoneStore.view(zone, zones.methodsOf(id));
    }

    /** @return the zone as it was */
    public ShippingZone delete(long id) {
        ZoneRow zone = editable(id, TaxShippingFailure.ZONE_ZERO_NOT_EDITABLE);
        ShippingZone deleted = ZoneStore.view(zone, zones.methodsOf(id));
        zones.remove(zone);
        revision.bump();
        return deleted;
    }

    /**
     * Replaces the zone's locations. Entries without a code or with an unknown type are skipped, as WooCommerce
     * skips them; the type defaults to {@code country}.
     */
    public List<ShippingZone.Location> replaceLocations(long id, List<ShippingZone.Location> sent) {
        ZoneRow zone = editable(id, TaxShippingFailure.ZONE_ZERO_LOCATIONS_NOT_EDITABLE);
        List<LocationCode> kept = new ArrayList<>();
        for (ShippingZone.Location location : sent) {
            String code = location.code() == null ? "" : location.code().trim();
            String type = location.type() == null || location.type().isBlank() ? "country" : location.type().trim();
            if (code.isEmpty() || !LOCATION_TYPES.contains(type)) {
                continue;
            }
            if (code.length() > MAX_NAME) {
                throw invalid("locations", "locations[code] must be at most " + MAX_NAME + " characters long.");
            }
            kept.add(new LocationCode(code, type));
        }
        if (kept.size() > MAX_LOCATIONS) {
            throw invalid("locations", "locations must contain at most " + MAX_LOCATIONS + " items.");
        }
        zone.replaceLocations(kept);
        revision.bump();
        return ZoneStore.view(zone, List.of()).locations();
    }

    public ShippingZone.Method method(long zoneId, long instanceId) {
        return view(instance(zoneId, instanceId));
    }

    /** A new instance of {@code methodId} at the end of the zone's methods, then the fields sent. */
    public ShippingZone.Method addMethod(long zoneId, String methodId, MethodDraft draft) {
        ShippingMethodType type = ShippingMethodTypes.byId(methodId == null ? "" : methodId)
                .orElseThrow(() -> invalid("method_id", "method_id is not one of flat_rate, free_shipping, "
                        + "local_pickup."));
        if (zoneId != 0) {
            zone(zoneId);
        }
        ZoneMethodRow method = zones.addMethod(zoneId, type.id());
        apply(method, type, draft);
        revision.bump();
        return view(method);
    }

    public ShippingZone.Method updateMethod(long zoneId, long instanceId, MethodDraft draft) {
        ZoneMethodRow method = instance(zoneId, instanceId);
        apply(method, ShippingMethodTypes.byId(method.getMethodId()).orElseThrow(), draft);
        revision.bump();
        return view(method);
    }

    /** @return the instance as it was */
    public ShippingZone.Method deleteMethod(long zoneId, long instanceId) {
        ZoneMethodRow method = instance(zoneId, instanceId);
        ShippingZone.Method deleted = view(method);
        zones.removeMethod(method);
        revision.bump();
        return deleted;
    }

    private ZoneMethodRow instance(long zoneId, long instanceId) {
        if (zoneId != 0) {
            zone(zoneId);
        }
        return zones.method(zoneId, instanceId).orElseThrow(() -> new TaxShippingException(
                TaxShippingFailure.UNKNOWN_METHOD_INSTANCE, "No method " + instanceId + " in zone " + zoneId));
    }

    private static void apply(ZoneMethodRow method, ShippingMethodType type, MethodDraft draft) {
        if (draft.settings() != null) {
            Map<String, String> accepted = MethodSettings.accepted(type, draft.settings());
            if (accepted == null) {
                throw new TaxShippingException(TaxShippingFailure.INVALID_SETTING, "Invalid setting value");
            }
            method.putSettings(accepted);
        }
        if (draft.order() != null) {
            method.setOrder(Math.max(0, draft.order()));
        }
        if (draft.enabled() != null) {
            method.setEnabled(draft.enabled());
        }
    }

    private static ShippingZone.Method view(ZoneMethodRow method) {
        return ZoneStore.view(method, method.getSettings());
    }

    private ZoneRow zone(long id) {
        return zones.find(id).orElseThrow(
                () -> new TaxShippingException(TaxShippingFailure.UNKNOWN_ZONE, "No shipping zone " + id));
    }

    /** Zone 0 exists but is not editable; any other id must name a stored zone. */
    private ZoneRow editable(long id, TaxShippingFailure zeroRefusal) {
        if (id == 0) {
            throw new TaxShippingException(zeroRefusal, "Zone 0 is fixed");
        }
        return zone(id);
    }

    private static void apply(ZoneRow zone, ZoneDraft draft) {
        if (draft.name() != null) {
            String name = draft.name().replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").trim();
            if (name.length() > MAX_NAME) {
                throw invalid("name", "name must be at most " + MAX_NAME + " characters long.");
            }
            zone.setName(name);
        }
        if (draft.order() != null) {
            zone.setOrder(draft.order());
        }
    }

    private static TaxShippingException invalid(String field, String problem) {
        return new TaxShippingException(TaxShippingFailure.INVALID_FIELDS, "Invalid parameter(s)",
                Map.of(field, problem));
    }
}
