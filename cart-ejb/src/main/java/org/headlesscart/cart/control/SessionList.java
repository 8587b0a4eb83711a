package org.headlesscart.cart.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.model.SessionSort;

/**
 * The carts in session as the sessions route and the console list them: a page and its count, filtered in the
 * database by status and e-mail, sorted by a whitelisted column. A criteria query rather than named ones: the order
 * is the caller's choice, and a named query per column and direction would be a dozen of them. A page is two
 * statements whatever its size: the carts, and the number of lines of all of them (never a query per cart).
 */
@Dependent
public class SessionList {

    /** A cart of the page and its number of lines (removed lines kept for restore not counted). */
    public record Row(Cart cart, long lines) {
    }

    @PersistenceContext(unitName = "cart")
    EntityManager em;

    /**
     * @param emailPart lower case, any characters (LIKE's wildcards are taken literally); null for every cart
     */
    public List<Row> page(CartStore.StatusRange status, String emailPart, SessionSort sort, boolean descending,
            int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Cart> select = cb.createQuery(Cart.class);
        Root<Cart> cart = select.from(Cart.class);
        Expression<?> key = switch (sort) {
            case ID -> cart.get("id");
            case CREATED -> cart.get("createdAt");
            case EXPIRY -> cart.get("expiresAt");
            case EMAIL -> cart.get("customer").get("billingEmail");
            case VALUE -> cart.get("totalMinor");
        };
        select.where(filters(cb, cart, status, emailPart))
                .orderBy(descending ? cb.desc(key) : cb.asc(key),
                        descending ? cb.desc(cart.get("id")) : cb.asc(cart.get("id")));
        List<Cart> carts = em.createQuery(select).setFirstResult(first).setMaxResults(max)
                .setHint("org.hibernate.readOnly", true).getResultList();
        Map<Long, Long> lines = lineCounts(carts.stream().map(Cart::getId).toList());
        return carts.stream().map(c -> new Row(c, lines.getOrDefault(c.getId(), 0L))).toList();
    }

    /** Lines per cart (removed lines kept for restore not counted): one statement for the whole page. */
    private Map<Long, Long> lineCounts(List<Long> ids) {
        Map<Long, Long> lines = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : em.createNamedQuery(Cart.LINE_COUNTS, Object[].class).setParameter("ids", ids)
                    .getResultList()) {
                lines.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
        }
        return lines;
    }

    public long count(CartStore.StatusRange status, String emailPart) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<Cart> cart = select.from(Cart.class);
        select.select(cb.count(cart)).where(filters(cb, cart, status, emailPart));
        return em.createQuery(select).getSingleResult();
    }

    /** The status's ranges as {@code Cart}'s status condition reads them (null bounds open), and the e-mail. */
    private static Predicate[] filters(CriteriaBuilder cb, Root<Cart> cart, CartStore.StatusRange status,
            String emailPart) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.greaterThanOrEqualTo(cart.get("expiresAt"), status.from()));
        if (status.to() != null) {
            where.add(cb.lessThan(cart.get("expiresAt"), status.to()));
        }
        if (status.expiringFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(cart.get("expiringAt"), status.expiringFrom()));
        }
        if (status.expiringTo() != null) {
            where.add(cb.lessThan(cart.get("expiringAt"), status.expiringTo()));
        }
        if (emailPart != null) {
            where.add(cb.like(cb.lower(cart.get("customer").get("billingEmail")),
                    "%" + escapeLike(emailPart) + "%", '!'));
        }
        return where.toArray(Predicate[]::new);
    }

    /** LIKE's wildcards taken literally, escaped with "!" (a backslash means something else in MariaDB strings). */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
