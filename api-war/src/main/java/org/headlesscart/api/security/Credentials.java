package org.headlesscart.api.security;

/**
 * What a request presents as a login and password, before anything is checked (contract §7.1): nothing (an
 * anonymous request), something incomplete (only one of login and password, or a malformed Basic header), both, or
 * a WooCommerce REST API key.
 */
public sealed interface Credentials {

    Credentials NONE = new None();
    Credentials INCOMPLETE = new Incomplete();

    /** No credentials at all: anonymous, not an error. */
    record None() implements Credentials {
    }

    /** Only one of login and password, or a Basic header that is not {@code Basic <base64 of login:password>}. */
    record Incomplete() implements Credentials {
    }

    /** A login (username, e-mail or billing phone) and a password; {@code toString} never shows the password. */
    record LoginPassword(String login, String password) implements Credentials {

        @Override
        public String toString() {
            return "LoginPassword[login=" + login + "]";
        }
    }

    /**
     * A WooCommerce REST API key: from Basic ({@code ck_…:cs_…}) or from the {@code consumer_key} and
     * {@code consumer_secret} query parameters, where a missing half is empty (and fails as a wrong one would).
     * {@code toString} never shows the secret.
     */
    record ApiKey(String consumerKey, String consumerSecret) implements Credentials {

        @Override
        public String toString() {
            return "ApiKey[consumerKey=…" + consumerKey.substring(Math.max(0, consumerKey.length() - 7)) + "]";
        }
    }

    /** From two optional values, as the {@code username} and {@code password} parameters: empty counts as absent. */
    static Credentials of(String login, String password) {
        boolean hasLogin = login != null && !login.isEmpty();
        boolean hasPassword = password != null && !password.isEmpty();
        if (hasLogin && hasPassword) {
            return new LoginPassword(login, password);
        }
        return hasLogin || hasPassword ? INCOMPLETE : NONE;
    }
}
