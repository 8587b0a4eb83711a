package org.headlesscart.console.catalog;

import java.io.Serializable;
import java.math.BigDecimal;

/** Prices as the catalog's admin API writes them: major units with the currency's decimals, {@code ""} for none. */
record Money(int decimals) implements Serializable {

    String format(Long minor) {
        return minor == null ? "" : BigDecimal.valueOf(minor, decimals).toPlainString();
    }
}
