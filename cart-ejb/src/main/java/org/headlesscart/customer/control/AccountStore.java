package org.headlesscart.customer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.customer.entity.UserAccount;

/** Reads and writes user accounts through the cart unit's named queries. */
@ApplicationScoped
public class AccountStore {

    @PersistenceContext(unitName = "cart")
    EntityManager em;

    public long count() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
    }

    public UserAccount add(UserAccount account) {
        em.persist(account);
        return account;
    }
}
