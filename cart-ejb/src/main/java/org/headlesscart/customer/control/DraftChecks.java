package org.headlesscart.customer.control;

import java.util.LinkedHashMap;
import java.util.Map;

import org.headlesscart.customer.model.CustomerAddressRules;
import org.headlesscart.customer.model.CustomerDraft;
import org.headlesscart.customer.entity.Address;
import org.headlesscart.customer.entity.UserAccount;

/**
 * The checks of an admin's customer draft that are about single fields: names, addresses (the same rules as the
 * cart's {@code update-customer} callback), the password's length. Each problem is keyed by the request's top-level
 * field ({@code billing}, not {@code billing[city]}), as WordPress reports {@code rest_invalid_param}.
 */
public final class DraftChecks {

    /** Long enough to resist guessing with throttled logins; the cap bounds the work one hash costs. */
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 256;
    private static final int MAX_NAME = 100;

    private DraftChecks() {
    }

    /** @param stored the account as it is now, or null for a new one */
    public static Map<String, String> problems(CustomerDraft draft, UserAccount stored) {
        Map<String, String> problems = new LinkedHashMap<>();
        name("first_name", draft.firstName(), problems);
        name("last_name", draft.lastName(), problems);
        address(UserAccount.BILLING, draft.billing(), stored, problems);
        address(UserAccount.SHIPPING, draft.shipping(), stored, problems);
        problems.putAll(passwordProblems(draft.password()));
        return problems;
    }

    /** The password's problem, keyed {@code password}; none for a good password or none sent (null). */
    public static Map<String, String> passwordProblems(String password) {
        return password == null || password.length() >= MIN_PASSWORD && password.length() <= MAX_PASSWORD ? Map.of()
                : Map.of("password", "password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long.");
    }

    private static void name(String field, String value, Map<String, String> problems) {
        if (value != null && (value.length() > MAX_NAME || value.chars().anyMatch(Character::isISOControl))) {
            problems.put(field, field + " must be at most " + MAX_NAME + " characters, without control characters.");
        }
    }

    private static void address(String kind, Map<String, String> changes, UserAccount stored,
            Map<String, String> problems) {
        if (changes == null || changes.isEmpty()) {
            return;
        }
        Address current = stored == null ? null : stored.getAddresses().get(kind);
        Map<String, String> found = CustomerAddressRules.problems(prefixed(kind, changes),
                current == null ? Map.of() : prefixed(kind, current.restFields(true)));
        if (!found.isEmpty()) {
            problems.put(kind, String.join(" ", found.values()));
        }
    }

    private static Map<String, String> prefixed(String kind, Map<String, String> fields) {
        Map<String, String> prefixed = new LinkedHashMap<>();
        fields.forEach((name, value) -> prefixed.put(kind + "_" + name, value));
        return prefixed;
    }
}
