package org.headlesscart.console;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.headlesscart.console.security.ConsolePaths;

/**
 * {@code /console} and {@code /console/} go to the dashboard (the sign-in redirects a guest from there to the login
 * page). A servlet on these two paths rather than a welcome file: a welcome file list applies to every folder of the
 * WAR, the API's included.
 */
@WebServlet(urlPatterns = {"/console", "/console/"})
public class ConsoleEntry extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + ConsolePaths.DASHBOARD);
    }
}
