package org.headlesscart.console.checkout;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /checkout?cocart-load-cart=KEY}, the address a storefront hands the shopper to (CoCart's "load cart"), is
 * the checkout page: a forward keeps the address and its query, and Faces renders {@code /checkout/index.xhtml}
 * (its forms post there). A servlet on the one path rather than a second Faces mapping: nothing else changes for
 * the API, and Faces' own resource URLs stay those of the {@code *.xhtml} mapping.
 */
@WebServlet(urlPatterns = {"/checkout", "/checkout/"})
public class HostedCheckoutEntry extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/checkout/index.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.getRequestDispatcher(PAGE).forward(request, response);
    }
}
