package org.headlesscart.console.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.headlesscart.customer.model.NewApiKey;

/**
 * A key just made, for the one response that shows its consumer key and secret. Request scoped on purpose: the
 * halves are not kept in the view (which lives in the session) and cannot be shown again, as WooCommerce shows them
 * once. Never logged ({@link NewApiKey#toString()} leaves them out).
 */
@Named("createdKey")
@RequestScoped
public class CreatedKey {

    private NewApiKey key;

    void set(NewApiKey key) {
        this.key = key;
    }

    public boolean isPresent() {
        return key != null;
    }

    public NewApiKey getKey() {
        return key;
    }
}
