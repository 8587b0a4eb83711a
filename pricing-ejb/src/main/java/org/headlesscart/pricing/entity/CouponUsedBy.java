package org.headlesscart.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One placed order's entry in a coupon's {@code used_by} (WooCommerce's {@code _used_by} meta row): the customer's
 * user id, else the billing e-mail in lower case. Rows, not one text value, so that counting a use writes one row
 * whatever the coupon's popularity.
 */
@Entity
@Table(name = "coupon_used_by")
@NamedQuery(name = CouponUsedBy.OF_COUPONS, query = "SELECT u FROM CouponUsedBy u WHERE u.couponId IN :coupons"
        + " ORDER BY u.id")
@NamedQuery(name = CouponUsedBy.COUNT_OF, query = "SELECT COUNT(u) FROM CouponUsedBy u WHERE u.couponId = :coupon"
        + " AND u.entry IN :entries")
@NamedQuery(name = CouponUsedBy.LAST_OF, query = "SELECT u FROM CouponUsedBy u WHERE u.couponId = :coupon"
        + " AND u.entry = :entry ORDER BY u.id DESC")
public class CouponUsedBy {

    public static final String OF_COUPONS = "CouponUsedBy.ofCoupons";
    public static final String COUNT_OF = "CouponUsedBy.countOf";
    public static final String LAST_OF = "CouponUsedBy.lastOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coupon_id", nullable = false)
    private long couponId;

    @Column(name = "entry", nullable = false, length = 254)
    private String entry;

    protected CouponUsedBy() {
    }

    public CouponUsedBy(long couponId, String entry) {
        this.couponId = couponId;
        this.entry = entry;
    }

    public long getCouponId() { return couponId; }
    public String getEntry() { return entry; }
}
