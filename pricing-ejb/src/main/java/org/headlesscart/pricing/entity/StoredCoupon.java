package org.headlesscart.pricing.entity;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A coupon as WooCommerce stores it (COCART-PLUS §3.1). Lists are text as in WooCommerce's meta: ids
 * comma-separated, e-mails one per line; the control package turns them into sets and lists. {@code used_by} is
 * rows of its own ({@link CouponUsedBy}).
 * {@code status} is {@code publish} or {@code trash} (deleted without {@code force}): only published coupons apply.
 */
@Entity
@Table(name = "coupon")
@NamedQuery(name = StoredCoupon.PUBLISHED_BY_CODES,
        query = "SELECT c FROM StoredCoupon c WHERE c.code IN :codes AND c.status = 'publish'")
@NamedQuery(name = StoredCoupon.BY_CODE, query = "SELECT c FROM StoredCoupon c WHERE c.code = :code")
@NamedQuery(name = StoredCoupon.IDS_BY_CODES, query = "SELECT c.id FROM StoredCoupon c WHERE c.code IN :codes")
@NamedQuery(name = StoredCoupon.PAGE + "date.ASC", query = "SELECT c FROM StoredCoupon c" + StoredCoupon.FILTER
        + " ORDER BY c.createdAt ASC, c.id ASC")
@NamedQuery(name = StoredCoupon.PAGE + "date.DESC", query = "SELECT c FROM StoredCoupon c" + StoredCoupon.FILTER
        + " ORDER BY c.createdAt DESC, c.id DESC")
@NamedQuery(name = StoredCoupon.PAGE + "id.ASC", query = "SELECT c FROM StoredCoupon c" + StoredCoupon.FILTER
        + " ORDER BY c.id ASC, c.id ASC")
@NamedQuery(name = StoredCoupon.PAGE + "id.DESC", query = "SELECT c FROM StoredCoupon c" + StoredCoupon.FILTER
        + " ORDER BY c.id DESC, c.id DESC")
@NamedQuery(name = StoredCoupon.PAGE + "code.ASC", query = "SELECT c FROM StoredCoupon c" + StoredCoupon.FILTER
        + " ORDER BY c.code ASC, c.id ASC")
@NamedQuery(name = StoredCoupon.PAGE + "code.DESC", query = "SELECT c FROM StoredCoupon c" + StoredCoupon.FILTER
        + " ORDER BY c.code DESC, c.id DESC")
@NamedQuery(name = StoredCoupon.COUNT, query = "SELECT COUNT(c) FROM StoredCoupon c" + StoredCoupon.FILTER)
public class StoredCoupon {

    public static final String PUBLISHED_BY_CODES = "StoredCoupon.publishedByCodes";
    public static final String BY_CODE = "StoredCoupon.byCode";
    /** Ids of the coupons with these codes, of any status: the rows an order's coupon usage locks. */
    public static final String IDS_BY_CODES = "StoredCoupon.idsByCodes";
    /** Followed by the order, {@code date}, {@code id} or {@code code}, a dot and {@code ASC} or {@code DESC}. */
    public static final String PAGE = "StoredCoupon.page.";
    /** The admin list's filter: statuses listed, an exact code, a search in code and description ('' = any). */
    static final String FILTER = " WHERE c.status IN :statuses AND (:code = '' OR c.code = :code) AND (:search = '' "
            + "OR c.code LIKE :search OR LOWER(c.description) LIKE :search)";
    public static final String COUNT = "StoredCoupon.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 190)
    private String code;

    @Column(nullable = false, length = 20)
    private String status = "publish";

    @Column(name = "discount_type", nullable = false, length = 20)
    private String discountType = "fixed_cart";

    @Column(nullable = false, precision = 19, scale = 6)
    private BigDecimal amount = BigDecimal.ZERO;

