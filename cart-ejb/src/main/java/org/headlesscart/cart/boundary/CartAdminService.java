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

import org.headlesscart.cart.control.CartStore;
import org.headlesscart.cart.control.session.CartOwners;
import org.headlesscart.cart.control.session.CartReads;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CustomerDetails;
import org.headlesscart.cart.model.CartView;

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

    /**
     * @param page    1-based
     * @param status  null for all carts
     * @param email   part of the billing e-mail, any case; null or blank for all
     */
    public record SessionQuery(int page, int perPage, Status status, String email) {
    }

    public record SessionSummary(long cartId, String cartKey, String customerName, String customerEmail,
            Instant created, Instant expiry, String source) {
    }

    public record SessionPage(List<SessionSummary> sessions, long total) {
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

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessionPage sessions(SessionQuery query) {
        Instant now = Instant.now();
        CartStore.StatusRange window = window(query.status(), now);
        String email = query.email() == null || query.email().isBlank() ? "%"
                : "%" + likeEscaped(query.email().strip().toLowerCase(Locale.ROOT)) + "%";
        long total = store.count(window, email);
        int first = (query.page() - 1) * query.perPage();
        List<SessionSummary> page = total <= first ? List.of()
                : store.page(window, email, first, query.perPage()).stream()
                        .map(CartAdminService::summary).toList();
        return new SessionPage(page, total);
    }

    /** The cart under the key as it is shown now; empty when none is stored under it. Writes nothing. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CartView> session(String cartKey) {
        CartView view = reads.read(owners.keyOrNew(cartKey));
        return view.stored() ? Optional.of(view) : Optional.empty();
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

    private static SessionSummary summary(Cart cart) {
        CustomerDetails customer = cart.getCustomer();
        String name = (customer.get("billing_first_name") + " " + customer.get("billing_last_name")).strip();
        return new SessionSummary(cart.getId(), cart.getCartKey(), name, customer.get("billing_email"),
                cart.getCreatedAt(), cart.getExpiresAt(), cart.getSource());
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
