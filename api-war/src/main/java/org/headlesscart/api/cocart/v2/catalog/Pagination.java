package org.headlesscart.api.cocart.v2.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import org.headlesscart.catalog.model.ProductPage;

/**
 * WordPress's list pagination: {@code X-WP-Total}, {@code X-WP-TotalPages} and a {@code Link} header with
 * {@code prev}/{@code next} URLs that keep the request's query and change only {@code page}.
 */
public final class Pagination {

    private final Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
    private final long total;
    private final int totalPages;

    Pagination(UriInfo uri, ProductPage page) {
        this(uri, page.total(), page.page(), page.totalPages());
    }

    /** Any list (terms, reviews): its size, the page shown (from 1) and how many pages it has. */
    public Pagination(UriInfo uri, long total, int page, int totalPages) {
        this.total = total;
        this.totalPages = totalPages;
        if (page > 1) {
            links.put("prev", List.of(Map.of("href", pageUrl(uri, Math.min(page - 1, totalPages)))));
        }
        if (page < totalPages) {
            links.put("next", List.of(Map.of("href", pageUrl(uri, page + 1))));
        }
    }

    /** A list of {@code total} items shown {@code perPage} at a time (at least 1), page {@code page} of them. */
    public static Pagination ofPageSize(UriInfo uri, long total, int page, int perPage) {
        return new Pagination(uri, total, page, (int) ((total + perPage - 1) / perPage));
    }

    Map<String, List<Map<String, String>>> links() {
        return links;
    }

    /** {@code X-WP-Total}, {@code X-WP-TotalPages} and, when there are other pages, {@code Link}. */
    public Map<String, Object> headers() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("X-WP-Total", total);
        headers.put("X-WP-TotalPages", totalPages);
        List<String> link = new ArrayList<>();
        links.forEach((rel, hrefs) -> link.add("<" + hrefs.get(0).get("href") + ">; rel=\"" + rel + "\""));
        if (!link.isEmpty()) {
            headers.put("Link", String.join(", ", link));
        }
        return headers;
    }

    private static String pageUrl(UriInfo uri, int number) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", number).build().toString();
    }
}
