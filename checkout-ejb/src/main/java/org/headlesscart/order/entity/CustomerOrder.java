package org.headlesscart.order.entity;

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
 * An order: what a customer bought, at what prices and taxes, where it goes and how it is paid (COCART-PLUS §4.4).
 * Money is in minor units of {@link #getCurrency()}. Shipping, fee, coupon and tax lines are JSON arrays read and
 * written with the row (order.control.OrderJson); product lines are rows of their own ({@link OrderLine}), because
 * reviews and reports ask which orders contain a product.
 *
 * <p>{@code status} is one of WooCommerce's without the {@code wc-} prefix. {@code stockState}: {@code none}
 * (nothing managed was bought), {@code held} (units taken, the order unpaid until {@code holdUntil}),
 * {@code reduced} (paid: the units are sold), {@code released} (given back: cancelled, failed or the hold ran out).
 */
@Entity
@NamedQuery(name = CustomerOrder.BY_KEY, query = "SELECT o FROM CustomerOrder o WHERE o.orderKey = :key")
@NamedQuery(name = CustomerOrder.REUSABLE_FOR_CART, query = "SELECT o FROM CustomerOrder o WHERE o.cartKey = :cartKey "
        + "AND o.status IN ('pending', 'failed') ORDER BY o.id DESC")
@NamedQuery(name = CustomerOrder.HOLDS_EXPIRED, query = "SELECT o FROM CustomerOrder o WHERE o.holdUntil < :now "
        + "AND o.status IN ('pending', 'failed') ORDER BY o.holdUntil")
// My Account (CustomerOrderService): a customer's orders newest or oldest first, and what they add up to.
@NamedQuery(name = CustomerOrder.OF_CUSTOMER_DESC, query = "SELECT o FROM CustomerOrder o "
        + "WHERE o.customerId = :customerId ORDER BY o.createdAt DESC, o.id DESC")
@NamedQuery(name = CustomerOrder.OF_CUSTOMER_ASC, query = "SELECT o FROM CustomerOrder o "
        + "WHERE o.customerId = :customerId ORDER BY o.createdAt, o.id")
@NamedQuery(name = CustomerOrder.SUMMARY_OF_CUSTOMER, query = "SELECT COUNT(o), "
        + "COALESCE(SUM(CASE WHEN o.status IN ('processing', 'completed') THEN o.total - o.refundedTotal ELSE 0 END), 0), "
        + "COALESCE(SUM(CASE WHEN o.paidAt IS NOT NULL THEN 1 ELSE 0 END), 0), MAX(o.id) "
        + "FROM CustomerOrder o WHERE o.customerId = :customerId")
@NamedQuery(name = CustomerOrder.BOUGHT_BY_CUSTOMER, query = "SELECT COUNT(l) FROM OrderLine l, CustomerOrder o "
        + "WHERE l.orderId = o.id AND o.customerId = :customerId AND o.status IN ('processing', 'completed') "
        + "AND (l.productId = :productId OR l.variationId = :productId)")
@NamedQuery(name = CustomerOrder.BOUGHT_BY_EMAIL, query = "SELECT COUNT(l) FROM OrderLine l, CustomerOrder o "
        + "WHERE l.orderId = o.id AND o.billingEmail = :email AND o.status IN ('processing', 'completed') "
        + "AND (l.productId = :productId OR l.variationId = :productId)")
@NamedQuery(name = CustomerOrder.ADMIN_COUNT, query = "SELECT COUNT(o)" + CustomerOrder.ADMIN_FILTER)
@NamedQuery(name = CustomerOrder.ADMIN_BY_DATE_DESC, query = "SELECT o" + CustomerOrder.ADMIN_FILTER
        + " ORDER BY o.createdAt DESC, o.id DESC")
@NamedQuery(name = CustomerOrder.ADMIN_BY_DATE_ASC, query = "SELECT o" + CustomerOrder.ADMIN_FILTER
        + " ORDER BY o.createdAt, o.id")
@NamedQuery(name = CustomerOrder.ADMIN_BY_ID_DESC, query = "SELECT o" + CustomerOrder.ADMIN_FILTER
        + " ORDER BY o.id DESC")
@NamedQuery(name = CustomerOrder.ADMIN_BY_ID_ASC, query = "SELECT o" + CustomerOrder.ADMIN_FILTER + " ORDER BY o.id")
@NamedQuery(name = CustomerOrder.ADMIN_BY_MODIFIED_DESC, query = "SELECT o" + CustomerOrder.ADMIN_FILTER
        + " ORDER BY o.updatedAt DESC, o.id DESC")
@NamedQuery(name = CustomerOrder.ADMIN_BY_MODIFIED_ASC, query = "SELECT o" + CustomerOrder.ADMIN_FILTER
        + " ORDER BY o.updatedAt, o.id")
// The operators' dashboard (SalesReportService). Paid as WooCommerce's reports count it: processing, completed and
// on-hold (awaiting a manual payment WooCommerce treats as placed); pending, failed, cancelled and refunded orders are
// not sales, nor are trashed ones. Per UTC day and hour of creation (the columns hold UTC: hibernate.jdbc.time_zone).
@NamedQuery(name = CustomerOrder.SALES_PER_DAY, query = "SELECT year(o.createdAt), month(o.createdAt), "
        + "day(o.createdAt), COUNT(o), COALESCE(SUM(o.total), 0), COALESCE(SUM(o.refundedTotal), 0) "
        + "FROM CustomerOrder o WHERE o.createdAt >= :from AND o.createdAt < :to AND o.status IN " + CustomerOrder.PAID
        + " AND NOT EXISTS (SELECT t FROM OrderTrash t WHERE t.orderId = o.id) "
        + "GROUP BY year(o.createdAt), month(o.createdAt), day(o.createdAt)")
// A cart converted when an order placed from it at checkout was paid (checkout then empties the cart).
@NamedQuery(name = CustomerOrder.CONVERTED_PER_HOUR, query = "SELECT year(o.createdAt), month(o.createdAt), "
        + "day(o.createdAt), hour(o.createdAt), COUNT(o) FROM CustomerOrder o WHERE o.createdAt >= :from "
        + "AND o.createdAt < :to AND o.createdVia = 'checkout' AND o.cartKey IS NOT NULL AND o.status IN "
        + CustomerOrder.PAID + " GROUP BY year(o.createdAt), month(o.createdAt), day(o.createdAt), hour(o.createdAt)")
@Table(name = "customer_order")
public class CustomerOrder {

    /** The statuses WooCommerce's reports count as sales. */
    static final String PAID = "('processing', 'completed', 'on-hold')";
    /** [year, month, day, orders, total, refunded] per UTC day of paid orders created in [from, to). */
    public static final String SALES_PER_DAY = "CustomerOrder.salesPerDay";
    /** [year, month, day, hour, orders] per UTC hour of paid orders placed from a cart at checkout. */
    public static final String CONVERTED_PER_HOUR = "CustomerOrder.convertedPerHour";

    public static final String OF_CUSTOMER_DESC = "CustomerOrder.ofCustomerDesc";
    public static final String OF_CUSTOMER_ASC = "CustomerOrder.ofCustomerAsc";
    /** [count, total spent in minor units, paid orders, newest id] of a customer's orders. */
    public static final String SUMMARY_OF_CUSTOMER = "CustomerOrder.summaryOfCustomer";
    /** How many paid (processing, completed) order lines of a customer hold a product or a variation of it. */
    public static final String BOUGHT_BY_CUSTOMER = "CustomerOrder.boughtByCustomer";
    /** The same by the billing e-mail, for guests' orders too (WooCommerce's {@code wc_customer_bought_product}). */
    public static final String BOUGHT_BY_EMAIL = "CustomerOrder.boughtByEmail";

    public static final String BY_KEY = "CustomerOrder.byKey";
    /** Unpaid orders placed from a cart, newest first: where a retried checkout of the same cart lands. */
    public static final String REUSABLE_FOR_CART = "CustomerOrder.reusableForCart";
    /**
     * Unpaid orders whose hold has run out, oldest first: the release timer claims a few at a time, locked and
     * skipping rows another server has claimed (OrderStore.claimExpiredHolds).
     */
    public static final String HOLDS_EXPIRED = "CustomerOrder.holdsExpired";

    /**
     * The orders admin's list filter (wc/v3/orders, OrderAdminService): every filter is off when its parameter is
     * null ({@code anyStatus}, {@code anyId}: true), so one text serves every combination. {@code search} is a LIKE
     * pattern escaped with {@code !}; {@code exact} the search text itself, matched against the id and number.
     */
    public static final String ADMIN_FILTER = " FROM CustomerOrder o WHERE (:anyStatus = TRUE OR o.status IN :statuses)"
            + " AND ((:trash = FALSE AND NOT EXISTS (SELECT t.orderId FROM OrderTrash t WHERE t.orderId = o.id))"
            + " OR (:trash = TRUE AND EXISTS (SELECT t.orderId FROM OrderTrash t WHERE t.orderId = o.id)))"
            + " AND (:customer IS NULL OR o.customerId = :customer)"
            + " AND (:product IS NULL OR EXISTS (SELECT l.id FROM OrderLine l WHERE l.orderId = o.id"
            + " AND (l.productId = :product OR l.variationId = :product)))"
            + " AND (:after IS NULL OR o.createdAt > :after) AND (:before IS NULL OR o.createdAt < :before)"
            + " AND (:modifiedAfter IS NULL OR o.updatedAt > :modifiedAfter)"
            + " AND (:modifiedBefore IS NULL OR o.updatedAt < :modifiedBefore)"
            + " AND (:anyId = TRUE OR o.id IN :include) AND o.id NOT IN :exclude"
            + " AND (:search IS NULL OR o.orderNumber = :exact OR CAST(o.id AS String) = :exact"
            + " OR o.billingEmail LIKE :search ESCAPE '!' OR o.billingFirstName LIKE :search ESCAPE '!'"
            + " OR o.billingLastName LIKE :search ESCAPE '!' OR o.billingCompany LIKE :search ESCAPE '!'"
            + " OR CONCAT(o.billingFirstName, ' ', o.billingLastName) LIKE :search ESCAPE '!'"
            + " OR o.billingAddress1 LIKE :search ESCAPE '!' OR o.billingAddress2 LIKE :search ESCAPE '!'"
            + " OR o.billingCity LIKE :search ESCAPE '!' OR o.billingPostcode LIKE :search ESCAPE '!'"
            + " OR o.billingPhone LIKE :search ESCAPE '!' OR o.shippingFirstName LIKE :search ESCAPE '!'"
            + " OR o.shippingLastName LIKE :search ESCAPE '!' OR o.shippingCompany LIKE :search ESCAPE '!'"
            + " OR CONCAT(o.shippingFirstName, ' ', o.shippingLastName) LIKE :search ESCAPE '!'"
            + " OR o.shippingAddress1 LIKE :search ESCAPE '!' OR o.shippingAddress2 LIKE :search ESCAPE '!'"
            + " OR o.shippingCity LIKE :search ESCAPE '!' OR o.shippingPostcode LIKE :search ESCAPE '!'"
            + " OR EXISTS (SELECT l.id FROM OrderLine l WHERE l.orderId = o.id AND l.name LIKE :search ESCAPE '!'))";
    public static final String ADMIN_COUNT = "CustomerOrder.adminCount";
    public static final String ADMIN_BY_DATE_DESC = "CustomerOrder.adminByDateDesc";
    public static final String ADMIN_BY_DATE_ASC = "CustomerOrder.adminByDateAsc";
    public static final String ADMIN_BY_ID_DESC = "CustomerOrder.adminByIdDesc";
    public static final String ADMIN_BY_ID_ASC = "CustomerOrder.adminByIdAsc";
    public static final String ADMIN_BY_MODIFIED_DESC = "CustomerOrder.adminByModifiedDesc";
    public static final String ADMIN_BY_MODIFIED_ASC = "CustomerOrder.adminByModifiedAsc";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_number")
    private String orderNumber;

    @Column(name = "order_key", updatable = false)
    private String orderKey;

    @Column(name = "status")
    private String status;

    @Column(name = "currency")
    private String currency;

    @Column(name = "prices_include_tax")
    private boolean pricesIncludeTax;

    @Column(name = "customer_id")
    private long customerId;

    @Column(name = "created_via")
    private String createdVia;

    @Column(name = "cart_key")
    private String cartKey;

    @Column(name = "cart_hash")
    private String cartHash;

    @Column(name = "billing_first_name")
    private String billingFirstName;

    @Column(name = "billing_last_name")
    private String billingLastName;

    @Column(name = "billing_company")
    private String billingCompany;

    @Column(name = "billing_address_1")
    private String billingAddress1;

    @Column(name = "billing_address_2")
    private String billingAddress2;

    @Column(name = "billing_city")
    private String billingCity;

    @Column(name = "billing_state")
    private String billingState;

    @Column(name = "billing_postcode")
    private String billingPostcode;

    @Column(name = "billing_country")
    private String billingCountry;

    @Column(name = "billing_email")
    private String billingEmail;

    @Column(name = "billing_phone")
    private String billingPhone;

    @Column(name = "shipping_first_name")
    private String shippingFirstName;

    @Column(name = "shipping_last_name")
    private String shippingLastName;

    @Column(name = "shipping_company")
    private String shippingCompany;

    @Column(name = "shipping_address_1")
    private String shippingAddress1;

    @Column(name = "shipping_address_2")
    private String shippingAddress2;

    @Column(name = "shipping_city")
    private String shippingCity;

    @Column(name = "shipping_state")
    private String shippingState;

    @Column(name = "shipping_postcode")
    private String shippingPostcode;

    @Column(name = "shipping_country")
    private String shippingCountry;

    @Column(name = "shipping_phone")
    private String shippingPhone;

    @Column(name = "payment_method")
    private String paymentMethod;

    @Column(name = "payment_method_title")
    private String paymentMethodTitle;

    @Column(name = "transaction_id")
    private String transactionId;

    @Column(name = "customer_note", columnDefinition = "TEXT")
    private String customerNote;

    @Column(name = "customer_ip")
    private String customerIp;

    @Column(name = "customer_user_agent")
    private String customerUserAgent;

    @Column(name = "subtotal")
    private long subtotal;

    @Column(name = "subtotal_tax")
    private long subtotalTax;

    @Column(name = "discount_total")
    private long discountTotal;

    @Column(name = "discount_tax")
    private long discountTax;

    @Column(name = "shipping_total")
    private long shippingTotal;

    @Column(name = "shipping_tax")
    private long shippingTax;

    @Column(name = "fee_total")
    private long feeTotal;

    @Column(name = "fee_tax")
    private long feeTax;

    @Column(name = "cart_tax")
    private long cartTax;

    @Column(name = "total_tax")
    private long totalTax;

    @Column(name = "total")
    private long total;

    @Column(name = "refunded_total")
    private long refundedTotal;

    @Column(name = "shipping_lines_json", columnDefinition = "TEXT")
    private String shippingLinesJson;

    @Column(name = "fee_lines_json", columnDefinition = "TEXT")
    private String feeLinesJson;

    @Column(name = "coupon_lines_json", columnDefinition = "TEXT")
    private String couponLinesJson;

    @Column(name = "tax_lines_json", columnDefinition = "TEXT")
    private String taxLinesJson;

    @Column(name = "stock_state")
    private String stockState;

    @Column(name = "hold_until")
    private Instant holdUntil;

    /** Whether the coupon lines' uses are counted on the coupons (pricing's usage_count and used_by). */
    @Column(name = "coupons_counted")
    private boolean couponsCounted;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    @Column(name = "version")
    private int version;

    public Long getId() {
        return id;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getOrderKey() {
        return orderKey;
    }

    public void setOrderKey(String orderKey) {
        this.orderKey = orderKey;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public boolean isPricesIncludeTax() {
        return pricesIncludeTax;
    }

    public void setPricesIncludeTax(boolean pricesIncludeTax) {
        this.pricesIncludeTax = pricesIncludeTax;
    }

    public long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(long customerId) {
        this.customerId = customerId;
    }

    public String getCreatedVia() {
        return createdVia;
    }

    public void setCreatedVia(String createdVia) {
        this.createdVia = createdVia;
    }

    public String getCartKey() {
        return cartKey;
    }

    public void setCartKey(String cartKey) {
        this.cartKey = cartKey;
    }

    public String getCartHash() {
        return cartHash;
    }

    public void setCartHash(String cartHash) {
        this.cartHash = cartHash;
    }

    public String getBillingFirstName() {
        return billingFirstName;
    }

    public void setBillingFirstName(String billingFirstName) {
        this.billingFirstName = billingFirstName;
    }

    public String getBillingLastName() {
        return billingLastName;
    }

    public void setBillingLastName(String billingLastName) {
        this.billingLastName = billingLastName;
    }

    public String getBillingCompany() {
        return billingCompany;
    }

    public void setBillingCompany(String billingCompany) {
        this.billingCompany = billingCompany;
    }

    public String getBillingAddress1() {
        return billingAddress1;
    }

    public void setBillingAddress1(String billingAddress1) {
        this.billingAddress1 = billingAddress1;
    }

    public String getBillingAddress2() {
        return billingAddress2;
    }

    public void setBillingAddress2(String billingAddress2) {
        this.billingAddress2 = billingAddress2;
    }

    public String getBillingCity() {
        return billingCity;
    }

    public void setBillingCity(String billingCity) {
        this.billingCity = billingCity;
    }

    public String getBillingState() {
        return billingState;
    }

    public void setBillingState(String billingState) {
        this.billingState = billingState;
    }

    public String getBillingPostcode() {
        return billingPostcode;
    }

    public void setBillingPostcode(String billingPostcode) {
        this.billingPostcode = billingPostcode;
    }

    public String getBillingCountry() {
        return billingCountry;
    }

    public void setBillingCountry(String billingCountry) {
        this.billingCountry = billingCountry;
    }

    public String getBillingEmail() {
        return billingEmail;
    }

    public void setBillingEmail(String billingEmail) {
        this.billingEmail = billingEmail;
    }

    public String getBillingPhone() {
        return billingPhone;
    }

    public void setBillingPhone(String billingPhone) {
        this.billingPhone = billingPhone;
    }

    public String getShippingFirstName() {
        return shippingFirstName;
    }

    public void setShippingFirstName(String shippingFirstName) {
        this.shippingFirstName = shippingFirstName;
    }

    public String getShippingLastName() {
        return shippingLastName;
    }

    public void setShippingLastName(String shippingLastName) {
        this.shippingLastName = shippingLastName;
    }

    public String getShippingCompany() {
        return shippingCompany;
    }

    public void setShippingCompany(String shippingCompany) {
        this.shippingCompany = shippingCompany;
    }

    public String getShippingAddress1() {
        return shippingAddress1;
    }

    public void setShippingAddress1(String shippingAddress1) {
        this.shippingAddress1 = shippingAddress1;
    }

    public String getShippingAddress2() {
        return shippingAddress2;
    }

    public void setShippingAddress2(String shippingAddress2) {
        this.shippingAddress2 = shippingAddress2;
    }

    public String getShippingCity() {
        return shippingCity;
    }

    public void setShippingCity(String shippingCity) {
        this.shippingCity = shippingCity;
    }

    public String getShippingState() {
        return shippingState;
    }

    public void setShippingState(String shippingState) {
        this.shippingState = shippingState;
    }

    public String getShippingPostcode() {
        return shippingPostcode;
    }

    public void setShippingPostcode(String shippingPostcode) {
        this.shippingPostcode = shippingPostcode;
    }

    public String getShippingCountry() {
        return shippingCountry;
    }

    public void setShippingCountry(String shippingCountry) {
        this.shippingCountry = shippingCountry;
    }

    public String getShippingPhone() {
        return shippingPhone;
    }

    public void setShippingPhone(String shippingPhone) {
        this.shippingPhone = shippingPhone;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public String getPaymentMethodTitle() {
        return paymentMethodTitle;
    }

    public void setPaymentMethodTitle(String paymentMethodTitle) {
        this.paymentMethodTitle = paymentMethodTitle;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    public String getCustomerNote() {
        return customerNote;
    }

    public void setCustomerNote(String customerNote) {
        this.customerNote = customerNote;
    }

    public String getCustomerIp() {
        return customerIp;
    }

    public void setCustomerIp(String customerIp) {
        this.customerIp = customerIp;
    }

    public String getCustomerUserAgent() {
        return customerUserAgent;
    }

    public void setCustomerUserAgent(String customerUserAgent) {
        this.customerUserAgent = customerUserAgent;
    }

    public long getSubtotal() {
        return subtotal;
    }

    public void setSubtotal(long subtotal) {
        this.subtotal = subtotal;
    }

    public long getSubtotalTax() {
        return subtotalTax;
    }

    public void setSubtotalTax(long subtotalTax) {
        this.subtotalTax = subtotalTax;
    }

    public long getDiscountTotal() {
        return discountTotal;
    }

    public void setDiscountTotal(long discountTotal) {
        this.discountTotal = discountTotal;
    }

    public long getDiscountTax() {
        return discountTax;
    }

    public void setDiscountTax(long discountTax) {
        this.discountTax = discountTax;
    }

    public long getShippingTotal() {
        return shippingTotal;
    }

    public void setShippingTotal(long shippingTotal) {
        this.shippingTotal = shippingTotal;
    }

    public long getShippingTax() {
        return shippingTax;
    }

    public void setShippingTax(long shippingTax) {
        this.shippingTax = shippingTax;
    }

    public long getFeeTotal() {
        return feeTotal;
    }

    public void setFeeTotal(long feeTotal) {
        this.feeTotal = feeTotal;
    }

    public long getFeeTax() {
        return feeTax;
    }

    public void setFeeTax(long feeTax) {
        this.feeTax = feeTax;
    }

    public long getCartTax() {
        return cartTax;
    }

    public void setCartTax(long cartTax) {
        this.cartTax = cartTax;
    }

    public long getTotalTax() {
        return totalTax;
    }

    public void setTotalTax(long totalTax) {
        this.totalTax = totalTax;
    }

    public long getTotal() {
        return total;
    }

    public void setTotal(long total) {
        this.total = total;
    }

    public long getRefundedTotal() {
        return refundedTotal;
    }

    public void setRefundedTotal(long refundedTotal) {
        this.refundedTotal = refundedTotal;
    }

    public String getShippingLinesJson() {
        return shippingLinesJson;
    }

    public void setShippingLinesJson(String shippingLinesJson) {
        this.shippingLinesJson = shippingLinesJson;
    }

    public String getFeeLinesJson() {
        return feeLinesJson;
    }

    public void setFeeLinesJson(String feeLinesJson) {
        this.feeLinesJson = feeLinesJson;
    }

    public String getCouponLinesJson() {
        return couponLinesJson;
    }

    public void setCouponLinesJson(String couponLinesJson) {
        this.couponLinesJson = couponLinesJson;
    }

    public String getTaxLinesJson() {
        return taxLinesJson;
    }

    public void setTaxLinesJson(String taxLinesJson) {
        this.taxLinesJson = taxLinesJson;
    }

    public String getStockState() {
        return stockState;
    }

    public void setStockState(String stockState) {
        this.stockState = stockState;
    }

    public Instant getHoldUntil() {
        return holdUntil;
    }

    public void setHoldUntil(Instant holdUntil) {
        this.holdUntil = holdUntil;
    }

    public boolean isCouponsCounted() {
        return couponsCounted;
    }

    public void setCouponsCounted(boolean couponsCounted) {
        this.couponsCounted = couponsCounted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public void setPaidAt(Instant paidAt) {
        this.paidAt = paidAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(Instant completedAt) {
        this.completedAt = completedAt;
    }

    public int getVersion() {
        return version;
    }
}
