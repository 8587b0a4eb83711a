package org.headlesscart.pricing.entity;

import java.math.BigDecimal;
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

/**
 * A row of the tax rate table. Postcodes and cities live in one location table, as WooCommerce keeps them, in the
 * order they were given.
 */
@Entity
@Table(name = "tax_rate")
// Table order is the admin table's: rate_order, then id (WC_Tax::get_rates_for_tax_class orders the same way).
@NamedQuery(name = TaxRateRow.ALL, query = "SELECT r FROM TaxRateRow r ORDER BY r.order, r.id")
@NamedQuery(name = TaxRateRow.ALL_LOCATIONS, query = "SELECT r.id, l.type, l.code FROM TaxRateRow r "
        + "JOIN r.locations l ORDER BY r.id, INDEX(l)")
@NamedQuery(name = TaxRateRow.COUNT_ALL, query = "SELECT COUNT(r) FROM TaxRateRow r")
@NamedQuery(name = TaxRateRow.COUNT_OF_CLASS, query = "SELECT COUNT(r) FROM TaxRateRow r WHERE r.taxClass = :taxClass")
@NamedQuery(name = TaxRateRow.DELETE_OF_CLASS, query = "DELETE FROM TaxRateRow r WHERE r.taxClass = :taxClass")
@NamedQuery(name = TaxRateRow.LAST_ORDER, query = "SELECT COALESCE(MAX(r.order), 0) FROM TaxRateRow r")
@NamedQuery(name = TaxRateRow.IDS_OF_CLASS, query = "SELECT r.id FROM TaxRateRow r WHERE r.taxClass = :taxClass")
public class TaxRateRow {

    public static final String ALL = "TaxRateRow.all";
    public static final String ALL_LOCATIONS = "TaxRateRow.allLocations";
    public static final String COUNT_ALL = "TaxRateRow.countAll";
    public static final String COUNT_OF_CLASS = "TaxRateRow.countOfClass";
    public static final String DELETE_OF_CLASS = "TaxRateRow.deleteOfClass";
    public static final String LAST_ORDER = "TaxRateRow.lastOrder";
    public static final String IDS_OF_CLASS = "TaxRateRow.idsOfClass";

    public static final String POSTCODE = "postcode";
    public static final String CITY = "city";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2)
    private String country = "";

    @Column(nullable = false, length = 200)
    private String state = "";

    @Column(nullable = false, precision = 9, scale = 4)
    private BigDecimal rate;

    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(nullable = false)
    private int priority = 1;

    @Column(nullable = false)
    private boolean compound;

    @Column(nullable = false)
    private boolean shipping = true;

    @Column(name = "rate_order", nullable = false)
    private int order;

    @Column(name = "tax_class", nullable = false, length = 200)
    private String taxClass = "";

    @ElementCollection
    @CollectionTable(name = "tax_rate_location", joinColumns = @JoinColumn(name = "tax_rate_id"))
    @OrderColumn(name = "position")
    private List<LocationCode> locations = new ArrayList<>();

    protected TaxRateRow() {
    }

    public TaxRateRow(BigDecimal rate) {
        this.rate = rate;
    }

    public Long getId() { return id; }
    public String getCountry() { return country; }
    public String getState() { return state; }
    public BigDecimal getRate() { return rate; }
    public String getName() { return name; }
    public int getPriority() { return priority; }
    public boolean isCompound() { return compound; }
    public boolean isShipping() { return shipping; }
    public int getOrder() { return order; }
    public String getTaxClass() { return taxClass; }

    public List<String> codes(String type) {
        return locations.stream().filter(l -> l.getType().equals(type)).map(LocationCode::getCode).toList();
    }

    public void setCountry(String country) { this.country = country; }
    public void setState(String state) { this.state = state; }
    public void setRate(BigDecimal rate) { this.rate = rate; }
    public void setName(String name) { this.name = name; }
    public void setPriority(int priority) { this.priority = priority; }
    public void setCompound(boolean compound) { this.compound = compound; }
    public void setShipping(boolean shipping) { this.shipping = shipping; }
    public void setOrder(int order) { this.order = order; }
    public void setTaxClass(String taxClass) { this.taxClass = taxClass; }

    /** Replaces the rows of one type (postcodes or cities), keeping the other's. */
    public void replaceCodes(String type, List<String> codes) {
        List<LocationCode> kept = new ArrayList<>(locations.stream().filter(l -> !l.getType().equals(type)).toList());
        codes.forEach(code -> kept.add(new LocationCode(code, type)));
        locations.clear();
        locations.addAll(kept);
    }
}
