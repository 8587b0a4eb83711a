package org.headlesscart.customer.model;

import java.time.Instant;

/**
 * A staff account (administrator or shop manager) as the console lists it: never the password or its hash.
 * {@code version} is what a form sends back, so a change made meanwhile is noticed (stale form).
 */
public record StaffView(long id, String username, String email, String firstName, String lastName, String role,
        Instant created, long version) implements java.io.Serializable {
}
