package org.headlesscart.console.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The signed-in user, for pages ({@code #{consoleUser.administrator}}) and backing beans: read from the session, so
 * it also answers on the 403 page, which the container shows before naming the user. Pages and actions that only an
 * administrator may use check {@link #requireAdministrator()} on the server, not only by hiding a link; the
 * {@code /console/access/} pages are guarded for them by {@link ConsoleAuthentication}.
 */
@Named
@RequestScoped
public class ConsoleUser {

    @Inject
    HttpServletRequest request;

    private Optional<SignedInStaff> user() {
        return SignedInStaff.in(request.getSession(false));
    }

    public boolean isSignedIn() {
        return user().isPresent();
    }

    public boolean isStaff() {
        return user().map(SignedInStaff::isStaff).orElse(false);
    }

    public boolean isAdministrator() {
        return user().map(SignedInStaff::isAdministrator).orElse(false);
    }

    /** What the top bar shows: the display name, else the username; empty when not signed in. */
    public String getName() {
        return user().map(u -> u.displayName() == null || u.displayName().isBlank() ? u.username() : u.displayName())
                .orElse("");
    }

    /** {@code administrator}, {@code shop_manager} or {@code customer}; empty when not signed in. */
    public String getRole() {
        return user().map(SignedInStaff::role).orElse("");
    }

    public long getId() {
        return user().map(SignedInStaff::id).orElse(0L);
    }

    /** For administrator-only actions: throws unless the signed-in user is an administrator. */
    public void requireAdministrator() {
        if (!isAdministrator()) {
            throw new SecurityException("only an administrator may do this");
        }
    }

    /** Sign-out: the whole session goes (view states included), then the login page. */
    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + ConsolePaths.LOGIN);
        FacesContext.getCurrentInstance().responseComplete();
    }
}
