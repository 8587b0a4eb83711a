package org.headlesscart.api.cocart.v2.catalog;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code _links} of a taxonomy route's objects (captures 10-12): {@code self} and {@code collection}, plus
 * {@code up} to the parent of a sub-category; each a list of {@code {href}} as WordPress writes links.
 */
final class TermLinks {

    private final String collection;

    /** @param route the collection's route below the namespace, e.g. {@code /products/categories} */
    TermLinks(URI requestBase, String route) {
        this.collection = CatalogLinks.api(requestBase) + route;
    }

    String self(long id) {
        return collection + "/" + id;
    }

    Map<String, List<Map<String, String>>> of(long id, long parentId) {
        Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
        links.put("self", List.of(Map.of("href", self(id))));
        links.put("collection", List.of(Map.of("href", collection)));
        if (parentId != 0) {
            links.put("up", List.of(Map.of("href", self(parentId))));
        }
        return links;
    }
}
