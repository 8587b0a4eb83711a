package org.headlesscart.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks resources and methods that only the store operator may call: {@link OperatorOnlyFilter} refuses every
 * other request with 401 before the method runs. A stand-in until real authentication (accounts and roles)
 * lands; admin routes use it so that the switch is one place.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OperatorOnly {
}
