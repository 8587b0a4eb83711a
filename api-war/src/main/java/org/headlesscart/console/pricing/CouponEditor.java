package org.headlesscart.console.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.headlesscart.pricing.boundary.CouponAdminService;
import org.headlesscart.pricing.boundary.PricingException;
import org.headlesscart.pricing.boundary.PricingFailure;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.CouponAdminView;
import org.headlesscart.pricing.model.CouponDraft;

/**
 * A coupon's form ({@code coupon.xhtml}, {@code ?id=N} to edit, none to create): WooCommerce's writable coupon
 * fields as the admin API takes them. Refusals are shown next to their field and keep the input; an edit of a
 * coupon changed meanwhile is refused and keeps the input.
 */
@Named
@ViewScoped
public class CouponEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> TYPES = List.of(Coupon.PERCENT, Coupon.FIXED_CART, Coupon.FIXED_PRODUCT);
    static final List<String> STATUSES = List.of("publish", "draft", "pending", "private");

    @EJB
    transient CouponAdminService coupons;

    private Long id;
    private boolean missing;
    private Instant readAt;
    private String code = "";
    private String discountType = Coupon.FIXED_CART;
    private String amount = "";
    private String status = "publish";
    private String description = "";
    private String expires = "";
    private boolean individualUse;
    private boolean freeShipping;
    private boolean excludeSaleItems;
    private String usageLimit = "";
    private String usageLimitPerUser = "";
    private String limitUsageToXItems = "";
    private String minimumAmount = "";
    private String maximumAmount = "";
    private String productIds = "";
    private String excludedProductIds = "";
    private String categoryIds = "";
    private String excludedCategoryIds = "";
    private String emailRestrictions = "";

    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (param == null || param.isBlank()) {
            return;
        }
        try {
            fill(coupons.get(Long.parseLong(param.strip())));
        } catch (NumberFormatException | PricingException e) {
            missing = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private void fill(CouponAdminView view) {
        Coupon c = view.coupon();
        id = c.id();
        readAt = view.modified();
        code = c.code();
        discountType = c.discountType();
        amount = plain(c.amount());
        status = view.status();
        description = view.description() == null ? "" : view.description();
        expires = c.expires() == null ? "" : c.expires().atZone(ZoneOffset.UTC).toLocalDate().toString();
        individualUse = c.individualUse();
        freeShipping = c.freeShipping();
        excludeSaleItems = c.excludeSaleItems();
        usageLimit = c.usageLimit() == 0 ? "" : Integer.toString(c.usageLimit());
        usageLimitPerUser = c.usageLimitPerUser() == 0 ? "" : Integer.toString(c.usageLimitPerUser());
        limitUsageToXItems = c.limitUsageToXItems() == null ? "" : c.limitUsageToXItems().toString();
        minimumAmount = plain(c.minimumAmount());
        maximumAmount = plain(c.maximumAmount());
        productIds = Forms.join(view.ids().products());
        excludedProductIds = Forms.join(view.ids().excludedProducts());
        categoryIds = Forms.join(view.ids().categories());
        excludedCategoryIds = Forms.join(view.ids().excludedCategories());
        emailRestrictions = String.join(", ", c.emailRestrictions());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** Creates or saves; a new coupon opens as its own page. */
    public String save() {
        CouponDraft draft = draft();
        if (draft == null) {
            Forms.error(null, "Nothing was saved: correct the fields marked below.");
            return null;
        }
        try {
            if (id == null) {
                CouponAdminView made = coupons.create(draft);
                Forms.keepMessagesOverRedirect();
                Forms.info("Created coupon " + made.coupon().code() + ".");
                return "/console/pricing/coupon?faces-redirect=true&id=" + made.coupon().id();
            }
            // Checked by the boundary under the row lock it writes with: a change committed by anyone after this
            // page read the coupon is seen, even one that lands while this save waits for the lock.
            fill(coupons.updateIfUnmodified(id, draft, readAt));
            Forms.info("Saved the coupon.");
        } catch (PricingException refused) {
            if (refused.failure() == PricingFailure.COUPON_CHANGED) {
                stale();
                return null;
            }
            refused(refused);
        }
        return null;
    }

    /**
     * The coupon changed since this page read it: nothing was saved, the input stays as typed, and the page now
     * holds the coupon's current modification time, so saving again applies the input knowingly.
     */
    private void stale() {
        try {
            readAt = coupons.get(id).modified();
        } catch (PricingException gone) {
            Forms.error(null, "This coupon no longer exists.");
            return;
        }
        Forms.error(null, "This coupon was changed by someone else after you opened the page. Nothing was saved and"
                + " your input is kept: save again to apply it, or reload the page to see the current values.");
    }

    /** Moves the coupon to the trash, as WooCommerce's "Move to Trash"; back to the list. */
    public String trash() {
        try {
            coupons.delete(id, false);
            Forms.keepMessagesOverRedirect();
            Forms.info("Moved coupon " + code + " to the trash.");
            return "/console/pricing/coupons?faces-redirect=true";
        } catch (PricingException refused) {
            refused(refused);
            return null;
        }
    }

    private CouponDraft draft() {
        boolean ok = true;
        String expiresGmt = "";
        if (!Forms.text(expires).isEmpty()) {
            try {
                expiresGmt = LocalDate.parse(Forms.text(expires)) + "T00:00:00";
            } catch (DateTimeParseException e) {
                Forms.error("coupon:expires", "Enter a date as YYYY-MM-DD, or nothing for no expiry.");
                ok = false;
            }
        }
        if (!TYPES.contains(discountType)) {
            Forms.error("coupon:discount-type", "Choose a discount type.");
            ok = false;
        }
        Integer limit = Forms.whole("coupon:usage-limit", usageLimit, 0, 0);
        Integer perUser = Forms.whole("coupon:usage-limit-per-user", usageLimitPerUser, 0, 0);
        Integer items = Forms.whole("coupon:limit-usage-to-x-items", limitUsageToXItems, 1, null);
        List<Long> products = Forms.ids("coupon:product-ids", productIds);
        List<Long> excludedProducts = Forms.ids("coupon:excluded-product-ids", excludedProductIds);
        List<Long> categories = Forms.ids("coupon:product-categories", categoryIds);
        List<Long> excludedCategories = Forms.ids("coupon:excluded-product-categories", excludedCategoryIds);
        ok &= limit != null && perUser != null && (items != null || Forms.text(limitUsageToXItems).isEmpty())
                && products != null && excludedProducts != null && categories != null && excludedCategories != null;
        if (!ok) {
            return null;
        }
        return new CouponDraft(Forms.text(code), Forms.text(amount).isEmpty() ? "0" : Forms.text(amount),
                STATUSES.contains(status) ? status : "publish", discountType, Forms.text(description), null,
                expiresGmt, individualUse, products, excludedProducts, limit, perUser, items, freeShipping,
                categories, excludedCategories, excludeSaleItems, Forms.text(minimumAmount),
                Forms.text(maximumAmount), Forms.words(emailRestrictions));
    }

    private static void refused(PricingException refused) {
        switch (refused.failure()) {
            case COUPON_CODE_EMPTY -> Forms.error("coupon:code", "Enter a coupon code.");
            case COUPON_CODE_EXISTS -> Forms.error("coupon:code", "Another coupon already has this code.");
            case COUPON_INVALID_AMOUNT -> Forms.error("coupon:amount", "Enter an amount of 0 or more"
                    + " (a percentage of at most 100 for a percentage discount).");
            case COUPON_INVALID_EMAIL -> Forms.error("coupon:email-restrictions",
                    "Enter e-mail addresses (a * may stand for any part), separated by commas.");
            case INVALID_FIELDS -> refused.fields().forEach((field, problem) -> Forms.error(switch (field) {
                case "code", "amount", "description", "status" -> "coupon:" + field;
                case "discount_type" -> "coupon:discount-type";
                case "date_expires", "date_expires_gmt" -> "coupon:expires";
                case "usage_limit", "usage_limit_per_user", "limit_usage_to_x_items", "product_ids",
                        "excluded_product_ids", "product_categories", "excluded_product_categories",
                        "minimum_amount", "maximum_amount", "email_restrictions" -> "coupon:" + field.replace('_', '-');
                default -> null;
            }, problem));
            case COUPON_NOT_FOUND, COUPON_TO_UPDATE_NOT_FOUND -> Forms.error(null, "This coupon no longer exists.");
            case COUPON_ALREADY_TRASHED -> Forms.error(null, "This coupon is already in the trash.");
            default -> Forms.error(null, "The change was refused: " + refused.getMessage());
        }
    }

    public boolean isMissing() {
        return missing;
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public List<String> getTypes() {
        return TYPES;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public String typeLabel(String type) {
        return switch (type) {
            case Coupon.PERCENT -> "Percentage discount";
            case Coupon.FIXED_PRODUCT -> "Fixed product discount";
            default -> "Fixed cart discount";
        };
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getDiscountType() { return discountType; }
    public void setDiscountType(String discountType) { this.discountType = discountType; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getExpires() { return expires; }
    public void setExpires(String expires) { this.expires = expires; }
    public boolean isIndividualUse() { return individualUse; }
    public void setIndividualUse(boolean individualUse) { this.individualUse = individualUse; }
    public boolean isFreeShipping() { return freeShipping; }
    public void setFreeShipping(boolean freeShipping) { this.freeShipping = freeShipping; }
    public boolean isExcludeSaleItems() { return excludeSaleItems; }
    public void setExcludeSaleItems(boolean excludeSaleItems) { this.excludeSaleItems = excludeSaleItems; }
    public String getUsageLimit() { return usageLimit; }
    public void setUsageLimit(String usageLimit) { this.usageLimit = usageLimit; }
    public String getUsageLimitPerUser() { return usageLimitPerUser; }
    public void setUsageLimitPerUser(String usageLimitPerUser) { this.usageLimitPerUser = usageLimitPerUser; }
    public String getLimitUsageToXItems() { return limitUsageToXItems; }
    public void setLimitUsageToXItems(String limitUsageToXItems) { this.limitUsageToXItems = limitUsageToXItems; }
    public String getMinimumAmount() { return minimumAmount; }
    public void setMinimumAmount(String minimumAmount) { this.minimumAmount = minimumAmount; }
    public String getMaximumAmount() { return maximumAmount; }
    public void setMaximumAmount(String maximumAmount) { this.maximumAmount = maximumAmount; }
    public String getProductIds() { return productIds; }
    public void setProductIds(String productIds) { this.productIds = productIds; }
    public String getExcludedProductIds() { return excludedProductIds; }
    public void setExcludedProductIds(String excludedProductIds) { this.excludedProductIds = excludedProductIds; }
    public String getCategoryIds() { return categoryIds; }
    public void setCategoryIds(String categoryIds) { this.categoryIds = categoryIds; }
    public String getExcludedCategoryIds() { return excludedCategoryIds; }
    public void setExcludedCategoryIds(String excludedCategoryIds) { this.excludedCategoryIds = excludedCategoryIds; }
    public String getEmailRestrictions() { return emailRestrictions; }
    public void setEmailRestrictions(String emailRestrictions) { this.emailRestrictions = emailRestrictions; }
}
