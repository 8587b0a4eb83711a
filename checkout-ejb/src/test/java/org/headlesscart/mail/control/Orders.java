package org.headlesscart.mail.control;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.headlesscart.catalog.model.CurrencyView;
import org.headlesscart.catalog.model.StoreView;
import org.headlesscart.order.model.OrderAddress;
import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderStatus;
import org.headlesscart.order.model.OrderTotals;
import org.headlesscart.order.model.OrderView;

/** Orders and stores built for the rendering tests, as the order component would hand them out. */
final class Orders {

    static final CurrencyView DOLLARS = new CurrencyView("USD", "$", "left", 2, ".", ",");
    static final CurrencyView EUROS = new CurrencyView("EUR", "\u20ac", "right_space", 2, ",", ".");

    private Orders() {
    }

    static StoreView store(String title, CurrencyView currency, String homeUrl) {
        return new StoreView(title, "", Optional.ofNullable(homeUrl), "en_US", java.math.BigDecimal.ZERO, "UTC",
                new StoreView.Address("1 Main St", "", "Portland", "US:OR", "97201"), currency, "kg", "cm");
    }

    static OrderAddress billing(String first, String last, String email) {
        return new OrderAddress(first, last, "", "12 Elm Street", "", "Portland", "OR", "97201", "US", email,
                "555-0100");
    }

    /**
     * Order 1234 (number "1234"), processing, paid by cash on delivery: two T-shirts at $1,000.25 and a cap at
     * $5.00, flat-rate shipping $5.00, a $2.00 discount, $3.50 tax, total $2,016.00.
     */
    static OrderView order(OrderAddress billing, String firstLineName, String note) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("Size", "L");
        meta.put("_reduced_stock", "2");
        List<OrderLines.Product> lines = List.of(
                new OrderLines.Product(1, 10, 0, firstLineName, "TS-1", 2, "", 100025, 200050, 0, 200050, 0,
                        Map.of(), meta, "", 0, 0),
                new OrderLines.Product(2, 11, 0, "Cap", "CAP", 1, "", 500, 500, 0, 500, 0, Map.of(), Map.of(),
                        "", 0, 0));
        List<OrderLines.Shipping> shipping = List.of(new OrderLines.Shipping(1, "flat_rate:1", "flat_rate", 1,
                "Flat rate", 500, 0, Map.of(), "T-Shirt &times; 2, Cap &times; 1"));
        List<OrderLines.Tax> taxes = List.of(new OrderLines.Tax(1, 7, "US-OR-TAX-1", "Tax", false, 350, 0, "1.0"));
        OrderTotals totals = new OrderTotals(201050, 0, 200, 0, 500, 0, 0, 0, 350, 350, 201600, 0);
        Instant now = Instant.parse("2026-12-05T10:00:00Z");
        return new OrderView(1234, "1234", "wc_order_AbCdEfGhIjKlM", OrderStatus.PROCESSING, "USD", false, 0,
                "checkout", "t_key", "hash", billing, billing, "cod", "Cash on delivery", "", note, "127.0.0.1",
                "test", totals, lines, shipping, List.of(), List.of(), taxes, "reduced", null, now, now, now, null,
                0);
    }

    static OrderView order() {
        return order(billing("Ann", "Lee", "ann@example.com"), "T-Shirt", "");
    }
}
