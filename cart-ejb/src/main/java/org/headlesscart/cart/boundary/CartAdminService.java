package org.headlesscart.cart.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

import org.headlesscart.cart.control.CartHours;
import org.headlesscart.cart.control.CartStore;
import org.headlesscart.cart.control.SessionList;
import org.headlesscart.cart.control.session.CartOwners;
import org.headlesscart.cart.control.session.CartReads;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CustomerDetails;
import org.headlesscart.cart.model.CartHourCounts;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.cart.model.SessionSort;

/**
 * Carts in session for shop managers and administrators (contract §11.3, route 17–20), and the figures operators
 * watch. Who may call it is the API's concern. A cart's status follows its own windows (guests' or customers',
 * decision 7): expired once its expiry has passed, expiring once its "expiring" time has passed (its last write
 * plus {@code headlesscart.cart.guest-expiring} or {@code …customer-expiring}), active before that.
 */
@Stateless
@Interceptors(CartRefusals.class)
public class CartAdminService {

    /** What an operator may filter on. */
    public enum Status { ACTIVE, EXPIRING, EXPIRED }

    /** The most carts one page shows (the sessions route's {@code per_page} limit too). */
    public static final int MAX_PAGE_SIZE = 100;
    /** The longest e-mail part worth a query: the billing e-mail column holds 100 characters. */
    public static final int MAX_EMAIL_FILTER = 100;

    /**
     * @param page       1-based
     * @param perPage    1 to {@link #MAX_PAGE_SIZE}; outside that it is brought into it
     * @param status     null for all carts
     * @param email      part of the billing e-mail, any case; null or blank for all
     * @param sort       the column, {@link SessionSort#ID} for the order carts were stored in
     * @param descending largest first
     */
    public record SessionQuery(int page, int perPage, Status status, String email, SessionSort sort,
            boolean descending) {

        /** Oldest first, as the CoCart sessions route lists them. */
        public SessionQuery(int page, int perPage, Status status, String email) {
            this(page, perPage, status, email, SessionSort.ID, false);
        }
    }

    /**
     * A cart in session as the lists show it.
     *
     * @param expiring   from when it counts as expiring
     * @param valueMinor its total at its last write, minor units of the store currency
     * @param lines      its lines (removed lines kept for restore not counted)
     */
    public record SessionSummary(long cartId, String cartKey, String customerName, String customerEmail,
            Instant created, Instant expiry, String source, Long userId, Instant modified, Instant expiring,
            Status status, long valueMinor, long lines) {
    }

    public record SessionPage(List<SessionSummary> sessions, long total) {
    }

    /** A cart's row as the lists show it, and the cart as it is shown now (lines, totals, customer). */
    public record SessionDetail(SessionSummary summary, CartView cart) {
    }

    /**
     * Carts per UTC hour over a period, oldest first, every hour present: created in the hour, and abandoned in it
     * (expired with a value: a cart that became an order was emptied at checkout). Deleted carts count too.
     */
    public record HourlyCarts(List<CartHourCounts> hours) {

        public long created() {
            return hours.stream().mapToLong(CartHourCounts::created).sum();
        }

        public long abandoned() {
            return hours.stream().mapToLong(CartHourCounts::abandoned).sum();
        }
    }

    /** Carts of one status: how many, their value at their last write (minor units), how many have an e-mail. */
    public record Figures(long carts, long valueMinor, long withEmail) {
    }

    public record CartInsights(Figures active, Figures expiring, Figures expired) {
    }

    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    @Inject
    CartStore store;

    @Inject
    CartOwners owners;

    @Inject
    CartReads reads;

    @Inject
    SessionList list;

    @Inject
    CartHours hours;

