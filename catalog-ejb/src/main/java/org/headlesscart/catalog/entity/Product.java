package org.headlesscart.catalog.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
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
@NamedQuery(name = Product.SLUGS_LIKE, query = "SELECT p.slug FROM Product p WHERE p.slug = :slug "
        + "OR p.slug LIKE :pattern ESCAPE '!'")
@NamedQuery(name = Product.ADMIN_LIST, query = "SELECT p FROM Product p WHERE p.type <> 'variation' "
        + "AND (:status IS NULL OR p.status = :status) AND (:type IS NULL OR p.type = :type) "
        + "AND (:sku IS NULL OR p.sku = :sku) AND (:search IS NULL OR LOWER(p.name) LIKE :search ESCAPE '!') "
        + "ORDER BY p.createdAt DESC, p.id DESC")
@NamedQuery(name = Product.ADMIN_COUNT, query = "SELECT COUNT(p) FROM Product p WHERE p.type <> 'variation' "
        + "AND (:status IS NULL OR p.status = :status) AND (:type IS NULL OR p.type = :type) "
        + "AND (:sku IS NULL OR p.sku = :sku) AND (:search IS NULL OR LOWER(p.name) LIKE :search ESCAPE '!')")
@NamedQuery(name = Product.ALL_VARIATIONS_OF, query = "SELECT v FROM Product v WHERE v.parent.id = :parentId "
        + "ORDER BY v.menuOrder, v.id")
@NamedQuery(name = Product.EXISTING_IDS, query = "SELECT p.id FROM Product p WHERE p.id IN :ids")
// A variation of a trashed product counts as trashed: WooCommerce trashes the variations with their product.
@NamedQuery(name = Product.PURCHASABLES, query = "SELECT p FROM Product p LEFT JOIN FETCH p.parent pp "
        + "WHERE p.id IN :ids AND p.status <> 'trash' AND (pp IS NULL OR pp.status <> 'trash')")
@NamedQuery(name = Product.ID_BY_SKU, query = "SELECT p.id FROM Product p WHERE p.sku = :sku AND p.status <> 'trash'")
@NamedQuery(name = Product.DELETE, query = "DELETE FROM Product p WHERE p.id = :id")
// The operators' dashboard (StockAlerts): products and variations whose own managed stock is at or below their
// low-stock amount, or the store's when they have none (WooCommerce's woocommerce_notify_low_stock_amount); low is
// above 0, out of stock at 0 or below, as WooCommerce's "low in stock" and "out of stock" reports split them.
// Trashed products, and variations of trashed products, are not counted.
@NamedQuery(name = Product.LOW_STOCK, query = "SELECT p.id, pp.id, p.name, p.sku, p.stock.quantity, "
        + "COALESCE(p.stock.lowStockAmount, :storeAmount) FROM Product p LEFT JOIN p.parent pp WHERE "
        + Product.STOCK_ALERT + " AND p.stock.quantity > 0 ORDER BY p.stock.quantity, p.id")
@NamedQuery(name = Product.STOCK_ALERT_COUNTS, query = "SELECT "
        + "COALESCE(SUM(CASE WHEN p.stock.quantity > 0 THEN 1 ELSE 0 END), 0), "
        + "COALESCE(SUM(CASE WHEN p.stock.quantity <= 0 THEN 1 ELSE 0 END), 0) "
        + "FROM Product p LEFT JOIN p.parent pp WHERE " + Product.STOCK_ALERT)
// Stock moves of orders (StockMoves): native, so that the counters are read fresh under the lock whatever this
// transaction's persistence context already holds, and written without loading the products.
@NamedNativeQuery(name = Product.STOCK_PARENTS, query = "SELECT p.id, p.parent_id, p.manage_stock, pp.manage_stock, "
        + "p.name FROM product p LEFT JOIN product pp ON pp.id = p.parent_id WHERE p.id IN (:ids)")
@NamedNativeQuery(name = Product.STOCK_FOR_UPDATE, query = "SELECT id, parent_id, manage_stock, stock_quantity, "
        + "backorders, low_stock_amount, stock_status, name FROM product WHERE id IN (:ids) ORDER BY id FOR UPDATE")
@NamedNativeQuery(name = Product.STOCK_SET, query = "UPDATE product SET stock_quantity = :quantity, "
        + "stock_status = :status WHERE id = :id")
public class Product {

