package org.headlesscart.console.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The login form ({@code /console/login.xhtml}): hands the credentials to {@link ConsoleAuthentication} through
 * Jakarta Security, then lands on the dashboard, or shows why not next to the form (401 for a wrong login or
 * password, 429 while throttled, as the API answers).
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    private String login;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .newAuthentication(true).credential(new UsernamePasswordCredential(login, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + ConsolePaths.DASHBOARD);
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else if (request.getAttribute(ConsoleAuthentication.REFUSAL) instanceof StaffSignIn.Throttled throttled) {
            long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
            refuse(faces, 429, "Too many failed sign-ins. Try again in " + minutes
                    + (minutes == 1 ? " minute." : " minutes."));
        } else {
            refuse(faces, 401, "Wrong username, e-mail or password.");
        }
    }

    private static void refuse(FacesContext faces, int status, String message) {
        faces.getExternalContext().setResponseStatus(status);
        faces.addMessage("login", new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
