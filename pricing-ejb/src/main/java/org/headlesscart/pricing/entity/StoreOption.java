package org.headlesscart.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One store option under its WooCommerce id ({@code woocommerce_calc_taxes} → {@code yes}); lists comma-separated. */
@Entity
@Table(name = "store_option")
@NamedQuery(name = StoreOption.ALL, query = "SELECT o FROM StoreOption o")
public class StoreOption {

    public static final String ALL = "StoreOption.all";

    @Id
    @Column(name = "option_id", length = 100)
    private String id;

    @Column(name = "option_value", nullable = false, columnDefinition = "text")
    private String value;

    protected StoreOption() {
    }

    public StoreOption(String id, String value) {
        this.id = id;
        this.value = value;
    }

    public String getId() {
        return id;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
