package org.headlesscart.api.cocart.v2.cart;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.cart.boundary.CartService;
import org.headlesscart.cart.model.CartStamp;
import org.headlesscart.cart.model.CartTags;
import org.headlesscart.cart.model.CartRef;
import org.headlesscart.cart.model.CartView;

/**
 * {@code GET /cart} answers kept as the bytes sent, and sent again while they still show the cart. Computing a cart
 * means its lines, the catalog, re-validation, totals and a few kilobytes of JSON, and a storefront reads its cart
 * far more often than it changes it. An answer is kept per cart key and request shape ({@code fields},
 * {@code thumb}, store currency, base URL) and is right while:
 * <ul>
 * <li>the cart and the catalog are unchanged. Every write through this instance drops what it may have changed at
 *     once ({@link RenderedCartsInvalidation}): a cart write that cart's answers, any other write all of them. A
 *     write through another instance, or the expiry cleanup, is seen at the next check against the database:
 *     an answer checked more than {@code headlesscart.api.rendered-cart-freshness} ago (default {@code PT1S}) is
 *     checked again before it is sent ({@link CartService#stamp}: the cart's row and version, the catalog
 *     revision; two primary-key reads). {@code PT0S} checks before every send.</li>
 * <li>no sale window of its products has opened or closed since ({@link CartView#validUntil()}).</li>
 * </ul>
 * The headers are not kept: they are made per request from the key, exactly as for a computed cart. A read writes
 * nothing, but a check against the database renews the stored times of a cart past its "expiring" time, as a
 * computed read does (docs/carts-and-identity.md). At most {@code headlesscart.api.rendered-cart-cache-size} carts (default 4096) have
 * answers kept; all are dropped when that many are, as a rebuild costs one ordinary read; 0 switches keeping off.
 */
@ApplicationScoped
public class RenderedCarts {

    /** What shapes the body besides the cart. */
    record Shape(String fields, CartFormat format) {
    }

    /** @param checkedAt {@link System#nanoTime()} when the stamp was last known current */
    record Kept(CartStamp stamp, Instant validUntil, long checkedAt, byte[] body) {
    }

    /** One cart's kept answers, and when this instance last wrote it. */
    static final class Answers {
        final String key;
        volatile long writtenAt = System.nanoTime();
        final ConcurrentMap<Shape, Kept> byShape = new ConcurrentHashMap<>();

        Answers(String key) {
            this.key = key;
        }
    }

    @EJB
    CartService carts;

    @Inject
    @ConfigProperty(name = "headlesscart.api.rendered-cart-cache-size", defaultValue = "4096")
    int maxCarts;

    @Inject
    @ConfigProperty(name = "headlesscart.api.rendered-cart-freshness", defaultValue = "PT1S")
    Duration freshness;

    Clock clock = Clock.systemUTC();

    private long freshnessNanos;
    private final ConcurrentMap<String, Answers> answers = new ConcurrentHashMap<>();
    private volatile long othersWrittenAt = System.nanoTime();

    @PostConstruct
    void init() {
        freshnessNanos = freshness.toNanos();
    }

    /**
     * The answer to GET /cart for this call: kept bytes while they are right, else the cart computed; with the
     * cart's strong {@code ETag} when it is stored (docs/conditional-writes.md). A failed
     * {@code If-Match} answers 412 {@code cocart_cart_modified}, a failed {@code If-None-Match} 304 without a body
     * (RFC 9110 §13.2.2: If-Match first). With a kept answer that is fresh, neither computes the cart.
     */
    Response cart(CartCall call) {
        // A logged-in user's answer depends on who asks (their own cart, a guest cart merged in), not only on the
        // key: it is computed each time.
        Kept answer;
        if (maxCarts <= 0 || call.key() == null || call.authenticated()) {
            CartView view = call.view(carts);
            answer = new Kept(view.stamp(), view.validUntil(), 0, call.responses().render(view));
        } else {
            CartResponses responses = call.responses();
            answer = answer(call.key(), new Shape(responses.fieldsAsked(), responses.format()), responses::render);
        }
        String tag = answer.stamp() == null ? null : CartTags.of(answer.stamp(), answer.validUntil());
        if (!EntityTags.ifMatchHolds(call.header("If-Match"), tag)) {
            return ConditionalCartWrites.modified(answer.body(), tag, "The cart has changed since it was read: data.cart is "
                    + "the cart now.");
        }
        if (EntityTags.noneMatchFails(call.header("If-None-Match"), tag)) {
            return Response.notModified().header("ETag", EntityTags.quoted(tag)).build();
        }
        Response ok = call.responses().cartBody(answer.body());
        return tag == null ? ok : Response.fromResponse(ok).header("ETag", EntityTags.quoted(tag)).build();
    }

    /** The body for the cart under the key in this shape: kept while right, else rendered from the view now. */
    byte[] body(String key, Shape shape, Function<CartView, byte[]> render) {
        return answer(key, shape, render).body();
    }

    /**
     * The answer for the cart under the key in this shape, with the stamp and end of what it shows (a {@code null}
     * stamp when it cannot be kept): kept while right, else rendered from the view now.
     */
    Kept answer(String key, Shape shape, Function<CartView, byte[]> render) {
        Answers cart = answersOf(key);                  // before anything is read: see keep
        long started = System.nanoTime();
        Kept kept = cart.byShape.get(shape);
        if (kept != null && clock.instant().isBefore(kept.validUntil())) {
            if (started - kept.checkedAt() < freshnessNanos && unwrittenSince(cart, kept.checkedAt())) {
                return kept;
            }
            Optional<CartStamp> now = carts.stamp(CartRef.guest(key));
            if (now.isPresent() && now.get().equals(kept.stamp())) {
                Kept checked = new Kept(kept.stamp(), kept.validUntil(), started, kept.body());
                keep(cart, shape, checked, started);
                return checked;
            }
        }
        CartView view = carts.view(CartRef.guest(key));
        byte[] body = render.apply(view);
        Kept computed = new Kept(view.stamp(), view.validUntil(), started, body);
        if (view.stamp() != null) {
            keep(cart, shape, computed, started);
        } else {
            cart.byShape.remove(shape);
        }
        return computed;
    }

    /**
     * A write through this instance to the cart under the key has ended: its answers are dropped. Public for the
     * writers that are not API routes (the hosted checkout pages), whose writes the API's write filter never sees.
     */
    public void cartWritten(String key) {
        Answers cart = answers.get(key);
        if (cart != null) {
            cart.writtenAt = System.nanoTime();
            cart.byShape.clear();
        }
    }

    /** Some other write through this instance has ended (the catalog, a batch): every answer is dropped. */
    void othersWritten() {
        othersWrittenAt = System.nanoTime();
        answers.clear();
    }

    // A read that started before a write ended may have read what the write replaced: it keeps nothing. The cart's
    // Answers exist before the read starts, so a write that ends during the read finds them and marks them.
    private void keep(Answers cart, Shape shape, Kept answer, long started) {
        if (unwrittenSince(cart, started) && answers.get(cart.key) == cart) {
            cart.byShape.put(shape, answer);
        }
    }

    private boolean unwrittenSince(Answers cart, long since) {
        return cart.writtenAt - since < 0 && othersWrittenAt - since < 0;
    }

    private Answers answersOf(String key) {
        Answers cart = answers.get(key);
        if (cart != null) {
            return cart;
        }
        if (answers.size() >= maxCarts) {
            answers.clear();
        }
        return answers.computeIfAbsent(key, Answers::new);
    }
}
