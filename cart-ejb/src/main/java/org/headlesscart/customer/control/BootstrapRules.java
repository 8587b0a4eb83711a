package org.headlesscart.customer.control;

import org.headlesscart.customer.model.ContactSyntax;

/**
 * What the first administrator's settings ({@code headlesscart.bootstrap.admin-email} and
 * {@code …admin-password}) must be: both set, an e-mail address as registration takes it (at most 100 characters),
 * and a password that passes the registration rule ({@link PasswordStrength}). The reasons never quote the password.
 */
public final class BootstrapRules {

    private BootstrapRules() {
    }

    /** Whether either setting is given: without both absent, something must be said. */
    public static boolean configured(String email, String password) {
        return !blank(email) || !blank(password);
    }

    /** Why the settings cannot make an administrator, for the log; null when they can. */
    public static String problem(String email, String password) {
        if (blank(email) || blank(password)) {
            return "both headlesscart.bootstrap.admin-email and headlesscart.bootstrap.admin-password must be set";
        }
        String address = email.strip();
        if (address.length() > 100 || !ContactSyntax.isEmail(address)) {
            return "headlesscart.bootstrap.admin-email is not a valid e-mail address of at most 100 characters";
        }
        String weakness = PasswordStrength.problem(password, null, address);
        return weakness == null ? null : "headlesscart.bootstrap.admin-password is too weak: " + weakness;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
