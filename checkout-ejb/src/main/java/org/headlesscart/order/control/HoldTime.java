package org.headlesscart.order.control;

import java.time.Duration;
import java.util.Optional;

/**
 * How long an unpaid order holds its stock: {@code headlesscart.order.hold-stock-minutes} (WooCommerce's
 * {@code woocommerce_hold_stock_minutes}), or {@code headlesscart.order.hold-stock-seconds} when set, which tests
 * use for a hold of a few seconds. Zero or less: the hold never runs out.
 */
public final class HoldTime {

    private HoldTime() {
    }

    public static Optional<Duration> of(int minutes, Optional<Integer> seconds) {
        Duration hold = seconds.map(Duration::ofSeconds).orElse(Duration.ofMinutes(minutes));
        return hold.isNegative() || hold.isZero() ? Optional.empty() : Optional.of(hold);
    }
}