    @Column(nullable = false, columnDefinition = "text")
    private String description = "";

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "individual_use", nullable = false)
    private boolean individualUse;

    @Column(name = "product_ids", nullable = false, columnDefinition = "text")
    private String productIds = "";

    @Column(name = "excluded_product_ids", nullable = false, columnDefinition = "text")
    private String excludedProductIds = "";

    @Column(name = "category_ids", nullable = false, columnDefinition = "text")
    private String categoryIds = "";

    @Column(name = "excluded_category_ids", nullable = false, columnDefinition = "text")
    private String excludedCategoryIds = "";

    @Column(name = "exclude_sale_items", nullable = false)
    private boolean excludeSaleItems;

    @Column(name = "minimum_amount", precision = 19, scale = 6)
    private BigDecimal minimumAmount;

    @Column(name = "maximum_amount", precision = 19, scale = 6)
    private BigDecimal maximumAmount;

    @Column(name = "usage_limit", nullable = false)
    private int usageLimit;

    @Column(name = "usage_limit_per_user", nullable = false)
    private int usageLimitPerUser;

    @Column(name = "limit_usage_to_x_items")
    private Integer limitUsageToXItems;

    @Column(name = "free_shipping", nullable = false)
    private boolean freeShipping;

    @Column(name = "email_restrictions", nullable = false, columnDefinition = "text")
    private String emailRestrictions = "";

    @Column(name = "usage_count", nullable = false)
    private int usageCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Version
    private long version;

    protected StoredCoupon() {
    }

    public StoredCoupon(String code, Instant now) {
        this.code = code;
        this.createdAt = now;
        this.modifiedAt = now;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getDiscountType() { return discountType; }
    public void setDiscountType(String discountType) { this.discountType = discountType; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Instant getExpiresAt() { return expiresAt; }
    public void setExpiresAt(Instant expiresAt) { this.expiresAt = expiresAt; }
    public boolean isIndividualUse() { return individualUse; }
    public void setIndividualUse(boolean individualUse) { this.individualUse = individualUse; }
    public String getProductIds() { return productIds; }
    public void setProductIds(String productIds) { this.productIds = productIds; }
    public String getExcludedProductIds() { return excludedProductIds; }
    public void setExcludedProductIds(String ids) { this.excludedProductIds = ids; }
    public String getCategoryIds() { return categoryIds; }
    public void setCategoryIds(String categoryIds) { this.categoryIds = categoryIds; }
    public String getExcludedCategoryIds() { return excludedCategoryIds; }
    public void setExcludedCategoryIds(String ids) { this.excludedCategoryIds = ids; }
    public boolean isExcludeSaleItems() { return excludeSaleItems; }
    public void setExcludeSaleItems(boolean excludeSaleItems) { this.excludeSaleItems = excludeSaleItems; }
    public BigDecimal getMinimumAmount() { return minimumAmount; }
    public void setMinimumAmount(BigDecimal minimumAmount) { this.minimumAmount = minimumAmount; }
    public BigDecimal getMaximumAmount() { return maximumAmount; }
    public void setMaximumAmount(BigDecimal maximumAmount) { this.maximumAmount = maximumAmount; }
    public int getUsageLimit() { return usageLimit; }
    public void setUsageLimit(int usageLimit) { this.usageLimit = usageLimit; }
    public int getUsageLimitPerUser() { return usageLimitPerUser; }
    public void setUsageLimitPerUser(int limit) { this.usageLimitPerUser = limit; }
    public Integer getLimitUsageToXItems() { return limitUsageToXItems; }
    public void setLimitUsageToXItems(Integer limit) { this.limitUsageToXItems = limit; }
    public boolean isFreeShipping() { return freeShipping; }
    public void setFreeShipping(boolean freeShipping) { this.freeShipping = freeShipping; }
    public String getEmailRestrictions() { return emailRestrictions; }
    public void setEmailRestrictions(String emails) { this.emailRestrictions = emails; }
    public int getUsageCount() { return usageCount; }

    /** Placed orders' uses; who used it is in {@link CouponUsedBy} rows. */
    public void setUsageCount(int usageCount) {
        this.usageCount = usageCount;
    }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getModifiedAt() { return modifiedAt; }
    public void setModifiedAt(Instant modifiedAt) { this.modifiedAt = modifiedAt; }
}
