package org.headlesscart.pricing.model;

import java.time.Instant;
import java.util.List;

/**
 * A coupon as the admin API shows it: the shared record plus what only the admin sees.
 *
 * @param status {@code publish}, {@code draft}, {@code pending}, {@code private} or {@code trash}
 * @param ids    the product and category lists in the order the admin gave them (the record's sets have none)
 */
public record CouponAdminView(Coupon coupon, String status, String description, Instant created, Instant modified,
        IdLists ids) {

    public record IdLists(List<Long> products, List<Long> excludedProducts, List<Long> categories,
            List<Long> excludedCategories) {
    }
}
