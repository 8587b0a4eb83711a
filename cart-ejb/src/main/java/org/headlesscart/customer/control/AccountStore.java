package org.headlesscart.customer.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
}
