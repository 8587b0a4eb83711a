package org.headlesscart.pricing.control.coupon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.headlesscart.pricing.entity.CouponUsedBy;
import org.headlesscart.pricing.entity.StoredCoupon;
import org.headlesscart.pricing.model.CouponQuery;

/** Coupons for the admin, in the caller's transaction. */
@ApplicationScoped
public class CouponStore {

    private static final List<String> LISTED = List.of("publish", "draft", "pending", "private");

    @PersistenceContext(unitName = "pricing")
    EntityManager em;

    public Optional<StoredCoupon> find(long id) {
        return Optional.ofNullable(em.find(StoredCoupon.class, id));
    }

    /** Locked for a write, so that two writes of one coupon do not interleave. */
    public Optional<StoredCoupon> lock(long id) {
        return Optional.ofNullable(em.find(StoredCoupon.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The coupons with these codes (lower-case), of any status, locked for a write in id order, so that two orders
     * counting uses of the same coupons wait for each other instead of deadlocking. Unknown codes are left out.
     */
    public List<StoredCoupon> lockByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Long> ids = em.createNamedQuery(StoredCoupon.IDS_BY_CODES, Long.class).setParameter("codes", codes)
                .getResultList().stream().sorted().toList();
        return ids.stream().map(id -> em.find(StoredCoupon.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(Objects::nonNull).toList();
    }

    /** The id of the coupon with {@code code} (lower-case), of any status. */
    public Optional<Long> idByCode(String code) {
        return em.createNamedQuery(StoredCoupon.BY_CODE, StoredCoupon.class).setParameter("code", code)
                .getResultList().stream().map(StoredCoupon::getId).findFirst();
    }

    public List<StoredCoupon> page(CouponQuery query) {
        String order = query.orderBy() + (query.ascending() ? ".ASC" : ".DESC");
        return em.createNamedQuery(StoredCoupon.PAGE + order, StoredCoupon.class)
                .setParameter("statuses", LISTED).setParameter("code", orEmpty(query.code()))
                .setParameter("search", like(query.search()))
                .setFirstResult((query.page() - 1) * query.perPage()).setMaxResults(query.perPage()).getResultList();
    }

    public long count(CouponQuery query) {
        return em.createNamedQuery(StoredCoupon.COUNT, Long.class).setParameter("statuses", LISTED)
                .setParameter("code", orEmpty(query.code())).setParameter("search", like(query.search()))
                .getSingleResult();
    }

    public void add(StoredCoupon coupon) {
        em.persist(coupon);
    }

    /**
     * Writes pending changes now (the id of a new coupon, for the answer): false when another coupon took the code
     * meanwhile, which the unique key refuses; the transaction is then to be rolled back.
     */
    public boolean flush() {
        try {
            em.flush();
            return true;
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                return false;
            }
            throw e;
        }
    }

    public void remove(StoredCoupon coupon) {
        em.remove(coupon);      // its used_by rows go with it (ON DELETE CASCADE)
    }

    /** The {@code used_by} entries of these coupons, each in the order of the uses. */
    public Map<Long, List<String>> usedBy(Collection<Long> couponIds) {
        return usedBy(em, couponIds);
    }

    /** {@link #usedBy(Collection)} through another entity manager (CouponLookup reads outside transactions). */
    static Map<Long, List<String>> usedBy(EntityManager reader, Collection<Long> couponIds) {
        if (couponIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> entries = new HashMap<>();
        reader.createNamedQuery(CouponUsedBy.OF_COUPONS, CouponUsedBy.class).setParameter("coupons", couponIds)
                .getResultList().forEach(row -> entries.computeIfAbsent(row.getCouponId(), id -> new ArrayList<>())
                        .add(row.getEntry()));
        return entries;
    }

    /** How many of a coupon's uses have one of these entries (a customer's id and e-mail). */
    public long usesBy(long couponId, Collection<String> entries) {
        return entries.isEmpty() ? 0 : em.createNamedQuery(CouponUsedBy.COUNT_OF, Long.class)
                .setParameter("coupon", couponId).setParameter("entries", entries).getSingleResult();
    }

    /** One more use; the caller holds the coupon's row lock. */
    public void addUse(long couponId, String entry) {
        em.persist(new CouponUsedBy(couponId, entry));
    }

    /** Takes back the last use with this entry, as WooCommerce deletes one {@code _used_by} row; none: nothing. */
    public void removeLastUse(long couponId, String entry) {
        em.createNamedQuery(CouponUsedBy.LAST_OF, CouponUsedBy.class).setParameter("coupon", couponId)
                .setParameter("entry", entry).setMaxResults(1).getResultList().forEach(em::remove);
    }

    private static String orEmpty(String code) {
        return code == null ? "" : CouponRows.normalizeCode(code);
    }

    private static String like(String search) {
        if (search == null || search.isBlank()) {
            return "";
        }
        String escaped = search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
