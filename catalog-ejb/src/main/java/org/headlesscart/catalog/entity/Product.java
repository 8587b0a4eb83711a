package org.headlesscart.catalog.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A catalog product: simple, variable, variation, grouped or external. Prices are minor units of the store
 * currency. This mapping covers identity, price and stock; the rest of the catalog model (attributes, images,
 * categories, links) is in the schema and gets its mapping with the Products API.
 */
@Entity
@Table(name = "product")
@NamedQuery(name = Product.ANY_ID, query = "SELECT p.id FROM Product p ORDER BY p.id")
@NamedQuery(name = Product.COUNT_PUBLISHED, query = "SELECT COUNT(p) FROM Product p WHERE p.status = 'publish'")
public class Product {

    public static final String ANY_ID = "Product.anyId";
    public static final String COUNT_PUBLISHED = "Product.countPublished";

    @Id
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 16)
    private String type;

    @Column(length = 100)
    private String sku;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "regular_price_minor")
    private Long regularPriceMinor;

    @Column(name = "sale_price_minor")
    private Long salePriceMinor;

    @Column(name = "manage_stock", nullable = false)
    private boolean manageStock;

    @Column(name = "stock_quantity")
    private Integer stockQuantity;

    @Column(name = "stock_status", nullable = false, length = 16)
    private String stockStatus;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Product that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
