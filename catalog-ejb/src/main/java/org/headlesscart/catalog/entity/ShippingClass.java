package org.headlesscart.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A product shipping class: a flat term that shipping methods price separately ("per shipping class" costs). */
@Entity
@Table(name = "shipping_class")
@NamedQuery(name = ShippingClass.ALL, query = "SELECT c FROM ShippingClass c ORDER BY c.name, c.id")
// WordPress's _update_post_term_count for this taxonomy: published products and variations that name the class
// themselves (a variation "same as parent" is not counted).
@NamedQuery(name = ShippingClass.PRODUCT_COUNTS, query = "SELECT p.shippingClassId, COUNT(p.id) FROM Product p "
        + "WHERE p.status = 'publish' AND p.shippingClassId IS NOT NULL GROUP BY p.shippingClassId")
@NamedQuery(name = ShippingClass.FORGET, query = "UPDATE Product p SET p.shippingClassId = NULL "
        + "WHERE p.shippingClassId = :id")
public class ShippingClass {

    public static final String ALL = "ShippingClass.all";
    public static final String PRODUCT_COUNTS = "ShippingClass.productCounts";
    public static final String FORGET = "ShippingClass.forget";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false, columnDefinition = "text")
    private String description = "";

    @Version
    private long version;

    protected ShippingClass() {
    }

    public ShippingClass(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getSlug() { return slug; }
    public String getDescription() { return description; }

    public void rename(String name, String slug, String description) {
        this.name = name;
        this.slug = slug;
        this.description = description == null ? "" : description;
    }
}
