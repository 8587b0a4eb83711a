package org.headlesscart.cart.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.headlesscart.cart.control.pricing.CartChoices;
import org.headlesscart.cart.entity.Cart;

/** Carts in the database: read without locks, or locked for a write (STYLE §3.4). */
@Dependent
public class CartStore {

    /** Prefix of the transaction-registry key under which {@link #lock} remembers a cart it locked. */
    private static final String LOCKED = CartStore.class.getName() + ".locked:";

    @PersistenceContext(unitName = "cart")
    EntityManager em;

    @PersistenceUnit(unitName = "cart")
    EntityManagerFactory carts;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    CartHours hours;

    /**
     * The cart and its lines in one statement, read-only: a GET takes no lock and writes nothing. Outside a
     * transaction the read runs in an entity manager of its own that is closed at once, so that its connection
     * goes back to the pool before the catalog is read: a GET never holds one connection while it waits for
     * another (the two persistence units do not share one), which under load could leave every reader waiting.
     */
    public Optional<Cart> read(String key) {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return byKey(em, key);
        }
        try (EntityManager reader = carts.createEntityManager()) {
            return byKey(reader, key);
        }
    }

    /** A stored cart's row id and version, and from when it counts as expiring. */
    public record Stored(long id, long version, Instant expiringAt) {
    }

    /**
     * The row id and version of the cart under the key, without its lines: one primary-key read, for a caller
     * outside any transaction, in an entity manager of its own that is closed at once.
     */
    public Optional<Stored> stored(String key) {
        try (EntityManager reader = carts.createEntityManager()) {
            return reader.createNamedQuery(Cart.STAMP_BY_KEY, Object[].class).setParameter("key", key)
                    .getResultList().stream().findFirst()
                    .map(row -> new Stored(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                            (Instant) row[2]));
        }
    }

    /** When the cart under the key expires, as stored (reads renew nothing here): one unique-key read. */
    public Optional<Instant> expiresAt(String key) {
        try (EntityManager reader = carts.createEntityManager()) {
            return reader.createNamedQuery(Cart.EXPIRY_BY_KEY, Instant.class).setParameter("key", key)
                    .getResultList().stream().findFirst();
        }
    }

    /**
     * Renews the stored times of a cart a read loaded after its "expiring" time (contract §6.4,
     * docs/carts-and-identity.md): one UPDATE in a transaction of its own, and only while that time is still past, so that parallel
     * reads renew it once and a write that slid it meanwhile wins. For callers outside any transaction: inside one
     * it would wait for a lock its own suspended transaction may hold. Whether it renewed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renew(long id, Instant now, CartWindows windows) {
        return em.createNamedQuery(Cart.RENEW).setParameter("expiring", windows.expiring())
                .setParameter("expires", windows.expiration()).setParameter("id", id).setParameter("now", now)
                .executeUpdate() > 0;
    }

    /**
     * The coupon codes applied to the carts under the keys, without their lines and without a lock: a write reads
     * them before it locks its cart, so that it can read those coupons before the lock too.
     */
    public List<String> couponCodes(java.util.Collection<String> keys) {
        List<String> codes = new java.util.ArrayList<>();
        em.createNamedQuery(Cart.COUPONS_BY_KEYS, String.class).setParameter("keys", keys).getResultList()
                .forEach(json -> codes.addAll(CartChoices.codes(json)));
        return codes;
    }

    private static Optional<Cart> byKey(EntityManager em, String key) {
        return em.createNamedQuery(Cart.BY_KEY, Cart.class).setParameter("key", key)
                .setHint("org.hibernate.readOnly", true).getResultList().stream().findFirst();
    }

    /**
     * The cart locked for this transaction with its lines, in one statement: {@code SELECT ... FOR UPDATE} on the
     * cart's unique key joined to its lines, which locks the cart row and its line rows. A locking read sees the
     * last committed rows, so the lines are the last writer's.
     */
    public Optional<Cart> lock(String key) {
        // A row this transaction has locked stays locked until it ends: a second lock of the same key (checkout
        // empties the cart it locked first) is answered from the persistence context, without a statement.
        Object memo = LOCKED + key;
        if (transactions.getTransactionKey() != null
                && transactions.getResource(memo) instanceof Cart locked && em.contains(locked)) {
            return Optional.of(locked);
        }
        Optional<Cart> found = em.createNamedQuery(Cart.LOCK_BY_KEY, Cart.class).setParameter("key", key)
                .getResultList().stream().findFirst();
        if (found.isPresent() && transactions.getTransactionKey() != null) {
            transactions.putResource(memo, found.get());
        }
        return found;
    }

    /**
     * A new cart under a key this request generated, which nobody else can know yet, so nothing needs locking: it
     * is not inserted until {@link #insert} once the write is done, so that a new cart costs one INSERT with its
     * final values rather than an INSERT and an UPDATE.
     */
    public Cart newCart(String key, Instant now, CartWindows windows) {
        return new Cart(key, now, windows.expiring(), windows.expiration());
    }

    /** Inserts a cart from {@link #newCart} with its lines; its id comes from the insert. */
    public void insert(Cart cart) {
        em.persist(cart);
    }

    /**
     * A new cart, inserted at once: if another request creates the same key first, the unique key fails this
     * transaction and the caller's bounded retry then finds and locks the other's row. {@code customer} are the
     * customer fields it starts with (canonical names), empty for a guest.
     */
    public Cart create(String key, Long userId, Instant now, CartWindows windows, Map<String, String> customer) {
        Cart cart = new Cart(key, now, windows.expiring(), windows.expiration());
        if (userId != null) {
            cart.ownedBy(userId);
        }
        customer.forEach(cart.getCustomer()::set);
        em.persist(cart);
        em.flush();
        return cart;
    }

    /** Up to {@code limit} carts with a billing e-mail last changed in ({@code after}, {@code before}]: key, change. */
    public List<Object[]> idleWithEmail(Instant after, Instant before, int limit) {
        return em.createNamedQuery(Cart.IDLE_WITH_EMAIL, Object[].class).setParameter("after", after)
                .setParameter("before", before).setMaxResults(limit).getResultList();
    }

    /** Writes pending changes now, so the answer shows the stored version and failures surface here. */
    public void flush() {
        em.flush();
    }

    /**
     * Carts of one status: expiry in [{@code from}, {@code to}) and "expiring" time in [{@code expiringFrom},
     * {@code expiringTo}); a null bound (except {@code from}) is open. Never a far-future instant: see {@link Cart}.
     */
    public record StatusRange(Instant from, Instant to, Instant expiringFrom, Instant expiringTo) {
    }

    /** Carts of the status: how many, their recorded value, how many have an e-mail. */
    public long[] figures(StatusRange status) {
        Object[] row = bound(em.createNamedQuery(Cart.FIGURES, Object[].class), status).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
            ((Number) row[2]).longValue()};
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, StatusRange status) {
        return query.setParameter("from", status.from()).setParameter("to", status.to())
                .setParameter("expiringFrom", status.expiringFrom()).setParameter("expiringTo", status.expiringTo());
    }

    /** Deletes a cart this transaction holds locked, with its lines. */
    public void remove(Cart cart) {
        em.remove(cart);
    }

    /** Deletes the cart under the key with its lines (the foreign key cascades); whether there was one. */
    public boolean delete(String key) {
        return em.createNamedQuery(Cart.DELETE_BY_KEY).setParameter("key", key).executeUpdate() > 0;
    }

    /**
     * Deletes up to {@code limit} carts that expired before {@code now}; how many it deleted. They are locked and
     * folded into the hourly counts first ({@link CartHours}), so a second node's cleanup waits and then finds them
     * gone rather than counting them again. Their lines go with them through the foreign key's
     * {@code ON DELETE CASCADE}.
     */
    public int deleteExpired(Instant now, int limit) {
        List<Cart> batch = em.createNamedQuery(Cart.EXPIRED_LOCKED, Cart.class).setParameter("now", now)
                .setMaxResults(limit).getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        hours.fold(batch, now);
        List<Long> ids = batch.stream().map(Cart::getId).toList();
        return em.createNamedQuery(Cart.DELETE_BY_IDS).setParameter("ids", ids).executeUpdate();
    }

    /** The cart under the key with its number of lines, without its lines. */
    public Optional<SessionList.Row> summary(String key) {
        return em.createNamedQuery(Cart.SUMMARY_BY_KEY, Object[].class).setParameter("key", key)
                .setHint("org.hibernate.readOnly", true).getResultList().stream().findFirst()
                .map(row -> new SessionList.Row((Cart) row[0], ((Number) row[1]).longValue()));
    }
}
