package org.headlesscart.console.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The FacesServlet takes file uploads of up to 64 MiB (web.xml's multipart-config, for the catalog's CSV import), and
 * Faces reads a multipart body whole before any page code runs. Only the two import pages (catalog CSV, tax rates
 * CSV) may receive one; they are console pages, so the sign-in mechanism has already turned away anyone who is not
 * staff (and anyone but an administrator from the tax page's upload). A multipart request for any other page (the
 * public login page and hosted checkout above all) is refused with 415 before its body is read.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/checkout", "/checkout/*"},
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class MultipartGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The pages that take uploads. */
    static final Set<String> IMPORT_PAGES = Set.of("/console/catalog/import.xhtml", "/console/pricing/taxes.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && !IMPORT_PAGES.contains(ConsoleRequests.path(request))) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        chain.doFilter(request, response);
    }
}
