package org.headlesscart.customer.boundary;

import org.headlesscart.customer.model.AccountView;
import org.headlesscart.customer.model.ApiKeyView;

/** A key whose secret matched: the staff account it acts as, and what it may do. */
public record ApiKeyGrant(AccountView user, ApiKeyView key) {
}