    public static final String STOCK_PARENTS = "Product.stockParents";
    public static final String STOCK_FOR_UPDATE = "Product.stockForUpdate";
    public static final String STOCK_SET = "Product.stockSet";
    public static final String LOW_STOCK = "Product.lowStock";
    public static final String STOCK_ALERT_COUNTS = "Product.stockAlertCounts";
    static final String STOCK_ALERT = "p.stock.managed = true AND p.status <> 'trash' "
            + "AND (pp IS NULL OR pp.status <> 'trash') "
            + "AND p.stock.quantity <= COALESCE(p.stock.lowStockAmount, :storeAmount)";

    public static final String COUNT_PUBLISHED = "Product.countPublished";
    public static final String BY_SKU = "Product.bySku";
    public static final String BY_IDS = "Product.byIds";
    public static final String VARIATIONS_OF = "Product.variationsOf";
    public static final String NEWEST_PER_CATEGORY = "Product.newestPerCategory";
    /** The slugs that are {@code :slug} or start like {@code :pattern} ({@code !} escapes LIKE's wildcards). */
    public static final String SLUGS_LIKE = "Product.slugsLike";
    public static final String ADMIN_LIST = "Product.adminList";
    public static final String ADMIN_COUNT = "Product.adminCount";
    public static final String ALL_VARIATIONS_OF = "Product.allVariationsOf";
    public static final String EXISTING_IDS = "Product.existingIds";
    /** Products and variations that are not trashed, each with its parent, for the cart's snapshots. */
    public static final String PURCHASABLES = "Product.purchasables";
    public static final String ID_BY_SKU = "Product.idBySku";
    /** A bulk delete: the database's foreign keys remove variations, links, attributes, images and reviews. */
    public static final String DELETE = "Product.delete";

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

    /** The product's own class; a variation without one ships in its parent's. */
    @Column(name = "shipping_class_id")
    private Long shippingClassId;

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
    public Long getShippingClassId() { return shippingClassId; }
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

    // Changes. Hibernate writes only what differs, so setting a value to what it was changes nothing; any write
    // stamps modifiedAt (stampModification) and bumps the version.

    /** Makes the product one of this type; a variation, and only a variation, belongs to a variable product. */
    public void changeType(ProductType type, Product parent) {
        if ((type == ProductType.VARIATION) != (parent != null)) {
            throw new IllegalArgumentException("A variation, and only a variation, has a parent");
        }
        if (parent != null && (parent.getType() != ProductType.VARIABLE || parent == this)) {
            throw new IllegalArgumentException("A variation belongs to another product, a variable one");
        }
        this.type = type.wireName();
        this.parent = parent;
    }

    /** The URL slug; the caller makes sure it is free. */
    public void reslug(String slug) {
        this.slug = Objects.requireNonNull(slug);
    }

    /** The SKU; blank means none. */
    public void assignSku(String sku) {
        this.sku = sku == null || sku.isBlank() ? null : sku;
    }

    public void describe(String name, String shortDescription, String description) {
        this.name = Objects.requireNonNull(name);
        this.shortDescription = Objects.requireNonNullElse(shortDescription, "");
        this.description = Objects.requireNonNullElse(description, "");
    }

    /** How the product shows: post status, catalog visibility, featured or not, place in the menu order. */
    public void present(String status, String visibility, boolean featured, int menuOrder) {
        this.status = Objects.requireNonNull(status);
        this.visibility = Objects.requireNonNull(visibility);
        this.featured = featured;
        this.menuOrder = menuOrder;
    }

    public void reprice(Pricing pricing) {
        this.pricing = Objects.requireNonNull(pricing);
    }

    public void restock(Stock stock) {
        this.stock = Objects.requireNonNull(stock);
    }

    /** Sold at most once per order or not; virtual (never shipped); downloadable. */
    public void sellAs(boolean soldIndividually, boolean virtual, boolean downloadable) {
        this.soldIndividually = soldIndividually;
        this.virtual = virtual;
        this.downloadable = downloadable;
    }

    public void measure(Shipping shipping) {
        this.shipping = Objects.requireNonNull(shipping);
    }

    /** The tax status ({@code taxable}, {@code shipping}, {@code none}) and class slug; empty is standard. */
    public void taxAs(String taxStatus, String taxClass) {
        this.taxStatus = Objects.requireNonNull(taxStatus);
        this.taxClass = Objects.requireNonNullElse(taxClass, "");
    }

