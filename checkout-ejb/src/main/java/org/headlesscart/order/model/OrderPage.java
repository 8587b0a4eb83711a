package org.headlesscart.order.model;

import java.util.List;

/** One page of the orders admin's list and how many orders match in all. */
public record OrderPage(List<AdminOrderView> orders, long total) {

    public OrderPage {
        orders = List.copyOf(orders);
    }
}
