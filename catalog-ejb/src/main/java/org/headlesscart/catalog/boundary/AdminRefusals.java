package org.headlesscart.catalog.boundary;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

import org.headlesscart.catalog.control.admin.AdminRefusal;

/**
 * Turns the admin writes' refusals into the catalog's exception at the boundary, in one place for every method of
 * the admin services; as an application exception with rollback, it also undoes whatever the call had written.
 */
public class AdminRefusals {

    @AroundInvoke
    Object translate(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (AdminRefusal refusal) {
            throw CatalogFailure.of(refusal);
        }
    }
}
