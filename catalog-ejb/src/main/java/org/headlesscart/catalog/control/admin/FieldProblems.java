package org.headlesscart.catalog.control.admin;

import java.util.LinkedHashMap;
import java.util.Map;


/** Collects what is wrong with a draft, field by field, so that all of it is reported at once and nothing written. */
final class FieldProblems {

    private final Map<String, String> problems = new LinkedHashMap<>();

    void add(String field, String message) {
        problems.putIfAbsent(field, message);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw AdminRefusal.invalidFields(problems);
        }
    }
}
