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
@NamedQuery(name = Category.IDS_OF_PRODUCT,
        query = "SELECT c.id FROM Product p JOIN p.categories c WHERE p.id = :productId")
// WooCommerce's category count: distinct published products listed in the catalog (visibility neither "search" nor
// "hidden") that sit in the category or any category below it. The recursive CTE pairs every category with its
// whole subtree; UNION (not UNION ALL) ends the recursion even if bad data makes the tree a cycle.
@NamedQuery(name = Category.PRODUCT_COUNTS, query = "WITH tree AS ("
        + "SELECT c.id AS root, c.id AS member FROM Category c "
        + "UNION SELECT t.root AS root, c.id AS member FROM tree t JOIN Category c ON c.parentId = t.member) "
        + "SELECT t.root, COUNT(DISTINCT p.id) FROM tree t, Product p JOIN p.categories pc WHERE pc.id = t.member "
        + "AND p.status = 'publish' AND p.type <> 'variation' AND p.visibility NOT IN ('search', 'hidden') "
        + "GROUP BY t.root")
@NamedQuery(name = Category.REPARENT, query = "UPDATE Category c SET c.parentId = :newParent WHERE c.parentId = :oldParent")
public class Category {

    public static final String ALL = "Category.all";
    /** Moves a category's children up to its own parent before it is deleted, as WordPress does. */
    public static final String REPARENT = "Category.reparent";
    public static final String BY_SLUG = "Category.bySlug";
    public static final String IDS_OF_PRODUCT = "Category.idsOfProduct";
    public static final String PRODUCT_COUNTS = "Category.productCounts";

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
