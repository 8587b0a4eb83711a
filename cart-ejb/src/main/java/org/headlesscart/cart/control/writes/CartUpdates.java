package org.headlesscart.cart.control.writes;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.headlesscart.cart.control.Refusal;

import org.headlesscart.cart.model.CartUpdateCallback;

/**
 * The namespaces of {@code POST /cart/update}: every CDI bean implementing {@link CartUpdateCallback}, the two
 * built-ins included. A namespace registered twice is a deployment mistake; the first one found wins.
 */
@Dependent
public class CartUpdates {

    @Inject
    @Any
    Instance<CartUpdateCallback> callbacks;

    /** The callback of a namespace, refused with CoCart's error when none is registered under it. */
    CartUpdateCallback callback(String namespace) {
        String name = namespace == null ? "" : namespace;
        for (CartUpdateCallback callback : callbacks) {
            if (callback.namespace().equals(name)) {
                return callback;
            }
        }
        throw new Refusal(Refusal.Reason.UPDATE_NO_NAMESPACE, "There is no such namespace registered: " + name + ".");
    }
}
