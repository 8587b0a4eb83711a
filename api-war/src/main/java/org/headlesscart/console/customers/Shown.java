package org.headlesscart.console.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the Customers pages write times and amounts. */
final class Shown {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Shown() {
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** Minor units as the amount with two decimals (the store's currencies have two). */
    static String money(long minor, String currency) {
        return BigDecimal.valueOf(minor, 2).toPlainString() + (currency == null ? "" : " " + currency);
    }
}
