package org.headlesscart.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A stored tax class (every class but Standard, which is implied), in settings order. */
@Entity
@Table(name = "tax_class")
@NamedQuery(name = TaxClassRow.ALL, query = "SELECT c FROM TaxClassRow c ORDER BY c.position, c.id")
@NamedQuery(name = TaxClassRow.BY_SLUG, query = "SELECT c FROM TaxClassRow c WHERE c.slug = :slug")
@NamedQuery(name = TaxClassRow.LAST_POSITION, query = "SELECT COALESCE(MAX(c.position), 0) FROM TaxClassRow c")
public class TaxClassRow {

    public static final String ALL = "TaxClassRow.all";
    public static final String BY_SLUG = "TaxClassRow.bySlug";
    public static final String LAST_POSITION = "TaxClassRow.lastPosition";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false)
    private int position;

    protected TaxClassRow() {
    }

    public TaxClassRow(String name, String slug, int position) {
        this.name = name;
        this.slug = slug;
        this.position = position;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getSlug() { return slug; }
    public int getPosition() { return position; }
}
