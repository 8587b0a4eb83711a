package org.headlesscart.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks routes for administrators alone, not shop managers (the REST API keys: a shop manager does not manage
 * keys); {@link AdministratorOnlyFilter} lets them through. Not {@link StaffOnly}, so that no REST API key opens
 * them: a leaked key could otherwise make itself a successor that outlives its revocation.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdministratorOnly {
}
