package org.headlesscart.pricing.control.zones;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.pricing.entity.LocationCode;
import org.headlesscart.pricing.entity.ZoneMethodRow;
import org.headlesscart.pricing.entity.ZoneRow;
import org.headlesscart.pricing.model.ShippingZone;
import org.headlesscart.pricing.model.ShippingZonePage;

/** Shipping zones, their locations and method instances in the pricing unit. */
@ApplicationScoped
public class ZoneStore {

    /** WooCommerce's name of zone 0, which has no row. */
    public static final String REST_OF_WORLD = "Locations not covered by your other zones";

    @PersistenceContext(unitName = "pricing")
    EntityManager em;

    public Optional<ZoneRow> find(long id) {
        return Optional.ofNullable(em.find(ZoneRow.class, id));
    }

    public ZoneRow add(ZoneRow zone) {
        em.persist(zone);
        return zone;
    }

    /** Deletes the zone, its locations (cascade) and its method instances with their settings. */
    public void remove(ZoneRow zone) {
        methodsOf(zone.getId()).forEach(em::remove);
        em.remove(zone);
    }

    public List<ZoneMethodRow> methodsOf(long zoneId) {
        return em.createNamedQuery(ZoneMethodRow.OF_ZONE, ZoneMethodRow.class).setParameter("zoneId", zoneId)
                .getResultList();
    }

    public Optional<ZoneMethodRow> method(long zoneId, long instanceId) {
        return Optional.ofNullable(em.find(ZoneMethodRow.class, instanceId)).filter(m -> m.getZoneId() == zoneId);
    }

    /** A new instance at the end of the zone's methods, as WooCommerce's {@code add_shipping_method} puts it. */
    public ZoneMethodRow addMethod(long zoneId, String methodId) {
        int last = em.createNamedQuery(ZoneMethodRow.LAST_ORDER, Integer.class).setParameter("zoneId", zoneId)
                .getSingleResult();
        ZoneMethodRow method = new ZoneMethodRow(zoneId, methodId, last + 1);
        em.persist(method);
        return method;
    }

    public void removeMethod(ZoneMethodRow method) {
        em.remove(method);
    }

    /**
     * Every zone in matching order (zone_order, id) with its locations and enabled-or-not methods, zone 0 last:
     * four statements whatever the number of zones, for the pricing rules and the admin list.
     */
    public List<ShippingZone> all() {
        return all(em);
    }

    /** As {@link #all()}, in the entity manager given. */
    public static List<ShippingZone> all(EntityManager em) {
        Map<Long, List<ShippingZone.Location>> locations = new HashMap<>();
        for (Object[] row : em.createNamedQuery(ZoneRow.ALL_LOCATIONS, Object[].class).getResultList()) {
            locations.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new ShippingZone.Location((String) row[2], (String) row[1]));
        }
        Map<Long, Map<String, String>> settings = new HashMap<>();
        for (Object[] row : em.createNamedQuery(ZoneMethodRow.ALL_SETTINGS, Object[].class).getResultList()) {
            settings.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((String) row[1], (String) row[2]);
        }
        Map<Long, List<ShippingZone.Method>> methods = new HashMap<>();
        for (ZoneMethodRow method : em.createNamedQuery(ZoneMethodRow.ALL, ZoneMethodRow.class).getResultList()) {
            methods.computeIfAbsent(method.getZoneId(), id -> new ArrayList<>())
                    .add(view(method, settings.getOrDefault(method.getInstanceId(), Map.of())));
        }
        List<ShippingZone> zones = new ArrayList<>();
        for (ZoneRow zone : em.createNamedQuery(ZoneRow.ALL, ZoneRow.class).getResultList()) {
            zones.add(new ShippingZone(zone.getId(), zone.getName(), zone.getOrder(),
                    locations.getOrDefault(zone.getId(), List.of()), methods.getOrDefault(zone.getId(), List.of())));
        }
        zones.add(restOfWorld(methods.getOrDefault(0L, List.of())));
        return zones;
    }

    /** How many zones are stored (zone 0 is not). */
    public long stored() {
        return em.createNamedQuery(ZoneRow.COUNT, Long.class).getSingleResult();
    }

    /**
     * A page of the zones as the admin list shows them, zone 0 first and then matching order: {@code size} zones
     * from position {@code first} (0 is zone 0), with their locations and methods, and the count of all zones. Five
     * statements whatever the page's size (count, zones, their locations, methods and settings): only the page's
     * zones are read, never the whole table.
     */
    public ShippingZonePage page(int first, int size) {
        long stored = stored();
        boolean withZoneZero = first == 0;
        List<ZoneRow> rows = size <= (withZoneZero ? 1 : 0) ? List.of()
                : em.createNamedQuery(ZoneRow.ALL, ZoneRow.class).setFirstResult(withZoneZero ? 0 : first - 1)
                        .setMaxResults(withZoneZero ? size - 1 : size).getResultList();
        List<Long> ids = rows.stream().map(ZoneRow::getId).toList();
        List<Long> zoneIds = new ArrayList<>(ids);
        if (withZoneZero) {
            zoneIds.add(0L);
        }
        Map<Long, List<ShippingZone.Location>> locations = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : em.createNamedQuery(ZoneRow.LOCATIONS_OF, Object[].class).setParameter("ids", ids)
                    .getResultList()) {
                locations.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new ShippingZone.Location((String) row[2], (String) row[1]));
            }
        }
        Map<Long, List<ShippingZone.Method>> methods = new HashMap<>();
        if (!zoneIds.isEmpty()) {
            Map<Long, Map<String, String>> settings = new HashMap<>();
            for (Object[] row : em.createNamedQuery(ZoneMethodRow.SETTINGS_OF_ZONES, Object[].class)
                    .setParameter("zoneIds", zoneIds).getResultList()) {
                settings.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((String) row[1], (String) row[2]);
            }
            for (ZoneMethodRow method : em.createNamedQuery(ZoneMethodRow.OF_ZONES, ZoneMethodRow.class)
                    .setParameter("zoneIds", zoneIds).getResultList()) {
                methods.computeIfAbsent(method.getZoneId(), id -> new ArrayList<>())
                        .add(view(method, settings.getOrDefault(method.getInstanceId(), Map.of())));
            }
        }
        List<ShippingZone> zones = new ArrayList<>();
        if (withZoneZero && size > 0) {
            zones.add(restOfWorld(methods.getOrDefault(0L, List.of())));
        }
        for (ZoneRow zone : rows) {
            zones.add(new ShippingZone(zone.getId(), zone.getName(), zone.getOrder(),
                    locations.getOrDefault(zone.getId(), List.of()), methods.getOrDefault(zone.getId(), List.of())));
        }
        return new ShippingZonePage(zones, stored + 1);
    }

    public static ShippingZone restOfWorld(List<ShippingZone.Method> methods) {
        return new ShippingZone(0, REST_OF_WORLD, 0, List.of(), methods);
    }

    public static ShippingZone view(ZoneRow zone, List<ZoneMethodRow> methods) {
        return new ShippingZone(zone.getId(), zone.getName(), zone.getOrder(),
                zone.getLocations().stream().map(ZoneStore::view).toList(),
                methods.stream().map(m -> view(m, m.getSettings())).toList());
    }

    public static ShippingZone.Method view(ZoneMethodRow method, Map<String, String> settings) {
        return new ShippingZone.Method(method.getInstanceId(), method.getMethodId(), method.isEnabled(),
                method.getOrder(), settings);
    }

    private static ShippingZone.Location view(LocationCode location) {
        return new ShippingZone.Location(location.getCode(), location.getType());
    }
}