    /** Its own shipping class, {@code null} for none (a variation's "same as parent"). */
    public void shipIn(Long shippingClassId) {
        this.shippingClassId = shippingClassId;
    }

    /** Where an external product is sold and the text of the button that leads there; empty means none. */
    public void sellElsewhere(String url, String buttonText) {
        this.externalUrl = url == null || url.isEmpty() ? null : url;
        this.buttonText = buttonText == null || buttonText.isEmpty() ? null : buttonText;
    }

    /** The product's categories and tags, replacing those it had. */
    public void classify(Collection<Category> categories, Collection<Tag> tags) {
        replace(this.categories, new LinkedHashSet<>(categories));
        replace(this.tags, new LinkedHashSet<>(tags));
    }

    /**
     * The product's images, replacing those it had: the first is the main image, each is named after its file.
     * The same list again keeps the images as they are.
     */
    public void showImages(List<String> srcs) {
        showImages(srcs.stream().map(src -> new ProductImage.Source(src, ProductImage.nameFromSrc(src), "")).toList());
    }

    /** The product's images with their names and alt texts, replacing those it had; the same list keeps them. */
    public void showImages(Collection<ProductImage.Source> sources) {
        List<ProductImage.Source> wanted = List.copyOf(sources);
        if (images.stream().map(ProductImage::source).toList().equals(wanted)) {
            return;
        }
        images.clear();
        for (int i = 0; i < wanted.size(); i++) {
            ProductImage.Source source = wanted.get(i);
            images.add(new ProductImage(this, i, source.src(), source.name(), source.alt()));
        }
        touch();
    }

    /** Minimum and maximum quantity per order; null is no limit. */
    public void limitPurchase(Integer min, Integer max) {
        this.minPurchase = min;
        this.maxPurchase = max;
    }

    /** Moves the product to the trash: WooCommerce's delete without {@code force}. Untrashing sets a status again. */
    public void trash() {
        this.status = "trash";
    }

    /**
     * The product's attributes, in this order, replacing those it had. An attribute keeps its row when a
     * definition has its name (ignoring case, as the unique key does): deleting and re-inserting it in one flush
     * would break that key, because Hibernate inserts before it deletes.
     */
    public void defineAttributes(List<ProductAttribute.Definition> definitions) {
        boolean changed = attributes.removeIf(a -> definitions.stream().noneMatch(d -> d.name().equalsIgnoreCase(a.getName())));
        for (int position = 0; position < definitions.size(); position++) {
            ProductAttribute.Definition definition = definitions.get(position);
            ProductAttribute attribute = attributes.stream().filter(a -> a.getName().equalsIgnoreCase(definition.name()))
                    .findFirst().orElse(null);
            if (attribute == null) {
                attribute = new ProductAttribute(this, definition.attribute(), definition.name(), position);
                attributes.add(attribute);
            }
            changed |= attribute.redefine(definition, position);
        }
        if (changed) {
            touch();
        }
    }

    /** A variation's value per attribute key ({@code pa_color}, or a custom attribute's key); "" is any value. */
    public void fixAttributeValues(Map<String, String> values) {
        replace(variationAttributes, values);
    }

    /** A variable product's preselected value per attribute key. */
    public void preselect(Map<String, String> defaults) {
        replace(defaultAttributes, defaults);
    }

    /** The products linked as one kind ({@link ProductLink#GROUPED} …), in this order; duplicates count once. */
    public void link(String kind, List<Long> linkedIds) {
        List<Long> ids = linkedIds.stream().distinct().toList();
        List<ProductLink> wanted = new ArrayList<>();
        for (int position = 0; position < ids.size(); position++) {
            wanted.add(new ProductLink(kind, ids.get(position), position));
        }
        if (!links.stream().filter(link -> link.getKind().equals(kind)).toList().equals(wanted)) {
            links.removeIf(link -> link.getKind().equals(kind));
            links.addAll(wanted);
        }
    }

    // Attributes and images are rows of their own, whose changes Hibernate does not count as the product's. A
    // product being built is not modified: it is created when it is saved.
    private void touch() {
        if (id != null) {
            modifiedAt = Instant.now();
        }
    }

    @PreUpdate
    void stampModification() {
        modifiedAt = Instant.now();
    }

    private static <T> void replace(Set<T> current, Set<T> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }

    private static void replace(Map<String, String> current, Map<String, String> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.putAll(wanted);
        }
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
