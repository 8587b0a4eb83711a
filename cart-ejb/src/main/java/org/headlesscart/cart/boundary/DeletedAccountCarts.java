package org.headlesscart.cart.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.headlesscart.cart.control.CartStore;
import org.headlesscart.customer.model.AccountDeleted;

/**
 * A deleted user's cart goes with their account, in the same transaction: it is keyed by their id
 * (docs/carts-and-identity.md), and the id must not name a leftover cart when a new account later gets the same
 * number.
 */
@ApplicationScoped
public class DeletedAccountCarts {

    @Inject
    CartStore store;

    void deleteCartOf(@Observes AccountDeleted deleted) {
        store.delete(String.valueOf(deleted.userId()));
    }
}
