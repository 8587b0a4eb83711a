package org.headlesscart.api.cocart.v2.cart;

import static org.headlesscart.api.cocart.v2.cart.CartSamples.FORMAT;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.cart;
import static org.headlesscart.api.cocart.v2.cart.CartSamples.tshirt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.headlesscart.cart.model.CartRef;
import org.headlesscart.cart.boundary.CartService;
import org.headlesscart.cart.model.CartStamp;
import org.headlesscart.cart.model.CartView;
import org.junit.jupiter.api.Test;

/** When a kept GET /cart answer is sent again, checked against the database first, or computed anew. */
class RenderedCartsTest {

    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    static final String KEY = "t_rendered";
    static final RenderedCarts.Shape SHAPE = new RenderedCarts.Shape(null, FORMAT);

    /** The cart service as the cache sees it: a stored cart whose version a test moves, and call counts. */
    static class FakeCarts extends CartService {

        CartStamp stored = new CartStamp(1, 1, 7);
        Instant validUntil = Instant.MAX;
        int views;
        int stamps;
        Runnable duringView = () -> { };

        @Override
        public CartView view(CartRef cart) {
            views++;
            CartStamp at = stored;
            duringView.run();
            long version = at == null ? 1 : at.version();
            CartView view = cart(cart.key(), "h" + version, List.of(tshirt((int) version)), List.of(), Map.of());
            return at == null ? view : view.stamped(at, validUntil);
        }

        @Override
        public Optional<CartStamp> stamp(CartRef cart) {
            stamps++;
            return Optional.ofNullable(stored);
        }
    }

    final FakeCarts carts = new FakeCarts();
    final RenderedCarts rendered = new RenderedCarts();

    RenderedCartsTest() {
        rendered.carts = carts;
        rendered.maxCarts = 100;
        rendered.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        fresh(Duration.ofMinutes(5));
    }

    void fresh(Duration freshness) {
        rendered.freshness = freshness;
        rendered.init();
    }

    /** The body as the tests render it: the version the view was computed at, and the line's quantity. */
    static final Function<CartView, byte[]> RENDER = view -> ("v" + (view.stamp() == null ? 0
            : view.stamp().version()) + " " + view.items().get(0).quantity()).getBytes(StandardCharsets.UTF_8);

    String get() {
        return get(SHAPE);
    }

    String get(RenderedCarts.Shape shape) {
        return new String(rendered.body(KEY, shape, RENDER), StandardCharsets.UTF_8);
    }

    @Test
    void aFreshAnswerIsSentAgainWithoutReadingTheDatabase() {
        String first = get();
        String again = get();

        assertEquals(first, again);
        assertEquals(1, carts.views);
        assertEquals(0, carts.stamps);
    }

    @Test
    void anAnswerOlderThanTheFreshnessIsCheckedAndSentWhenStillRight() {
        fresh(Duration.ZERO);
        get();

        get();
        get();

        assertEquals(1, carts.views);
        assertEquals(2, carts.stamps);
    }

    @Test
    void aWriteThroughAnotherInstanceIsSeenAtTheCheck() {
        fresh(Duration.ZERO);
        assertEquals("v1 1", get());

        carts.stored = new CartStamp(1, 2, 7);

        assertEquals("v2 2", get());
        assertEquals(2, carts.views);
    }

    @Test
    void aCatalogChangeElsewhereIsSeenAtTheCheck() {
        fresh(Duration.ZERO);
        get();

        carts.stored = new CartStamp(1, 1, 8);
        get();

        assertEquals(2, carts.views);
    }

    @Test
    void aCartDeletedAndCreatedAgainUnderItsKeyIsNotTakenForTheOld() {
        fresh(Duration.ZERO);
        get();

        carts.stored = new CartStamp(2, 1, 7);
        get();

        assertEquals(2, carts.views, "same version and revision, another row");
    }

    @Test
    void aWriteThroughThisInstanceIsSeenAtOnceEvenWhenFresh() {
        assertEquals("v1 1", get());

        carts.stored = new CartStamp(1, 2, 7);
        rendered.cartWritten(KEY);

        assertEquals("v2 2", get());
        assertEquals(0, carts.stamps);
    }

    @Test
    void otherWritesThroughThisInstanceDropEveryAnswer() {
        get();

        rendered.othersWritten();
        get();

        assertEquals(2, carts.views);
    }

    @Test
    void aReadDuringWhichTheCartWasWrittenKeepsNothing() {
        carts.duringView = () -> rendered.cartWritten(KEY);
        get();
        carts.duringView = () -> { };

        get();

        assertEquals(2, carts.views, "the first answer may show what the write replaced");
    }

    @Test
    void aReadDuringWhichTheCatalogWasWrittenKeepsNothing() {
        carts.duringView = rendered::othersWritten;
        get();
        carts.duringView = () -> { };

        get();

        assertEquals(2, carts.views);
    }

    @Test
    void anAnswerEndsAtTheNextSaleEdgeOfItsProducts() {
        carts.validUntil = NOW.plus(Duration.ofMinutes(1));
        get();
        get();
        assertEquals(1, carts.views);

        rendered.clock = Clock.fixed(NOW.plus(Duration.ofMinutes(1)), ZoneOffset.UTC);
        get();

        assertEquals(2, carts.views);
    }

    @Test
    void aViewThatCannotBeKeptIsComputedEveryTime() {
        carts.stored = null;

        get();
        get();

        assertEquals(2, carts.views);
    }

    @Test
    void shapesAreKeptApart() {
        RenderedCarts.Shape fields = new RenderedCarts.Shape("items", FORMAT);
        RenderedCarts.Shape noThumb = new RenderedCarts.Shape(null,
                new CartFormat(FORMAT.currency(), FORMAT.dimensionUnit(), FORMAT.placeholder(), false));

        get();
        get(fields);
        get(noThumb);
        get();
        get(fields);

        assertEquals(3, carts.views);
    }

    @Test
    void whenFullAllAnswersAreDroppedAndKeepingGoesOn() {
        rendered.maxCarts = 2;
        rendered.body("t_a", SHAPE, RENDER);
        rendered.body("t_b", SHAPE, RENDER);
        rendered.body("t_c", SHAPE, RENDER);        // full: a and b dropped

        rendered.body("t_c", SHAPE, RENDER);
        rendered.body("t_a", SHAPE, RENDER);

        assertEquals(4, carts.views);
    }

    @Test
    void theKeptBytesAreTheRenderedOnes() {
        byte[] first = rendered.body(KEY, SHAPE, RENDER);

        assertArrayEquals(first, rendered.body(KEY, SHAPE, RENDER));
    }
}
