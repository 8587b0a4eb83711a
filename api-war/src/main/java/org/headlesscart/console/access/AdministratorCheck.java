package org.headlesscart.console.access;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.headlesscart.console.ConsoleExceptionHandlerFactory;
import org.headlesscart.console.security.ConsolePaths;
import org.headlesscart.console.security.ConsoleUser;
import org.headlesscart.customer.boundary.AccountService;

/**
 * Every Access action asks this first. The session says administrator ({@link ConsoleUser#requireAdministrator()}),
 * and so must the database: a session signed in before its account was demoted keeps its role until sign-out, and
 * must not go on managing staff or keys. A refusal answers the 403 page with status 403, never an error page.
 */
@RequestScoped
public class AdministratorCheck {

    @Inject
    ConsoleUser user;

    @EJB
    AccountService accounts;

    /** Whether the action may go on; when not, the response is already the 403 page. */
    public boolean allowed() {
        try {
            user.requireAdministrator();
        } catch (SecurityException e) {
            forbid();
            return false;
        }
        boolean stillAdministrator = accounts.find(user.getId())
                .map(account -> "administrator".equals(account.role())).orElse(false);
        if (!stillAdministrator) {
            forbid();
        }
        return stillAdministrator;
    }

    /** Replaces the response with the 403 page (the boundary refused: the account is no longer an administrator). */
    public void forbid() {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().setResponseStatus(403);
        context.getExternalContext().getRequestMap().put(ConsoleExceptionHandlerFactory.REASON, "role");
        context.setViewRoot(context.getApplication().getViewHandler().createView(context, ConsolePaths.FORBIDDEN));
        context.renderResponse();
    }
}
