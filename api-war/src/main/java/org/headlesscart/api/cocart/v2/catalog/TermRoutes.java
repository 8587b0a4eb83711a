package org.headlesscart.api.cocart.v2.catalog;

import java.util.List;
import java.util.function.BiFunction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.headlesscart.api.http.Conditional;
import org.headlesscart.catalog.model.TermPage;
import org.headlesscart.catalog.model.TermView;

/**
 * How the taxonomy routes (categories, tags, attributes and their terms) answer, in one place: a list as a plain
 * array with WordPress's pagination headers, one object alone, each with its {@code _links} under the route's
 * collection, and all of them conditional on {@code If-None-Match} as the Products API is.
 */
@RequestScoped
public class TermRoutes {

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /** A page of terms, each in the route's shape; {@code route} is the collection below the namespace. */
    <T> Response page(TermPage page, String route, BiFunction<TermView, TermLinks, T> shape) {
        TermLinks links = links(route);
        List<T> body = page.terms().stream().map(term -> shape.apply(term, links)).toList();
        return list(body, new Pagination(uri, page.total(), page.page(), page.totalPages()));
    }

    /** A whole list on one page, as CoCart lists global attributes. */
    <V, T> Response all(List<V> objects, String route, BiFunction<V, TermLinks, T> shape) {
        TermLinks links = links(route);
        List<T> body = objects.stream().map(object -> shape.apply(object, links)).toList();
        return list(body, new Pagination(uri, body.size(), 1, 1));
    }

    /** One object in the route's shape. */
    <V, T> Response one(V object, String route, BiFunction<V, TermLinks, T> shape) {
        return Conditional.ok(headers, shape.apply(object, links(route))).build();
    }

    private TermLinks links(String route) {
        return new TermLinks(uri.getBaseUri(), route);
    }

    private Response list(List<?> body, Pagination pagination) {
        return Conditional.respond(headers, Conditional.render(body, pagination.headers())).build();
    }
}
