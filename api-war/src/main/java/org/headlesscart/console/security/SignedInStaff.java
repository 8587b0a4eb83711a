package org.headlesscart.console.security;

import java.io.Serializable;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.headlesscart.customer.model.AccountView;

/**
 * Who signed in to this console session: kept in the HTTP session (under {@link #ATTRIBUTE}), never the password or
 * its hash. A customer can sign in too (the password is right), but {@link #isStaff()} is false, so every console
 * page but the 403 page refuses them.
 */
public record SignedInStaff(long id, String username, String displayName, String role) implements Serializable {

    static final String ATTRIBUTE = SignedInStaff.class.getName();
    public static final String ADMINISTRATOR = "administrator";
    public static final String SHOP_MANAGER = "shop_manager";

    static SignedInStaff of(AccountView account) {
        return new SignedInStaff(account.id(), account.username(), account.displayName(), account.role());
    }

    static Optional<SignedInStaff> in(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable((SignedInStaff) session.getAttribute(ATTRIBUTE));
    }

    /** WooCommerce's two staff roles: only they use the console. */
    public boolean isStaff() {
        return ADMINISTRATOR.equals(role) || SHOP_MANAGER.equals(role);
    }

    public boolean isAdministrator() {
        return ADMINISTRATOR.equals(role);
    }
}
