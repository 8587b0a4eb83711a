package org.headlesscart.api.cocart.v2.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.headlesscart.catalog.model.CurrencyView;
import org.headlesscart.catalog.model.StoreView;

/**
 * Money and dates as My Account shows them, with the store's settings: WooCommerce's {@code wc_price} as plain text
 * ("$1,254.00": symbol and position, separators, decimals) and WordPress's date formats in the store's time zone
 * ({@code F j, Y} "March 12, 2026"; with {@code g:i a} "March 12, 2026, 2:45 pm").
 */
final class StoreFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final CurrencyView currency;
    private final ZoneId zone;

    StoreFormat(StoreView store) {
        this.currency = store.currency();
        this.zone = ZoneId.of(store.timezone());
    }

    String price(long minor) {
        return currency.format(minor);
    }

    /** "March 12, 2026". */
    String date(Instant instant) {
        return DATE.format(instant.atZone(zone));
    }

    /** "March 12, 2026, 2:45 pm". */
    String dateTime(Instant instant) {
        var local = instant.atZone(zone);
        String time = TIME.format(local).toLowerCase(Locale.ROOT);
        return DATE.format(local) + ", " + (time.startsWith("0") ? time.substring(1) : time);
    }

    /** WooCommerce's REST dates: store time, to the second, without offset ("2026-03-12T14:45:00"). */
    String iso(Instant instant) {
        return ISO.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }
}
