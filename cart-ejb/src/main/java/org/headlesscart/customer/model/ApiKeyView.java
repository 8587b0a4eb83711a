package org.headlesscart.customer.model;

import java.time.Instant;

/**
 * A REST API key as the admin API shows it: never its secret, and of its consumer key only the last 7 characters.
 * {@code lastAccess} is null until the key is first used, and is kept to the minute.
 */
public record ApiKeyView(long id, long userId, String description, ApiKeyPermissions permissions,
        String truncatedKey, Instant created, Instant lastAccess) implements java.io.Serializable {
}
