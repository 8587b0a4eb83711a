package org.headlesscart.customer.boundary;

import java.util.Locale;

import org.headlesscart.customer.model.AccountView;

/**
 * A login as {@link AccountService#lookUp} found it, before any password is checked. {@link #subject()} names what
 * it refers to: the account, whatever spelling the database matched (another letter case, trailing spaces, the
 * e-mail or billing phone instead of the username), so that a throttle counts the account's failures once; a login
 * that names no account is its own subject, lower-cased and without trailing spaces as the database compares, so
 * that guessing unknown names is counted too. The password hash never leaves the component.
 */
public final class LoginLookup {

    /** No login column is longer (e-mail, 100): a longer unknown login is counted by its first 100 characters. */
    static final int LONGEST_LOGIN = 100;

    private final String subject;
    private final AccountView account;
    private final String passwordHash;

    private LoginLookup(String subject, AccountView account, String passwordHash) {
        this.subject = subject;
        this.account = account;
        this.passwordHash = passwordHash;
    }

    static LoginLookup of(AccountView account, String passwordHash) {
        return new LoginLookup("account:" + account.id(), account, passwordHash);
    }

    /** A login that names no account; {@link AccountService#authenticate(LoginLookup, char[])} refuses it. */
    public static LoginLookup unknown(String login) {
        return new LoginLookup("login:" + normalised(login), null, null);
    }

    /**
     * As MariaDB's default collations compare: trailing spaces are padding (PAD SPACE) and case does not matter.
     * Accents are left alone: merging more spellings would only count more, and these logins name nobody.
     */
    static String normalised(String login) {
        int end = login.length();
        while (end > 0 && login.charAt(end - 1) == ' ') {
            end--;
        }
        return login.substring(0, Math.min(end, LONGEST_LOGIN)).toLowerCase(Locale.ROOT);
    }

    /** {@code account:<id>} for a login that names an account, else {@code login:<normalised login>}. */
    public String subject() {
        return subject;
    }

    /** Whether the login names an account. */
    public boolean found() {
        return account != null;
    }

    AccountView account() {
        return account;
    }

    String passwordHash() {
        return passwordHash;
    }

    @Override
    public String toString() {
        return "LoginLookup[" + subject + "]";
    }
}
