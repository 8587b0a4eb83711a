package org.headlesscart.cart.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.headlesscart.cart.boundary.CartAdminService.Status;
import org.headlesscart.cart.entity.Cart;
import org.junit.jupiter.api.Test;

/** A listed cart's status is the one whose ranges the status filter would find it under. */
class CartAdminStatusTest {

    static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void statusFollowsTheCartsOwnTimes() {
        assertEquals(Status.ACTIVE, CartAdminService.status(cart(NOW.plusSeconds(60), NOW.plusSeconds(120)), NOW));
        assertEquals(Status.ACTIVE, CartAdminService.status(cart(NOW, NOW.plusSeconds(120)), NOW),
                "expiring from its expiring time on, not at it");
        assertEquals(Status.EXPIRING, CartAdminService.status(cart(NOW.minusSeconds(1), NOW.plusSeconds(120)), NOW));
        assertEquals(Status.EXPIRING, CartAdminService.status(cart(NOW.minusSeconds(60), NOW), NOW),
                "expired only once its expiry has passed");
        assertEquals(Status.EXPIRED, CartAdminService.status(cart(NOW.minusSeconds(60), NOW.minusSeconds(1)), NOW));
    }

    private static Cart cart(Instant expiring, Instant expires) {
        return new Cart("t_key", NOW.minusSeconds(3600), expiring, expires);
    }
}
