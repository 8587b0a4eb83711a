package org.headlesscart.customer.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.headlesscart.customer.model.CustomerQuery;
import org.headlesscart.customer.entity.Role;
import org.headlesscart.customer.entity.UserAccount;

/** Reads and writes user accounts through the cart unit's named queries. */
@ApplicationScoped
public class AccountStore {

    @PersistenceContext(unitName = "cart")
    EntityManager em;

    public boolean exists(long id) {
        return em.find(UserAccount.class, id) != null;
    }

    public long count() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
    }

    public long count(Role role) {
        return em.createNamedQuery(UserAccount.COUNT_BY_ROLE, Long.class).setParameter("role", role)
                .getSingleResult();
    }

    /** Whether an account has the role, read with a lock held until the transaction ends (see the query). */
    public boolean anyLocked(Role role) {
        return !em.createNamedQuery(UserAccount.BY_ROLE_LOCKED, UserAccount.class).setParameter("role", role)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Every account with the role, each locked until the transaction ends. With no index on the role InnoDB locks
     * every row it scans, so two such reads run one after the other: two administrators demoting each other at once
     * cannot both see the other one still there (StaffService). Role changes are rare; logins read without locks.
     */
    public List<UserAccount> allLocked(Role role) {
        return em.createNamedQuery(UserAccount.BY_ROLE_LOCKED, UserAccount.class).setParameter("role", role)
                .getResultList();
    }

    /** A page of the accounts with these roles, by username; addresses are not loaded. */
    public List<UserAccount> inRoles(Collection<Role> roles, int first, int max) {
        return em.createNamedQuery(UserAccount.IN_ROLES, UserAccount.class).setParameter("roles", roles)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countInRoles(Collection<Role> roles) {
        return em.createNamedQuery(UserAccount.COUNT_IN_ROLES, Long.class).setParameter("roles", roles)
                .getSingleResult();
    }

    /** The usernames of these ids in one query (ids without an account are left out). */
    public Map<Long, String> usernames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        for (Object[] row : em.createNamedQuery(UserAccount.USERNAMES, Object[].class).setParameter("ids", ids)
                .getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    /** By username, then e-mail, then billing phone: the first that matches wins, as in CoCart. */
    public Optional<UserAccount> findByLogin(String login) {
        return first(UserAccount.BY_USERNAME, login)
                .or(() -> first(UserAccount.BY_EMAIL, login))
                .or(() -> first(UserAccount.BY_BILLING_PHONE, login));
    }

    public Optional<UserAccount> findById(long id) {
        return em.createNamedQuery(UserAccount.BY_ID, UserAccount.class).setParameter("id", id)
                .getResultList().stream().findFirst();
    }

    private Optional<UserAccount> first(String query, String login) {
        // No setMaxResults: with a collection fetch it would page in memory; a login matches one account or a few.
        return em.createNamedQuery(query, UserAccount.class).setParameter("login", login)
                .getResultList().stream().findFirst();
    }

    public UserAccount add(UserAccount account) {
        em.persist(account);
        return account;
    }

    /** The account, locked until the transaction ends, so two admins' changes apply one after the other. */
    public Optional<UserAccount> findForUpdate(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Whether an account other than {@code exceptId} has this e-mail (or username); the unique keys decide races. */
    public boolean emailTaken(String email, long exceptId) {
        return em.createNamedQuery(UserAccount.EMAIL_TAKEN, Long.class).setParameter("email", email)
                .setParameter("id", exceptId).getSingleResult() > 0;
    }

    public boolean usernameTaken(String username, long exceptId) {
        return em.createNamedQuery(UserAccount.USERNAME_TAKEN, Long.class).setParameter("username", username)
                .setParameter("id", exceptId).getSingleResult() > 0;
    }

    /** Writes pending changes now, so that a unique key that another request took fails here, not at commit. */
    public void flush() {
        em.flush();
    }

    public void remove(UserAccount account) {
        em.remove(account);
    }

    /**
     * One page of accounts. A criteria query rather than a named one: the filters and the order are the caller's
     * choice, and a named query per combination would be a dozen of them.
     */
    public List<UserAccount> page(CustomerQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<UserAccount> select = cb.createQuery(UserAccount.class);
        Root<UserAccount> user = select.from(UserAccount.class);
        Expression<?> key = switch (query.orderBy()) {
            case ID, REGISTERED_DATE -> user.get("id");    // ids grow with registration
            case NAME -> user.get("username");
        };
        select.where(filters(cb, user, query))
                .orderBy(query.descending() ? cb.desc(key) : cb.asc(key), cb.asc(user.get("id")));
        return em.createQuery(select).setFirstResult((query.page() - 1) * query.perPage())
                .setMaxResults(query.perPage()).getResultList();
    }

    public long count(CustomerQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<UserAccount> user = select.from(UserAccount.class);
        select.select(cb.count(user)).where(filters(cb, user, query));
        return em.createQuery(select).getSingleResult();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<UserAccount> user, CustomerQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.role() != null) {
            where.add(cb.equal(user.get("role"), Role.ofWireName(query.role())));
        }
        if (query.email() != null) {
            where.add(cb.equal(user.get("email"), query.email()));
        }
        if (query.search() != null) {
            String pattern = "%" + escapeLike(query.search().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(
                    cb.like(cb.lower(user.get("username")), pattern, '!'),
                    cb.like(cb.lower(user.get("email")), pattern, '!'),
                    cb.like(cb.lower(user.get("firstName")), pattern, '!'),
                    cb.like(cb.lower(user.get("lastName")), pattern, '!')));
        }
        return where.toArray(Predicate[]::new);
    }

    /** LIKE's wildcards taken literally, escaped with "!" (a backslash means something else in MariaDB strings). */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
