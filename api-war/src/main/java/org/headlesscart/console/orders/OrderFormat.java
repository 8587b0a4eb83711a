package org.headlesscart.console.orders;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.headlesscart.catalog.model.StoreView;

/**
 * How the orders pages write money and times: the currency's decimals and code, the store's zone (as the wc/v3
 * answers write local dates); filter days start at midnight in that zone.
 */
record OrderFormat(int decimals, String currency, ZoneId zone) implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static OrderFormat of(StoreView store) {
        return new OrderFormat(store.currency().minorUnit(), store.currency().code(), ZoneId.of(store.timezone()));
    }

    String money(long minor) {
        return BigDecimal.valueOf(minor, decimals).toPlainString() + " " + currency;
    }

    BigDecimal major(long minor) {
        return BigDecimal.valueOf(minor, decimals);
    }

    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }
}
