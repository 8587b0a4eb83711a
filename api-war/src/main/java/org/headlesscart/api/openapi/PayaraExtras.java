package org.headlesscart.api.openapi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Payara 6's document model carries a map of the deployed paths, {@code endpoints}, which it writes as a
 * top-level member; OpenAPI allows no such member (Payara 7 renames it {@code x-endpoints}, an extension). The
 * model interface has no way to reach it, so it is emptied through the implementation's public setter, found by
 * name: Payara's writer leaves empty members out. On a runtime without it there is nothing to do.
 */
final class PayaraExtras {

    private PayaraExtras() {
    }

    static void remove(OpenAPI openAPI) {
        Method setter;
        try {
            setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
        } catch (NoSuchMethodException notPayara6) {
            return;
        }
        try {
            setter.invoke(openAPI, new TreeMap<String, Object>());
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot remove Payara's endpoints from the OpenAPI document", e);
        }
    }
}
