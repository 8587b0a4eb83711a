package org.headlesscart.console.access;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.headlesscart.customer.model.ApiKeyView;

/** A row of the API keys list: the key as the boundary shows it (never its secret) and its user's name. */
public record KeyRow(ApiKeyView key, String username) implements Serializable {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String getPermissions() {
        return switch (key.permissions()) {
            case READ -> "Read";
            case WRITE -> "Write";
            case READ_WRITE -> "Read/Write";
        };
    }

    public String getLastAccess() {
        return key.lastAccess() == null ? "Never" : when(key.lastAccess());
    }

    public String getCreated() {
        return when(key.created());
    }

    static String when(Instant instant) {
        return MINUTE.format(instant);
    }
}
