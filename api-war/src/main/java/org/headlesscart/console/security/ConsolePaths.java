package org.headlesscart.console.security;

import java.util.List;

/**
 * Which console paths need whom (WooCommerce's capabilities): the sign-in, 403 and error pages are open to everyone
 * (the sign-in page can fail too, and the error page shows nothing but an incident id), the
 * Access pages ({@code /console/access/}) and the store settings among the Pricing pages (tax rates, shipping
 * zones) to administrators only, every other console page to both staff roles.
 * Paths are servlet paths, e.g. {@code /console/index.xhtml}.
 */
public final class ConsolePaths {

    public static final String LOGIN = "/console/login.xhtml";
    public static final String FORBIDDEN = "/console/forbidden.xhtml";
    public static final String DASHBOARD = "/console/index.xhtml";
    /** Shown, with status 404, for an unknown console page ({@link ConsoleNotFound}). */
    public static final String NOT_FOUND = "/console/not-found.xhtml";
    /** Shown, with status 500, when a console page fails unexpectedly (ConsoleExceptionHandlerFactory). */
    public static final String ERROR = "/console/error.xhtml";
    static final String ADMINISTRATOR_ONLY = "/console/access/";
    /** WooCommerce → Settings → Tax and → Shipping: store settings, administrator-only like every setting. */
    static final List<String> STORE_SETTINGS = List.of("/console/pricing/tax", "/console/pricing/shipping");

    private ConsolePaths() {
    }

    /** Whether the console's sign-in acts on this path; the API and everything else are left alone. */
    public static boolean isConsole(String path) {
        return path.equals("/console") || path.startsWith("/console/");
    }

    /** Pages anyone may open, signed in or not. */
    public static boolean isPublic(String path) {
        return path.equals(LOGIN) || path.equals(FORBIDDEN) || path.equals(ERROR);
    }

    /** Whether this signed-in user may open this console path. */
    public static boolean mayOpen(SignedInStaff user, String path) {
        return isPublic(path) || user.isStaff() && (user.isAdministrator() || !path.startsWith(ADMINISTRATOR_ONLY)
                && STORE_SETTINGS.stream().noneMatch(path::startsWith));
    }
}