    /**
     * One page of the carts in session, filtered, sorted and counted in the database: three statements whatever the
     * page size (the count, the page, the number of lines of its carts). What the sessions route and the console
     * list both show.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessionPage sessions(SessionQuery query) {
        Instant now = Instant.now();
        CartStore.StatusRange window = window(query.status(), now);
        String email = query.email() == null || query.email().isBlank() ? null
                : query.email().strip().toLowerCase(Locale.ROOT);
        if (email != null && email.length() > MAX_EMAIL_FILTER) {
            return new SessionPage(List.of(), 0);     // no stored e-mail is longer
        }
        int perPage = Math.max(1, Math.min(MAX_PAGE_SIZE, query.perPage()));
        long total = list.count(window, email);
        long first = (long) (Math.max(1, query.page()) - 1) * perPage;
        List<SessionSummary> page = total <= first ? List.of()
                : list.page(window, email, query.sort() == null ? SessionSort.ID : query.sort(), query.descending(),
                        (int) first, perPage).stream().map(row -> summary(row, now)).toList();
        return new SessionPage(page, total);
    }

    /** A cart with an e-mail and when it last changed, for the {@code cart.abandoned} webhook scan. */
    public record IdleCart(String cartKey, Instant modified) {
    }

    /**
     * Up to {@code limit} carts with a billing e-mail whose last change lies in ({@code after}, {@code before}],
     * oldest change first. Reads the cart table by modification time (not indexed; docs/webhooks.md).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<IdleCart> idleWithEmail(Instant after, Instant before, int limit) {
        return store.idleWithEmail(after, before, limit).stream()
                .map(row -> new IdleCart((String) row[0], (Instant) row[1])).toList();
    }

    /** The cart under the key as it is shown now; empty when none is stored under it. Writes nothing. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CartView> session(String cartKey) {
        CartView view = reads.read(owners.keyOrNew(cartKey));
        return view.stored() ? Optional.of(view) : Optional.empty();
    }

    /**
     * The cart under the key with what the lists show of it (source, owner, times, status); empty when none is
     * stored under it. Writes nothing.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SessionDetail> detail(String cartKey) {
        String key = owners.keyOrNew(cartKey);
        return store.summary(key).flatMap(row -> {
            CartView view = reads.read(key);
            return view.stored() ? Optional.of(new SessionDetail(summary(row, Instant.now()), view)) : Optional.empty();
        });
    }

    /** Carts created and abandoned per UTC hour from {@code from}'s hour to now's: three statements. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public HourlyCarts activity(Instant from) {
        return new HourlyCarts(hours.counts(from, Instant.now()));
    }

    /** Deletes the cart under the key and its lines; whether there was one. */
    public boolean delete(String cartKey) {
        return store.delete(owners.keyOrNew(cartKey));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CartInsights insights() {
        Instant now = Instant.now();
        return new CartInsights(figures(Status.ACTIVE, now), figures(Status.EXPIRING, now),
                figures(Status.EXPIRED, now));
    }

    private Figures figures(Status status, Instant now) {
        long[] f = store.figures(window(status, now));
        return new Figures(f[0], f[1], f[2]);
    }

    /** The expiries and "expiring" times a status stands for. */
    private static CartStore.StatusRange window(Status status, Instant now) {
        if (status == null) {
            return new CartStore.StatusRange(EARLIEST, null, null, null);
        }
        return switch (status) {
            case EXPIRED -> new CartStore.StatusRange(EARLIEST, now, null, null);
            case EXPIRING -> new CartStore.StatusRange(now, null, null, now);
            case ACTIVE -> new CartStore.StatusRange(now, null, now, null);
        };
    }

    private static SessionSummary summary(SessionList.Row row, Instant now) {
        Cart cart = row.cart();
        CustomerDetails customer = cart.getCustomer();
        String name = (customer.get("billing_first_name") + " " + customer.get("billing_last_name")).strip();
        return new SessionSummary(cart.getId(), cart.getCartKey(), name, customer.get("billing_email"),
                cart.getCreatedAt(), cart.getExpiresAt(), cart.getSource(), cart.getUserId(), cart.getModifiedAt(),
                cart.getExpiringAt(), status(cart, now), cart.getTotalMinor(), row.lines());
    }

    /** The status {@link #window} would find the cart under. */
    static Status status(Cart cart, Instant now) {
        if (cart.getExpiresAt().isBefore(now)) {
            return Status.EXPIRED;
        }
        return cart.getExpiringAt().isBefore(now) ? Status.EXPIRING : Status.ACTIVE;
    }
}
