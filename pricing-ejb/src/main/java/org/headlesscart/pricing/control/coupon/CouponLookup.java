package org.headlesscart.pricing.control.coupon;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;

import org.headlesscart.pricing.entity.StoredCoupon;
import org.headlesscart.pricing.model.Coupon;

/**
 * Published coupons by code for carts, one statement for all asked codes. Runs outside any transaction, in an
 * entity manager of its own closed at once: a cart write calls it while it holds the cart row's lock and its two
 * connections, and a third connection held until that write commits could leave the pool empty for the requests
 * queued behind the lock (cart-ejb's persistence.xml). Its answers are kept per catalog revision (RulesCache).
 */
@ApplicationScoped
public class CouponLookup {

    @PersistenceUnit(unitName = "pricing")
    EntityManagerFactory factory;

    /** The published coupons among {@code codes} (lower-case); unknown codes are simply absent. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Coupon> published(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        try (EntityManager reader = factory.createEntityManager()) {
            List<StoredCoupon> rows = reader.createNamedQuery(StoredCoupon.PUBLISHED_BY_CODES, StoredCoupon.class)
                    .setParameter("codes", codes).setHint("org.hibernate.readOnly", true).getResultList();
            // A cart's checks read used_by only for a per-user limit; other coupons' uses are not read at all.
            Map<Long, List<String>> usedBy = CouponStore.usedBy(reader, rows.stream()
                    .filter(row -> row.getUsageLimitPerUser() > 0).map(StoredCoupon::getId).toList());
            return rows.stream().map(row -> CouponRows.coupon(row, usedBy.getOrDefault(row.getId(), List.of())))
                    .toList();
        }
    }
}
