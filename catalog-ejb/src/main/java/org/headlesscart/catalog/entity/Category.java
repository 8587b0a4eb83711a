package org.headlesscart.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A product category; categories nest through {@code parentId} (0 or null = top level). */
@Entity
@Table(name = "category")
@NamedQuery(name = Category.ALL, query = "SELECT c FROM Category c ORDER BY c.name, c.id")
@NamedQuery(name = Category.BY_SLUG, query = "SELECT c FROM Category c WHERE c.slug = :slug")
public class Category {

    public static final String ALL = "Category.all";
    public static final String BY_SLUG = "Category.bySlug";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false, columnDefinition = "text")
    private String description = "";

    @Column(name = "image_src", length = 2048)
    private String imageSrc;

    @Column(name = "menu_order", nullable = false)
    private int menuOrder;

    @Version
    private long version;

    protected Category() {
    }

    public Category(String name, String slug, Long parentId) {
        this.name = name;
        this.slug = slug;
        this.parentId = parentId;
    }

    public Long getId() { return id; }
    public Long getParentId() { return parentId; }
    public String getName() { return name; }
    public String getSlug() { return slug; }
    public String getDescription() { return description; }
    public String getImageSrc() { return imageSrc; }
    public int getMenuOrder() { return menuOrder; }

    public void rename(String name, String slug, String description) {
        this.name = name;
        this.slug = slug;
        this.description = description == null ? "" : description;
    }

    public void moveTo(Long parentId) { this.parentId = parentId; }
    public void setImageSrc(String imageSrc) { this.imageSrc = imageSrc; }
    public void setMenuOrder(int menuOrder) { this.menuOrder = menuOrder; }
}
