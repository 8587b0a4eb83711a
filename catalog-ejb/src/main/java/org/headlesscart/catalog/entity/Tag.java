package org.headlesscart.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A product tag. */
@Entity
@Table(name = "tag")
@NamedQuery(name = Tag.ALL, query = "SELECT t FROM Tag t ORDER BY t.name, t.id")
@NamedQuery(name = Tag.BY_SLUG, query = "SELECT t FROM Tag t WHERE t.slug = :slug")
@NamedQuery(name = Tag.IDS_OF_PRODUCT, query = "SELECT t.id FROM Product p JOIN p.tags t WHERE p.id = :productId")
// WooCommerce's tag count: distinct published products listed in the catalog (visibility not "search"/"hidden").
@NamedQuery(name = Tag.PRODUCT_COUNTS, query = "SELECT t.id, COUNT(DISTINCT p.id) FROM Product p JOIN p.tags t "
        + "WHERE p.status = 'publish' AND p.type <> 'variation' AND p.visibility NOT IN ('search', 'hidden') "
        + "GROUP BY t.id")
public class Tag {

    public static final String ALL = "Tag.all";
    public static final String BY_SLUG = "Tag.bySlug";
    public static final String IDS_OF_PRODUCT = "Tag.idsOfProduct";
    public static final String PRODUCT_COUNTS = "Tag.productCounts";

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

    protected Tag() {
    }

    public Tag(String name, String slug) {
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
