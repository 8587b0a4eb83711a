package org.headlesscart.cart.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notices one request produces (contract §3: type to messages). They are never stored: each response carries
 * the notices of its own request, so a notice is shown exactly once, and a GET has nothing to consume (it never
 * writes).
 */
public final class Notices {

    private final Map<String, List<String>> byType = new LinkedHashMap<>();

    public void success(String message) {
        add("success", message);
    }

    public void error(String message) {
        add("error", message);
    }

    public void notice(String message) {
        add("notice", message);
    }

    public void add(String type, String message) {
        byType.computeIfAbsent(type, t -> new ArrayList<>()).add(message);
    }

    public boolean hasErrors() {
        return byType.containsKey("error");
    }

    public Map<String, List<String>> asMap() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byType.forEach((type, messages) -> copy.put(type, List.copyOf(messages)));
        return copy;
    }
}
