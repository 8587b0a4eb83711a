package org.headlesscart.api.cocart.v2.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.headlesscart.api.cocart.v2.cart.CartParams;

/** The account routes' arguments, read as WordPress reads them: JSON or form body, else the query string. */
@RequestScoped
public class RequestParams {

    @Context
    HttpHeaders http;

    @Context
    UriInfo uri;

    CartParams of(String body) {
        String type = http.getMediaType() == null ? null : http.getMediaType().toString();
        return CartParams.read(uri.getRequestUri().getRawQuery(), type, body);
    }
}
