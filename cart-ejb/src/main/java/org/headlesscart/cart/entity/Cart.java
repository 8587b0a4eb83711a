package org.headlesscart.cart.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;

import org.hibernate.annotations.OptimisticLock;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * A cart session under its key (contract §6): its lines, removed lines kept for restore, the customer fields and
 * its expiry. Lines are changed only through the cart, after the cart row is locked.
 */
@Entity
@Table(name = "cart")
@NamedQuery(name = Cart.BY_KEY, query = "SELECT c FROM Cart c LEFT JOIN FETCH c.items WHERE c.cartKey = :key")
@NamedQuery(name = Cart.LOCK_BY_KEY, query = "SELECT c FROM Cart c LEFT JOIN FETCH c.items WHERE c.cartKey = :key",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
// Carts with a billing e-mail last changed in (after, before], oldest change first: the cart.abandoned scan (webhooks).
@NamedQuery(name = Cart.IDLE_WITH_EMAIL, query = "SELECT c.cartKey, c.modifiedAt FROM Cart c WHERE "
        + "c.customer.billingEmail <> '' AND c.modifiedAt > :after AND c.modifiedAt <= :before "
        + "ORDER BY c.modifiedAt, c.id")
@NamedQuery(name = Cart.STAMP_BY_KEY, query = "SELECT c.id, c.version, c.expiringAt FROM Cart c WHERE c.cartKey = :key")
@NamedQuery(name = Cart.EXPIRY_BY_KEY, query = "SELECT c.expiresAt FROM Cart c WHERE c.cartKey = :key")
// Renewal on a read: the version stays, since what the cart shows is unchanged (its tag too).
@NamedQuery(name = Cart.RENEW, query = "UPDATE Cart c SET c.expiringAt = :expiring, c.expiresAt = :expires "
        + "WHERE c.id = :id AND c.expiringAt < :now")
// An open end is a null bound, not a far-future instant: MariaDB reads a binary-protocol timestamp after
// 2038-01-19 as out of range, and then no expiry is smaller than it.
// A status is a range of expiries and a range of "expiring" times, each cart's own (guests' and customers'
// windows differ): null bounds are open.
// (The sessions page and its count are criteria queries in CartStore: the order is the operator's choice.)
@NamedQuery(name = Cart.FIGURES, query = "SELECT COUNT(c), COALESCE(SUM(c.totalMinor), 0), "
        + "COALESCE(SUM(CASE WHEN c.customer.billingEmail <> '' THEN 1 ELSE 0 END), 0) FROM Cart c WHERE "
        + Cart.STATUS)
// The applied coupon codes of the carts under the keys, without lines or lock: read before a write locks its cart,
// so that the coupons can be loaded before the lock (see CartWrites).
@NamedQuery(name = Cart.COUPONS_BY_KEYS, query = "SELECT c.couponsJson FROM Cart c WHERE c.cartKey IN :keys")
@NamedQuery(name = Cart.DELETE_BY_KEY, query = "DELETE FROM Cart c WHERE c.cartKey = :key")
// The cleanup locks the batch it folds into the hourly counts and deletes: a second node's cleanup waits, then
// finds those rows gone, so no cart is counted twice. Ordered as ix_cart_expires stores them (InnoDB appends the
// primary key): a batch reads its own rows only, where ORDER BY id sorted the whole expired range for each batch.
@NamedQuery(name = Cart.EXPIRED_LOCKED,
        query = "SELECT c FROM Cart c WHERE c.expiresAt < :now ORDER BY c.expiresAt, c.id",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
// Operators' charts, per UTC hour (the columns hold UTC: hibernate.jdbc.time_zone): carts created, carts that
// expired with a value. Stored carts only; CartHour holds what the cleanup deleted.
@NamedQuery(name = Cart.CREATED_PER_HOUR, query = "SELECT year(c.createdAt), month(c.createdAt), day(c.createdAt), "
        + "hour(c.createdAt), COUNT(c) FROM Cart c WHERE c.createdAt >= :from AND c.createdAt < :to "
        + "GROUP BY year(c.createdAt), month(c.createdAt), day(c.createdAt), hour(c.createdAt)")
@NamedQuery(name = Cart.ABANDONED_PER_HOUR, query = "SELECT year(c.expiresAt), month(c.expiresAt), day(c.expiresAt), "
        + "hour(c.expiresAt), COUNT(c) FROM Cart c WHERE c.expiresAt >= :from AND c.expiresAt < :to "
        + "AND c.totalMinor > 0 GROUP BY year(c.expiresAt), month(c.expiresAt), day(c.expiresAt), hour(c.expiresAt)")
// The number of lines of each cart of a page, in one statement: beside the page's own query rather than a subquery
// in it, which MariaDB would evaluate for every cart of the status before sorting them.
@NamedQuery(name = Cart.LINE_COUNTS, query = "SELECT i.cart.id, COUNT(i) FROM CartItem i WHERE i.cart.id IN :ids "
        + "AND i.removed = false GROUP BY i.cart.id")
// One cart's row with its number of lines (removed lines kept for restore not counted), for the sessions admin.
@NamedQuery(name = Cart.SUMMARY_BY_KEY, query = "SELECT c, (SELECT COUNT(i) FROM CartItem i WHERE i.cart = c "
        + "AND i.removed = false) FROM Cart c WHERE c.cartKey = :key")
@NamedQuery(name = Cart.DELETE_BY_IDS, query = "DELETE FROM Cart c WHERE c.id IN :ids")
public class Cart {

    public static final String BY_KEY = "Cart.byKey";
    public static final String LOCK_BY_KEY = "Cart.lockByKey";
    public static final String STAMP_BY_KEY = "Cart.stampByKey";
    public static final String EXPIRY_BY_KEY = "Cart.expiryByKey";
    public static final String IDLE_WITH_EMAIL = "Cart.idleWithEmail";
    public static final String RENEW = "Cart.renew";
    public static final String FIGURES = "Cart.figures";
    public static final String DELETE_BY_KEY = "Cart.deleteByKey";
    public static final String COUPONS_BY_KEYS = "Cart.couponsByKeys";
    public static final String EXPIRED_LOCKED = "Cart.expiredLocked";
    public static final String CREATED_PER_HOUR = "Cart.createdPerHour";
    public static final String ABANDONED_PER_HOUR = "Cart.abandonedPerHour";
    public static final String SUMMARY_BY_KEY = "Cart.summaryByKey";
    public static final String LINE_COUNTS = "Cart.lineCounts";
    public static final String DELETE_BY_IDS = "Cart.deleteByIds";

    static final String STATUS = "c.expiresAt >= :from AND (:to IS NULL OR c.expiresAt < :to) "
            + "AND (:expiringFrom IS NULL OR c.expiringAt >= :expiringFrom) "
            + "AND (:expiringTo IS NULL OR c.expiringAt < :expiringTo)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cart_key", nullable = false, length = 42, updatable = false)
    private String cartKey;

    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = 20)
    private String source = "cocart";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    /** From when the cart counts as expiring (contract §6.4): its last write plus its own "expiring" window. */
    @Column(name = "expiring_at", nullable = false)
    private Instant expiringAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** Next line's position: lines keep the order they were first added in. */
    @Column(name = "next_position", nullable = false)
    private int nextPosition;

    /** The cart's total at its last write, minor units: for insights only; shown carts are always priced now. */
    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    /** Applied coupon codes in order, as a JSON array; {@code null} for none (COCART-PLUS §3.1). */
    @Column(name = "coupons_json", columnDefinition = "TEXT")
    private String couponsJson;

    /** Fees as a JSON array of {id, name, amount, taxable, tax_class}; {@code null} for none (§3.4). */
    @Column(name = "fees_json", columnDefinition = "TEXT")
    private String feesJson;

    /** Package index to the chosen rate id, as a JSON object; {@code null} for none (§3.3). */
    @Column(name = "chosen_rates_json", columnDefinition = "TEXT")
    private String chosenRatesJson;

    @Embedded
    private CustomerDetails customer = new CustomerDetails();

    // Changing the lines does not by itself bump the version: every write to a stored cart slides its expiry
    // (touch), which bumps it in the same UPDATE; a cart inserted by this transaction is then not updated again
    // just because its first lines were added.
    // Not @OrderBy: an ORDER BY on the lines in the statement that fetches them with their cart makes MariaDB sort
    // through a temporary table, on disk because lines have TEXT columns; that was a large part of every cart
    // read and write. The getters put the lines in order instead (a cart has few).
    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OptimisticLock(excluded = true)
    private List<CartItem> items = new ArrayList<>();

    @Version
    private long version;

    private static final Comparator<CartItem> IN_ORDER = Comparator.comparingInt(CartItem::getPosition);

    /** Lines this transaction dropped, by item key: {@link #addLine} takes one back rather than insert its twin. */
    @Transient
    private final Map<String, CartItem> droppedLines = new HashMap<>();

    /** Inserted by this transaction: its times are already now, so a write need not update them again. */
    @Transient
    private boolean inserted;

    protected Cart() {
    }

    public Cart(String cartKey, Instant now, Instant expiringAt, Instant expiresAt) {
        this.cartKey = cartKey;
        this.createdAt = now;
        this.modifiedAt = now;
        this.expiringAt = expiringAt;
        this.expiresAt = expiresAt;
        this.inserted = true;
    }

    /** The cart of a logged-in user: its key is the user's id (contract §6.1). */
    public Cart ownedBy(long userId) {
        this.userId = userId;
        return this;
    }

    public Long getId() { return id; }
    public String getCartKey() { return cartKey; }
    public Long getUserId() { return userId; }
    public String getSource() { return source; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getModifiedAt() { return modifiedAt; }
    public Instant getExpiringAt() { return expiringAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public CustomerDetails getCustomer() { return customer == null ? (customer = new CustomerDetails()) : customer; }
    public long getVersion() { return version; }
    public long getTotalMinor() { return totalMinor; }

    public String getCouponsJson() { return couponsJson; }
    public String getFeesJson() { return feesJson; }
    public String getChosenRatesJson() { return chosenRatesJson; }

    /** The pricing choices as JSON text ({@code null} for none); kept by {@code CartChoices}. */
    public void setPricingJson(String coupons, String fees, String chosenRates) {
        this.couponsJson = coupons;
        this.feesJson = fees;
        this.chosenRatesJson = chosenRates;
    }

    /** What the cart came to at this write, for the operators' figures. */
    public void recordTotal(long minor) {
        this.totalMinor = minor;
    }

    /** Lines and removed lines, in the order they were first added; change them through the methods below. */
    public List<CartItem> getItems() {
        return items.stream().sorted(IN_ORDER).toList();
    }

    public List<CartItem> lines() {
        return items.stream().filter(i -> !i.isRemoved()).sorted(IN_ORDER).toList();
    }

    public List<CartItem> removedLines() {
        return items.stream().filter(CartItem::isRemoved).sorted(IN_ORDER).toList();
    }

    public Optional<CartItem> item(String itemKey) {
        return items.stream().filter(i -> i.getItemKey().equals(itemKey)).findFirst();
    }

    /**
     * A new line at the end of the cart. A removed line under the same item key, kept for restore or dropped
     * earlier in this transaction, comes back as that new line instead of a second row: WooCommerce forgets a
     * removed item once the same item is added again, and the table keeps one row per item key
     * ({@code uk_cart_item_key}), which Hibernate would insert before deleting the old one.
     *
     * <p>A dropped line is taken back only before the transaction flushes its deletion; cart writes flush once,
     * when the cart is saved, after every line change.
     */
    public CartItem addLine(CartItem.Identity identity, java.math.BigDecimal quantity, Long customPriceMinor) {
        int position = nextPosition++;
        Optional<CartItem> removed = item(identity.itemKey()).filter(CartItem::isRemoved);
        if (removed.isPresent()) {
            removed.get().startAgain(quantity, customPriceMinor, position);
            return removed.get();
        }
        CartItem dropped = droppedLines.remove(identity.itemKey());
        if (dropped != null) {
            dropped.startAgain(quantity, customPriceMinor, position);
            items.add(dropped);
            return dropped;
        }
        CartItem line = new CartItem(this, identity, quantity, customPriceMinor, position);
        items.add(line);
        return line;
    }

    public void drop(CartItem line) {
        if (items.remove(line)) {
            droppedLines.put(line.getItemKey(), line);
        }
    }

    /** Drops every line; removed lines too unless they are kept for restore. */
    public void empty(boolean keepRemoved) {
        List.copyOf(items).stream().filter(i -> !keepRemoved || !i.isRemoved()).forEach(this::drop);
    }

    /**
     * A write slides the expiry forward (contract decision 7); reads never call this (a read renews the stored
     * times with one UPDATE once the "expiring" time has passed: {@code CartStore#renew}).
     */
    public void touch(Instant now, Instant expiringAt, Instant expiresAt) {
        if (inserted) {
            return;
        }
        this.modifiedAt = now;
        this.expiringAt = expiringAt;
        this.expiresAt = expiresAt;
    }
}
