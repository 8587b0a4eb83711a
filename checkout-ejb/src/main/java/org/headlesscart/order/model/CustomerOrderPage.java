package org.headlesscart.order.model;

import java.util.List;

/** One page of a customer's orders (My Account), with how many they have in all. */
public record CustomerOrderPage(List<OrderView> orders, long total, int page, int perPage) {

    public int totalPages() {
        return (int) ((total + perPage - 1) / perPage);
    }
}
