package org.headlesscart.pricing.model;

/**
 * The admin's coupon list: page (from 1) of {@code perPage}, coupons whose code or description contains
 * {@code search} (when not {@code null}), the one with {@code code} (when not {@code null}), newest first unless
 * {@code ascending}, trashed ones left out as WordPress's {@code any} status leaves them out.
 *
 * @param orderBy {@code date}, {@code id} or {@code code}
 */
public record CouponQuery(int page, int perPage, String search, String code, String orderBy, boolean ascending) {
}
