package org.headlesscart.order.model;

import java.util.List;

/** An order as the orders admin shows it: with its refunds (oldest first) and whether it is in the trash. */
public record AdminOrderView(OrderView order, List<RefundView> refunds, boolean trashed) {

    public AdminOrderView {
        refunds = List.copyOf(refunds);
    }
}
