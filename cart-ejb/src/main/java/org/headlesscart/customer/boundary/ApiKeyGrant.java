package org.headlesscart.customer.boundary;

/** A key whose secret matched: the staff account it acts as, and what it may do. */
public record ApiKeyGrant(AccountView user, ApiKeyView key) {
}
