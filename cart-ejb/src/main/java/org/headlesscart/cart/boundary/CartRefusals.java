package org.headlesscart.cart.boundary;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

import org.headlesscart.cart.control.Refusal;

/**
 * Turns the cart rules' refusals into the boundary's exception, in one place for every method of the cart
 * service; as an application exception with rollback it also undoes whatever the call had written.
 */
public class CartRefusals {

    @AroundInvoke
    Object translate(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (Refusal refusal) {
            throw new CartException(CartFailure.valueOf(refusal.reason().name()), refusal.getMessage(), null);
        }
    }
}
