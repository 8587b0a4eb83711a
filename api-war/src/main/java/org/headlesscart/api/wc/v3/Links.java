package org.headlesscart.api.wc.v3;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

/** WordPress's {@code _links} entries: a list of one {@code href} below the REST root. */
final class Links {

    private Links() {
    }

    static List<Map<String, String>> href(UriInfo uri, String route) {
        return List.of(Map.of("href", url(uri, route).toString()));
    }

    /** {@code route} is below {@code wc/v3}, e.g. {@code taxes/12}. */
    static URI url(UriInfo uri, String route) {
        return URI.create(uri.getBaseUriBuilder().path(WooCommerceV3.NAMESPACE).build() + "/" + route);
    }
}
