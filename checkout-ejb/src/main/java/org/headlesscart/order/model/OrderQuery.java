package org.headlesscart.order.model;

import java.time.Instant;
import java.util.List;

/**
 * A page of the orders admin's list ({@code wc/v3/orders}), WooCommerce's filters. Null filters filter nothing.
 *
 * @param statuses  the statuses to list; empty for {@code any} (every status but the trash)
 * @param trash     list the trashed orders instead (status {@code trash})
 * @param product   orders with a line of this product or variation
 * @param search    in the number, names, e-mail, addresses and line names
 * @param include   only these ids; empty for no restriction
 * @param exclude   not these ids
 * @param orderBy   {@code date}, {@code id}, {@code modified} or {@code include} (the order of {@code include})
 */
public record OrderQuery(int page, int perPage, List<OrderStatus> statuses, boolean trash, Long customer,
        Long product, Instant after, Instant before, Instant modifiedAfter, Instant modifiedBefore, String search,
        List<Long> include, List<Long> exclude, String orderBy, boolean ascending) {

    public OrderQuery {
        statuses = List.copyOf(statuses);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }
}
