package org.headlesscart.api.cocart.v2.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.headlesscart.catalog.boundary.ProductPage;

/**
 * WordPress's list pagination: {@code X-WP-Total}, {@code X-WP-TotalPages} and a {@code Link} header with
 * {@code prev}/{@code next} URLs that keep the request's query and change only {@code page}.
 */
final class Pagination {

    private final Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
    private final ProductPage page;

    Pagination(UriInfo uri, ProductPage page) {
        this.page = page;
        if (page.page() > 1) {
            links.put("prev", List.of(Map.of("href", pageUrl(uri, Math.min(page.page() - 1, page.totalPages())))));
        }
        if (page.page() < page.totalPages()) {
            links.put("next", List.of(Map.of("href", pageUrl(uri, page.page() + 1))));
        }
    }

    Map<String, List<Map<String, String>>> links() {
        return links;
    }

    Response.ResponseBuilder headers(Response.ResponseBuilder response) {
        List<String> link = new ArrayList<>();
        links.forEach((rel, hrefs) -> link.add("<" + hrefs.get(0).get("href") + ">; rel=\"" + rel + "\""));
        response.header("X-WP-Total", page.total()).header("X-WP-TotalPages", page.totalPages());
        return link.isEmpty() ? response : response.header("Link", String.join(", ", link));
    }

    private static String pageUrl(UriInfo uri, int number) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", number).build().toString();
    }
}
