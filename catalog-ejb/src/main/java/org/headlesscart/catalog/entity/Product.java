package org.headlesscart.catalog.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A catalog product: simple, variable, variation (child of a variable product), grouped or external. Prices are
 * minor units of the store currency; times are UTC. Stock and pricing rules live in {@link Stock} and
 * {@link Pricing}; collections are lazy and loaded in batches, so a page of products costs a bounded number of
 * statements.
 */
@Entity
@Table(name = "product")
@NamedQuery(name = Product.ANY_ID, query = "SELECT p.id FROM Product p ORDER BY p.id")
@NamedQuery(name = Product.COUNT_PUBLISHED, query = "SELECT COUNT(p) FROM Product p WHERE p.status = 'publish'")
@NamedQuery(name = Product.BY_SKU, query = "SELECT p FROM Product p WHERE p.sku = :sku")
@NamedQuery(name = Product.BY_IDS, query = "SELECT p FROM Product p WHERE p.id IN :ids")
@NamedQuery(name = Product.VARIATIONS_OF, query = "SELECT v FROM Product v WHERE v.parent.id IN :ids "
        + "AND v.status = 'publish' ORDER BY v.menuOrder, v.id")
@NamedQuery(name = Product.NEWEST_PER_CATEGORY, query = "SELECT x.categoryId, x.productId FROM ("
        + "SELECT c.id AS categoryId, p.id AS productId, "
        + "row_number() OVER (PARTITION BY c.id ORDER BY p.createdAt DESC, p.id DESC) AS rank "
        + "FROM Product p JOIN p.categories c WHERE c.id IN :ids AND p.status = 'publish' "
        + "AND p.type <> 'variation' AND p.visibility <> 'hidden') x WHERE x.rank <= :limit")
public class Product {

    public static final String ANY_ID = "Product.anyId";
    public static final String COUNT_PUBLISHED = "Product.countPublished";
    public static final String BY_SKU = "Product.bySku";
    public static final String BY_IDS = "Product.byIds";
    public static final String VARIATIONS_OF = "Product.variationsOf";
    public static final String NEWEST_PER_CATEGORY = "Product.newestPerCategory";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Product parent;

    @Column(nullable = false, length = 16)
    private String type;

    @Column(length = 100)
    private String sku;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String description = "";

    @Column(name = "short_description", nullable = false, columnDefinition = "text")
    private String shortDescription = "";

    @Column(nullable = false, length = 16)
    private String status = "publish";

    @Column(nullable = false, length = 16)
    private String visibility = "visible";

    @Column(nullable = false)
    private boolean featured;

    @Embedded
    private Pricing pricing = new Pricing();

    @Embedded
    private Stock stock = new Stock();

    @Column(name = "sold_individually", nullable = false)
    private boolean soldIndividually;

    @Column(name = "min_purchase")
    private Integer minPurchase;

    @Column(name = "max_purchase")
    private Integer maxPurchase;

    @Column(name = "is_virtual", nullable = false)
    private boolean virtual;

    @Column(name = "is_downloadable", nullable = false)
    private boolean downloadable;

    @Embedded
    private Shipping shipping = new Shipping();

    @Column(name = "tax_status", nullable = false, length = 16)
    private String taxStatus = "taxable";

    @Column(name = "tax_class", nullable = false, length = 64)
    private String taxClass = "";

    @Column(name = "external_url", length = 2048)
    private String externalUrl;

    @Column(name = "button_text")
    private String buttonText;

    @Column(name = "menu_order", nullable = false)
    private int menuOrder;

    @Column(name = "total_sales", nullable = false)
    private long totalSales;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @ManyToMany
    @JoinTable(name = "product_category", joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    @OrderBy("name")
    private Set<Category> categories = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "product_tag", joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderBy("name")
    private Set<Tag> tags = new LinkedHashSet<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProductAttribute> attributes = new ArrayList<>();

    /** A variation's own attribute values, by attribute name; {@code ""} means "any". */
    @ElementCollection
    @CollectionTable(name = "variation_attribute", joinColumns = @JoinColumn(name = "variation_id"))
    @MapKeyColumn(name = "name", length = 200)
    @Column(name = "value", nullable = false, length = 200)
    private Map<String, String> variationAttributes = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "product_default_attribute", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "name", length = 200)
    @Column(name = "value", nullable = false, length = 200)
    private Map<String, String> defaultAttributes = new HashMap<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProductImage> images = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "product_link", joinColumns = @JoinColumn(name = "product_id"))
    @OrderBy("position")
    private List<ProductLink> links = new ArrayList<>();

    @OneToMany(mappedBy = "parent")
    @OrderBy("menuOrder, id")
    private List<Product> variations = new ArrayList<>();

    @Version
    private long version;

    protected Product() {
    }

    public Product(ProductType type, String name, String slug, Instant now) {
        this.type = type.wireName();
        this.name = Objects.requireNonNull(name);
        this.slug = Objects.requireNonNull(slug);
        this.createdAt = now;
        this.modifiedAt = now;
    }

    public Long getId() { return id; }
    public Product getParent() { return parent; }
    public long getParentId() { return parent == null ? 0 : parent.getId(); }
    public ProductType getType() { return ProductType.ofWireName(type); }
    public String getSku() { return sku; }
    public String getSlug() { return slug; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public String getShortDescription() { return shortDescription; }
    public String getStatus() { return status; }
    public String getVisibility() { return visibility; }
    public boolean isFeatured() { return featured; }
    // Hibernate loads an embeddable whose columns are all null as null; callers always get one.
    public Pricing getPricing() { return pricing == null ? new Pricing() : pricing; }
    public Stock getStock() { return stock == null ? new Stock() : stock; }
    public boolean isSoldIndividually() { return soldIndividually; }
    public Integer getMinPurchase() { return minPurchase; }
    public Integer getMaxPurchase() { return maxPurchase; }
    public boolean isVirtual() { return virtual; }
    public boolean isDownloadable() { return downloadable; }
    public Shipping getShipping() { return shipping == null ? new Shipping() : shipping; }
    public String getTaxStatus() { return taxStatus; }
    public String getTaxClass() { return taxClass; }
    public String getExternalUrl() { return externalUrl == null ? "" : externalUrl; }
    public String getButtonText() { return buttonText == null ? "" : buttonText; }
    public int getMenuOrder() { return menuOrder; }
    public long getTotalSales() { return totalSales; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getModifiedAt() { return modifiedAt; }
    public Set<Category> getCategories() { return categories; }
    public Set<Tag> getTags() { return tags; }
    public List<ProductAttribute> getAttributes() { return attributes; }
    public Map<String, String> getVariationAttributes() { return variationAttributes; }
    public Map<String, String> getDefaultAttributes() { return defaultAttributes; }
    public List<ProductImage> getImages() { return images; }
    public List<ProductLink> getLinks() { return links; }
    public List<Product> getVariations() { return variations; }
    public long getVersion() { return version; }

    /** Ids of the linked products of one kind ({@link ProductLink#GROUPED} …), in their order. */
    public List<Long> linked(String kind) {
        return links.stream().filter(link -> link.getKind().equals(kind)).map(ProductLink::getLinkedId).toList();
    }

    public boolean isPublished() {
        return "publish".equals(status);
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
