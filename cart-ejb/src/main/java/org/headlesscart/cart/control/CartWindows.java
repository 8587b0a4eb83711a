package org.headlesscart.cart.control;

import java.time.Instant;

/**
 * A cart's two times after a write or read at some moment (contract §6.4): from when it counts as expiring, and
 * when it expires. Guests and logged-in users have different windows (decision 7).
 */
public record CartWindows(Instant expiring, Instant expiration) {
}
