package org.headlesscart.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which {@code rest_route} a query names, and the path below the application it is forwarded to. */
class RestRouteFilterTest {

    @Test
    void theRouteIsTheLastRestRouteOfTheQueryDecoded() {
        assertEquals("/cocart/v2/store", RestRouteFilter.route("rest_route=/cocart/v2/store"));
        assertEquals("/cocart/v2/cart", RestRouteFilter.route("_fields=a&rest_route=%2Fcocart%2Fv2%2Fcart&x=1"));
        assertEquals("/b", RestRouteFilter.route("rest_route=/a&rest_route=/b"));
        assertEquals("/a", RestRouteFilter.route("%72est_route=/a"));
    }

    @Test
    void noOrAnEmptyRestRouteIsNoRestRequest() {
        assertNull(RestRouteFilter.route(null));
        assertNull(RestRouteFilter.route("page=2"));
        assertNull(RestRouteFilter.route("rest_route="));
        assertNull(RestRouteFilter.route("rest_route"));
        assertNull(RestRouteFilter.route("rest_routes=/a"));
    }

    @Test
    void aRouteIsForwardedBelowWpJsonWithoutTrailingSlashes() {
        assertEquals("/wp-json/cocart/v2/store", RestRouteFilter.path("/cocart/v2/store"));
        assertEquals("/wp-json/cocart/v2/store", RestRouteFilter.path("/cocart/v2/store//"));
        assertEquals("/wp-json/cocart/v2/store", RestRouteFilter.path("/cocart/v2/store/\\"), "untrailingslashit");
        assertEquals("/wp-json/", RestRouteFilter.path("/"));
    }

    @Test
    void eachSegmentIsEscapedSoNoRouteLeavesWpJson() {
        assertEquals("/wp-json/cocart/v2/products/caf%C3%A9%20%3F%23%25%3B%5Cx",
                RestRouteFilter.path("/cocart/v2/products/caf\u00e9 ?#%;\\x"));
        assertEquals("/wp-json/a/b:c@d,e", RestRouteFilter.path("/a/b:c@d,e"));
    }

    @Test
    void aRouteWordPressMatchesToNothingIsRefused() {
        assertNull(RestRouteFilter.path("cocart/v2/store"), "no leading slash");
        assertNull(RestRouteFilter.path("//cocart/v2/store"));
        assertNull(RestRouteFilter.path("/cocart//v2"));
        assertNull(RestRouteFilter.path("/cocart/../../WEB-INF/web.xml"));
        assertNull(RestRouteFilter.path("/./cocart"));
        assertNull(RestRouteFilter.path(RestRouteFilter.route("rest_route=%zz")), "a broken %-escape");
    }
}
