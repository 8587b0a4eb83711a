package org.headlesscart.cart.boundary;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

import org.headlesscart.cart.control.Refusal;

/**
 * Turns the cart rules' refusals into the boundary's exception, in one place for every method of the cart
 * services; as an application exception with rollback it also undoes whatever the call had written. A refusal made
 * by one operation of a batch keeps that operation's index ({@link CartOperationException}).
 */
public class CartRefusals {

    @AroundInvoke
    Object translate(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (Refusal refusal) {
            throw exception(refusal);
        }
    }

    static CartException exception(Refusal refusal) {
        CartException e = new CartException(CartFailure.valueOf(refusal.reason().name()), refusal.getMessage(),
                refusal.params());
        return refusal.operation() == Refusal.NO_OPERATION ? e : new CartOperationException(refusal.operation(), e);
    }
}
