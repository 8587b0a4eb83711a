package org.headlesscart.cart.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CartItem;
import org.junit.jupiter.api.Test;

/** Issue 5 part 4, contract §6.3: a guest cart absorbed into a customer's. */
class CartMergeTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final Purchasable BEANIE = Products.simple(10, "Beanie").build();
    private static final Purchasable CAP = Products.simple(11, "Cap").build();
    private static final Purchasable POSTER = Products.simple(12, "Poster").managedStock(3).build();
    private static final Purchasable ALBUM = Products.simple(13, "Album").soldIndividually().build();
    private static final Purchasable GONE = Products.simple(14, "Gone").purchasable(false).build();
    private static final Purchasable EMPTY = Products.simple(15, "Empty").stock(Products.OUT_OF_STOCK).build();

    private final Map<Long, Purchasable> catalog = Products.byId(BEANIE, CAP, POSTER, ALBUM, GONE, EMPTY);
    private final LockedCart guest = new LockedCart(new Cart("t_guest", NOW, NOW, NOW), catalog, new Notices());
    private final LockedCart customer = new LockedCart(new Cart("2", NOW, NOW, NOW).ownedBy(2), catalog,
            new Notices());

    @Test
    void aGuestLineWinsOverTheCustomersLineWithTheSameItemKey() {
        String key = add(customer, BEANIE, "5");
        add(guest, BEANIE, "2");
        CartMerge.absorb(guest.cart(), customer);
        assertEquals(1, customer.cart().lines().size());
        assertEquals(key, customer.cart().lines().get(0).getItemKey());
        assertQuantity("2", customer.cart().lines().get(0));
        assertEquals(Map.of("notice", List.of("\u201cBeanie\u201d (quantity 2) from your guest cart replaced the one "
                + "in your cart.")), customer.notices().asMap());
    }

    @Test
    void theCustomersOtherLinesAreKeptAndTheGuestsAreAddedAfterThem() {
        add(customer, CAP, "1");
        add(guest, BEANIE, "2");
        CartMerge.absorb(guest.cart(), customer);
        List<CartItem> lines = customer.cart().lines();
        assertEquals(List.of(11L, 10L), lines.stream().map(CartItem::getProductId).toList());
        assertQuantity("1", lines.get(0));
        assertQuantity("2", lines.get(1));
        assertEquals(List.of("\u201cBeanie\u201d (quantity 2) from your guest cart was merged into your cart."),
                customer.notices().asMap().get("notice"));
    }

    @Test
    void stockCapsTheGuestsQuantityBesideTheCustomersOtherLinesOfTheProduct() {
        CartLines.add(customer, POSTER, Map.of(), Map.of("gift", "yes"), BigDecimal.ONE, null);
        guest.cart().addLine(identity(POSTER), new BigDecimal("3"), null);
        CartMerge.absorb(guest.cart(), customer);
        CartItem merged = customer.cart().item(ItemKeys.of(12, 0, Map.of(), Map.of())).orElseThrow();
        assertQuantity("2", merged);
        assertEquals(List.of("\u201cPoster\u201d (quantity 2) from your guest cart was merged into your cart; quantity "
                + "capped: there is not enough stock (3 remaining)."), customer.notices().asMap().get("notice"));
    }

    @Test
    void soldIndividuallyCapsAtOne() {
        guest.cart().addLine(identity(ALBUM), new BigDecimal("4"), null);
        CartMerge.absorb(guest.cart(), customer);
        assertQuantity("1", customer.cart().lines().get(0));
        assertTrue(customer.notices().asMap().get("notice").get(0).endsWith("quantity capped: it is sold individually."));
    }

    @Test
    void linesThatCannotBeBoughtAreDroppedWithAnError() {
        guest.cart().addLine(identity(GONE), BigDecimal.ONE, null);
        guest.cart().addLine(identity(EMPTY), BigDecimal.ONE, null);
        guest.cart().addLine(new CartItem.Identity(ItemKeys.of(99, 0, Map.of(), Map.of()), 99, 0, "[]", "[]"),
                BigDecimal.ONE, null);
        CartLines.add(customer, POSTER, Map.of(), Map.of("gift", "yes"), new BigDecimal("3"), null);
        guest.cart().addLine(identity(POSTER), BigDecimal.ONE, null);
        CartMerge.absorb(guest.cart(), customer);
        assertEquals(1, customer.cart().lines().size(), "only the customer's own poster line");
        assertEquals(List.of(
                "\u201cGone\u201d from your guest cart could not be merged: it can no longer be purchased.",
                "\u201cEmpty\u201d from your guest cart could not be merged: it is out of stock.",
                "\u201c#99\u201d from your guest cart could not be merged: it is no longer available.",
                "\u201cPoster\u201d from your guest cart could not be merged: there is not enough stock (3 remaining)."),
                customer.notices().asMap().get("error"));
    }

    @Test
    void removedGuestLinesStayBehindAndARemovedCustomerLineIsReplaced() {
        add(customer, BEANIE, "1");
        customer.cart().lines().get(0).markRemoved(true);
        add(guest, BEANIE, "2");
        add(guest, CAP, "1");
        guest.cart().item(ItemKeys.of(11, 0, Map.of(), Map.of())).orElseThrow().markRemoved(true);
        CartMerge.absorb(guest.cart(), customer);
        assertEquals(1, customer.cart().getItems().size());
        assertQuantity("2", customer.cart().lines().get(0));
    }

    @Test
    void theCapIsTheLowestRule() {
        assertEquals(new CartMerge.Cap(new BigDecimal("5"), null),
                CartMerge.cap(BEANIE, new BigDecimal("5"), BigDecimal.ZERO));
        assertEquals(0, BigDecimal.ZERO.compareTo(CartMerge.cap(POSTER, BigDecimal.ONE, new BigDecimal("3")).quantity()));
    }

    private static String add(LockedCart cart, Purchasable product, String quantity) {
        return CartLines.add(cart, product, Map.of(), Map.of(), new BigDecimal(quantity), null);
    }

    private static CartItem.Identity identity(Purchasable product) {
        return new CartItem.Identity(ItemKeys.of(product.id(), 0, Map.of(), Map.of()), product.id(), 0, "[]", "[]");
    }

    private static void assertQuantity(String expected, CartItem line) {
        assertEquals(0, new BigDecimal(expected).compareTo(line.getQuantity()), line.getItemKey());
    }
}
