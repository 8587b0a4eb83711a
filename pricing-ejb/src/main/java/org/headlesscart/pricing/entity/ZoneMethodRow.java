package org.headlesscart.pricing.entity;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A shipping method instance of a zone; its instance id is unique across zones, as WooCommerce's, so a rate id
 * {@code flat_rate:3} names one instance. Settings are WooCommerce's setting ids to their values.
 */
@Entity
@Table(name = "shipping_zone_method")
@NamedQuery(name = ZoneMethodRow.ALL, query = "SELECT m FROM ZoneMethodRow m ORDER BY m.zoneId, m.order, m.instanceId")
@NamedQuery(name = ZoneMethodRow.ALL_SETTINGS, query = "SELECT m.instanceId, KEY(s), VALUE(s) FROM ZoneMethodRow m "
        + "JOIN m.settings s")
@NamedQuery(name = ZoneMethodRow.OF_ZONE, query = "SELECT m FROM ZoneMethodRow m WHERE m.zoneId = :zoneId "
        + "ORDER BY m.order, m.instanceId")
@NamedQuery(name = ZoneMethodRow.OF_ZONES, query = "SELECT m FROM ZoneMethodRow m WHERE m.zoneId IN :zoneIds "
        + "ORDER BY m.zoneId, m.order, m.instanceId")
@NamedQuery(name = ZoneMethodRow.SETTINGS_OF_ZONES, query = "SELECT m.instanceId, KEY(s), VALUE(s) FROM ZoneMethodRow m "
        + "JOIN m.settings s WHERE m.zoneId IN :zoneIds")
@NamedQuery(name = ZoneMethodRow.LAST_ORDER, query = "SELECT COALESCE(MAX(m.order), 0) FROM ZoneMethodRow m "
        + "WHERE m.zoneId = :zoneId")
public class ZoneMethodRow {

    public static final String ALL = "ZoneMethodRow.all";
    public static final String ALL_SETTINGS = "ZoneMethodRow.allSettings";
    public static final String OF_ZONE = "ZoneMethodRow.ofZone";
    public static final String OF_ZONES = "ZoneMethodRow.ofZones";
    public static final String SETTINGS_OF_ZONES = "ZoneMethodRow.settingsOfZones";
    public static final String LAST_ORDER = "ZoneMethodRow.lastOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "instance_id")
    private Long instanceId;

    @Column(name = "zone_id", nullable = false)
    private long zoneId;

    @Column(name = "method_id", nullable = false, length = 64)
    private String methodId;

    @Column(name = "method_order", nullable = false)
    private int order;

    @Column(name = "is_enabled", nullable = false)
    private boolean enabled = true;

    @ElementCollection
    @CollectionTable(name = "shipping_method_setting", joinColumns = @JoinColumn(name = "instance_id"))
    @MapKeyColumn(name = "setting_key", length = 64)
    @Column(name = "setting_value", nullable = false, length = 1000)
    private Map<String, String> settings = new HashMap<>();

    protected ZoneMethodRow() {
    }

    public ZoneMethodRow(long zoneId, String methodId, int order) {
        this.zoneId = zoneId;
        this.methodId = methodId;
        this.order = order;
    }

    public Long getInstanceId() { return instanceId; }
    public long getZoneId() { return zoneId; }
    public String getMethodId() { return methodId; }
    public int getOrder() { return order; }
    public boolean isEnabled() { return enabled; }
    public Map<String, String> getSettings() { return Map.copyOf(settings); }

    public void setOrder(int order) { this.order = order; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    public void putSettings(Map<String, String> changed) {
        settings.putAll(changed);
    }
}
