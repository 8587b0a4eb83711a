package org.headlesscart.api.security;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.headlesscart.customer.boundary.AccountService;
import org.headlesscart.customer.model.AccountView;

/**
 * {@code Authorization: Bearer <jwt>} (contract §7.1, JWT), checked here rather than by Payara's MP-JWT mechanism:
 * the container ignores tokens on unprotected resources (every cart route is unprotected, guests being welcome) and
 * answers 401 on some of them (payara/Payara#5582). The verified token becomes a {@link JwtPrincipal}, MicroProfile
 * JWT's type. The account is read again by id, one primary-key query instead of Basic's hash: a deleted user's
 * tokens stop working, and roles are the account's current ones.
 */
@ApplicationScoped
public class BearerAuthentication {

    /** MicroProfile JWT's name for the scheme ({@code HttpServletRequest.getAuthType()} under MP-JWT). */
    public static final String SCHEME = "MP-JWT";
    private static final Logger LOG = System.getLogger(BearerAuthentication.class.getName());
    private static final Pattern BEARER = Pattern.compile("^\\s*Bearer\\s+(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);

    @Inject
    JwtSettings settings;

    @EJB
    AccountService accounts;

    @Inject
    Caller caller;

    /** The token of a Bearer header while JWT is on; otherwise the header is not ours (a guest, as before). */
    Optional<String> token(String authorization) {
        if (authorization == null || !settings.enabled()) {
            return Optional.empty();
        }
        Matcher bearer = BEARER.matcher(authorization);
        return bearer.matches() ? Optional.of(bearer.group(1)) : Optional.empty();
    }

    void authenticate(ContainerRequestContext request, String token, boolean secure) {
        JwtPrincipal jwt;
        try {
            jwt = settings.codec().verify(token);
        } catch (JwtRejected rejected) {
            LOG.log(Level.DEBUG, () -> "Bearer token refused: " + rejected.getMessage());
            request.abortWith((rejected.expired() ? AuthRefusal.TOKEN_EXPIRED : AuthRefusal.TOKEN_INVALID).response());
            return;
        }
        Optional<AccountView> user = accounts.find(Long.parseLong(jwt.subject()));
        if (user.isEmpty()) {
            request.abortWith(AuthRefusal.TOKEN_INVALID.response());
            return;
        }
        caller.signIn(request, user.get(), jwt, SCHEME, secure);
    }
}
