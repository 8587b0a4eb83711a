package org.headlesscart.console.checkout;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every hosted checkout response gets: {@code Cache-Control: no-store} (a shopper's cart, address and order
 * are not kept by the browser or a proxy) and {@code Referrer-Policy: same-origin} (the cart key in the address
 * never leaves the store in a Referer).
 */
@WebFilter(urlPatterns = {"/checkout", "/checkout/*"}, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class HostedCheckoutFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
