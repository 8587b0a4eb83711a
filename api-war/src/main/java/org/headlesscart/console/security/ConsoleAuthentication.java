package org.headlesscart.console.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The console's one Jakarta Security mechanism. It acts only on {@code /console} paths: everywhere else, the CoCart
 * API above all, it does nothing, so those requests get no session, no cookie and no challenge.
 * <ul>
 * <li>A sign-in ({@code SecurityContext.authenticate} from the login page, with a username-or-e-mail and password)
 * is checked by {@link StaffSignIn}; on success the session gets a new id (no fixation) and {@link SignedInStaff}.
 * Why it failed goes to the login page in the request attribute {@link #REFUSAL}.</li>
 * <li>A request of a signed-in session names its user to the container (principal, group = WooCommerce role), so
 * {@code isUserInRole} and EJB roles work; a page the user may not open ({@link ConsolePaths#mayOpen}) answers 403
 * with the 403 page (a Faces Ajax request to it: a partial-response redirect to the page, whose GET is that 403).</li>
 * <li>Without a signed-in session, every console page but the public ones redirects to the login page.</li>
 * </ul>
 */
@ApplicationScoped
public class ConsoleAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute: the {@link StaffSignIn.Outcome} of a refused sign-in, for the login page's message. */
    public static final String REFUSAL = ConsoleAuthentication.class.getName() + ".refusal";

    @Inject
    StaffSignIn signIn;

    @Inject
    ConsoleRequests requests;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = ConsoleRequests.path(request);
        if (!ConsolePaths.isConsole(path)) {
            return context.doNothing();
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signIn(request, response, context, credential);
        }
        Optional<SignedInStaff> user = SignedInStaff.in(request.getSession(false));
        if (user.isEmpty()) {
            return ConsolePaths.isPublic(path) ? context.doNothing() : toLogin(request, response, context);
        }
        if (!ConsolePaths.mayOpen(user.get(), path)) {
            if (isAjax(request)) {
                // The Faces script shows no HTML answer to an Ajax request; it follows a redirect, to this same
                // page, whose full GET is refused just below: the 403 page, status 403.
                return partialRedirect(response, pageUrl(request));
            }
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return context.forward(ConsolePaths.FORBIDDEN);
        }
        return context.notifyContainerAboutLogin(user.get().username(), Set.of(user.get().role()));
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, UsernamePasswordCredential credential) {
        StaffSignIn.Outcome outcome = signIn.check(credential.getCaller(), credential.getPassword().getValue(),
                requests.clientAddress(request));
        if (!(outcome instanceof StaffSignIn.SignedIn signedIn)) {
            request.setAttribute(REFUSAL, outcome);
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();                          // the pre-login session id is not the signed-in one
        if (requests.isHttps(request)) {
            SecureSessionCookie.mark(request, response);    // the new id's cookie, behind a TLS-terminating proxy
        }
        SignedInStaff user = SignedInStaff.of(signedIn.account());
        session.setAttribute(SignedInStaff.ATTRIBUTE, user);
        return context.notifyContainerAboutLogin(user.username(), Set.of(user.role()));
    }

    /** To the login page; a Faces Ajax request (its view's session ended) gets the redirect in a partial response. */
    private static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String login = request.getContextPath() + ConsolePaths.LOGIN;
        return isAjax(request) ? partialRedirect(response, login) : context.redirect(login);
    }

    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** The page asked for, as the browser would GET it again. */
    private static String pageUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** A Faces partial response that sends the browser to {@code url} (status 200, as the Faces script expects). */
    private static AuthenticationStatus partialRedirect(HttpServletResponse response, String url) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + xmlAttribute(url) + "\"/></partial-response>");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static String xmlAttribute(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
