package org.headlesscart.pricing.entity;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A stored shipping zone (never zone 0, which is implied) with its locations in the order given. */
@Entity
@Table(name = "shipping_zone")
@NamedQuery(name = ZoneRow.ALL, query = "SELECT z FROM ZoneRow z ORDER BY z.order, z.id")
@NamedQuery(name = ZoneRow.ALL_LOCATIONS, query = "SELECT z.id, l.type, l.code FROM ZoneRow z "
        + "JOIN z.locations l ORDER BY z.id, INDEX(l)")
@NamedQuery(name = ZoneRow.COUNT, query = "SELECT COUNT(z) FROM ZoneRow z")
@NamedQuery(name = ZoneRow.LOCATIONS_OF, query = "SELECT z.id, l.type, l.code FROM ZoneRow z "
        + "JOIN z.locations l WHERE z.id IN :ids ORDER BY z.id, INDEX(l)")
public class ZoneRow {

    public static final String ALL = "ZoneRow.all";
    public static final String ALL_LOCATIONS = "ZoneRow.allLocations";
    public static final String COUNT = "ZoneRow.count";
    public static final String LOCATIONS_OF = "ZoneRow.locationsOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "zone_order", nullable = false)
    private int order;

    @ElementCollection
    @CollectionTable(name = "shipping_zone_location", joinColumns = @JoinColumn(name = "zone_id"))
    @OrderColumn(name = "position")
    private List<LocationCode> locations = new ArrayList<>();

    protected ZoneRow() {
    }

    public ZoneRow(String name, int order) {
        this.name = name;
        this.order = order;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public int getOrder() { return order; }
    public List<LocationCode> getLocations() { return List.copyOf(locations); }

    public void setName(String name) { this.name = name; }
    public void setOrder(int order) { this.order = order; }

    public void replaceLocations(List<LocationCode> replacement) {
        locations.clear();
        locations.addAll(replacement);
    }
}
