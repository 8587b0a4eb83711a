package org.headlesscart.customer.control;

import java.util.Locale;
import java.util.Set;

/**
 * The rule a password a customer chooses must pass (COCART-PLUS §1.4, {@code register} and {@code my-account}): 8 to
 * 256 characters, three of the four classes (lower case, upper case, digit, other), not the username or the e-mail
 * (or its local part), and not a common password. "Common" is a short list of the words such passwords are made of;
 * a password is compared with digits and symbols read as the letters they stand for ({@code P@ssw0rd}) and with what
 * trails the word stripped ({@code Password123!}), since that is how the class rule is usually met.
 */
public final class PasswordStrength {

    public static final int MIN_LENGTH = DraftChecks.MIN_PASSWORD;
    public static final int MAX_LENGTH = DraftChecks.MAX_PASSWORD;
    private static final int CLASSES_NEEDED = 3;

    private static final Set<String> COMMON = Set.of("password", "passwort", "qwerty", "qwertyuiop", "asdfgh",
            "azerty", "letmein", "welcome", "iloveyou", "admin", "administrator", "abc", "abcd", "abcdef", "abcdefgh",
            "changeme", "monkey", "dragon", "football", "baseball", "sunshine", "princess", "master", "shadow",
            "superman", "batman", "trustno", "whatever", "starwars", "login", "secret", "summer", "winter", "spring",
            "autumn", "hello", "freedom", "michael", "charlie", "jennifer", "shop", "customer", "woocommerce",
            "wordpress", "cocart", "test", "guest", "user", "default");

    private PasswordStrength() {
    }

    /** Why the password is too weak, worded for the customer; null when it is strong enough. */
    public static String problem(String password, String username, String email) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return "The password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long.";
        }
        if (classes(password) < CLASSES_NEEDED) {
            return "The password must contain three of: lower-case letters, upper-case letters, digits, symbols.";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String emailLower = email == null ? "" : email.toLowerCase(Locale.ROOT);
        String local = emailLower.contains("@") ? emailLower.substring(0, emailLower.indexOf('@')) : emailLower;
        if (username != null && lower.equals(username.toLowerCase(Locale.ROOT)) || lower.equals(emailLower)
                || !local.isEmpty() && lower.equals(local)) {
            return "The password must not be your username or e-mail address.";
        }
        if (isCommon(lower)) {
            return "The password is too common. Please choose another.";
        }
        return null;
    }

    static int classes(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** The word left when leetspeak is read back and what trails it (digits, symbols) is dropped. */
    static boolean isCommon(String lower) {
        String word = lower.replace('0', 'o').replace('@', 'a').replace('4', 'a').replace('3', 'e')
                .replace('$', 's').replace('5', 's').replace('1', 'i').replace('!', 'i').replace('7', 't');
        String stripped = lower.replaceAll("[^a-z]+$", "");
        String strippedWord = word.replaceAll("[^a-z]+$", "");
        return COMMON.contains(lower) || COMMON.contains(word) || COMMON.contains(stripped)
                || COMMON.contains(strippedWord) || lower.chars().distinct().count() <= 2
                || "12345678".contains(lower.substring(0, Math.min(lower.length(), 8)));
    }
}
