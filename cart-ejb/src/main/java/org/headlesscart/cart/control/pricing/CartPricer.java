package org.headlesscart.cart.control.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import org.headlesscart.cart.control.Notices;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CartItem;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.pricing.boundary.PricingService;
import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.CouponCheck;
import org.headlesscart.pricing.model.CouponError;
import org.headlesscart.pricing.model.CouponMessages;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.PricingRules;

/**
 * The one totals computation of every cart answer (reads, writes, batches; later checkout): the cart's applied
 * coupons re-validated as WooCommerce does on every load ({@code WC_Cart::check_cart_coupons}), then the cart priced
 * by pricing's engine. A read only leaves an invalid coupon out of what it shows; a write removes it for good, as
 * items are handled ({@code Revalidation}).
 */
@Dependent
public class CartPricer {

    // @EJB, not @Inject: as CartProducts explains, the container's own reference to a no-interface session bean.
    @EJB
    PricingService pricing;

    @EJB
    CatalogService catalog;

    /**
     * The rules and the coupons of {@code codes}: what a write reads before it locks its cart. No coupon query when
     * there is no code.
     */
    public StorePricing load(Collection<String> codes) {
        StorePricing store = new StorePricing(pricing.rules(), Map.of());
        read(store, codes);
        return store;
    }

    /** Reads the codes the store has not read yet, all in one query. */
    void read(StorePricing store, Collection<String> codes) {
        List<String> unread = store.unread(codes);
        if (!unread.isEmpty()) {
            store.add(unread, pricing.coupons(unread));
        }
    }

    /** The result of pricing a cart. */
    public record Priced(CartView.Pricing pricing, List<String> invalidCoupons, Instant couponsValidUntil) {
    }

    /**
     * Prices the cart's shown lines with its still valid coupons. An applied coupon that no longer exists or no
     * longer validates is left out with WooCommerce's notice and listed in {@link Priced#invalidCoupons()}.
     *
     * @param emails the customer's e-mails to check e-mail restrictions against; empty on an ordinary load
     *               (WooCommerce checks them at checkout), the billing or given e-mail on {@code coupons/validate}
     */
    public Priced price(Cart cart, Collection<CartItem> dropped, Map<Long, Purchasable> products,
            StorePricing store, Notices notices, Instant now, List<String> emails) {
        CartChoices choices = CartChoices.of(cart);
        List<CartInput.Line> lines = PricingInputs.lines(cart, dropped, products);
        PricingRules rules = store.rules();
        read(store, choices.coupons());
        List<Coupon> found = choices.coupons().stream().map(store::coupon).flatMap(Optional::stream).toList();
        PricedCart priced = pricing.price(rules, PricingInputs.input(cart, lines, found, choices,
                rules.settings().base()));
        List<Coupon> valid = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        Instant until = null;
        if (!choices.coupons().isEmpty()) {
            // Subtotals are before discounts, so the cart priced with its coupons shows what minimum and maximum
            // spend compare against: no second pricing pass unless a coupon turns out invalid.
            long displayed = displayed(rules, priced);
            for (String code : choices.coupons()) {
                Optional<Coupon> coupon = store.coupon(code);
                Optional<CouponError> error = coupon.isEmpty() ? Optional.of(new CouponError(105, ""))
                        : pricing.check(coupon.get(), check(lines, displayed, now, cart, emails, valid, products,
                                rules.settings().decimals()));
                if (error.isPresent()) {
                    invalid.add(code);
                    notices.error(removedNotice(code, error.get()));
                } else {
                    valid.add(coupon.get());
                    Instant expires = coupon.get().expires();
                    until = expires != null && (until == null || expires.isBefore(until)) ? expires : until;
                }
            }
            if (valid.size() != found.size()) {
                priced = pricing.price(rules, PricingInputs.input(cart, lines, valid, choices,
                        rules.settings().base()));
            }
        }
        return new Priced(new CartView.Pricing(priced, rules.settings(), valid), invalid, until);
    }

    /**
     * The notice of an applied coupon dropped because of {@code error}: WooCommerce's 102 for an e-mail restriction,
     * else its 101, worded once in {@link CouponMessages}.
     */
    static String removedNotice(String code, CouponError error) {
        return error.code() == 102 ? CouponMessages.notYoursRemoved(code) : CouponMessages.invalidRemoved(code);
    }

    /** The cart priced as it is, without re-validating its coupons again: for the writes' own checks. */
    public PricedCart priceAsIs(Cart cart, Map<Long, Purchasable> products, StorePricing store, List<Coupon> coupons) {
        CartChoices choices = CartChoices.of(cart);
        List<CartInput.Line> lines = PricingInputs.lines(cart, List.of(), products);
        return pricing.price(store.rules(), PricingInputs.input(cart, lines, coupons, choices,
                store.rules().settings().base()));
    }

    /** Why a coupon cannot enter or stay in the cart; empty when it can. */
    public Optional<CouponError> check(Coupon coupon, Cart cart, Map<Long, Purchasable> products, StorePricing store,
            List<Coupon> applied, List<String> emails) {
        CartChoices choices = CartChoices.of(cart);
        List<CartInput.Line> lines = PricingInputs.lines(cart, List.of(), products);
        long displayed = displayedSubtotal(store.rules(), cart, lines, choices);
        return pricing.check(coupon, check(lines, displayed, Instant.now(), cart, emails, applied, products,
                store.rules().settings().decimals()));
    }

    /**
     * Items before discounts as the cart displays them (incl. tax when it shows prices incl. tax): what minimum and
     * maximum spend compare against. One pricing pass without coupons.
     */
    private long displayedSubtotal(PricingRules rules, Cart cart, List<CartInput.Line> lines, CartChoices choices) {
        return displayed(rules, pricing.price(rules, PricingInputs.input(cart, lines, List.of(), choices,
                rules.settings().base())));
    }

    /** A priced cart's item subtotal as the cart displays it; the same whatever coupons it was priced with. */
    private static long displayed(PricingRules rules, PricedCart priced) {
        return priced.totals().subtotal()
                + (rules.settings().cartDisplayIncludingTax() ? priced.totals().subtotalTax() : 0);
    }

    private CouponCheck check(List<CartInput.Line> lines, long displayed, Instant now, Cart cart, List<String> emails,
            List<Coupon> applied, Map<Long, Purchasable> products, int decimals) {
        List<String> lower = emails.stream().filter(e -> e != null && !e.isBlank())
                .map(e -> e.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        return new CouponCheck(lines, displayed, now, cart == null || cart.getUserId() == null ? 0 : cart.getUserId(),
                lower, applied.stream().map(Coupon::code).toList(), PricingInputs.productNames(products), Map.of(),
                decimals, catalog.storeDetails().currency()::format);
    }
}
