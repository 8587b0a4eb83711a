package org.headlesscart.api.cocart.v2.catalog;

import java.lang.reflect.Field;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.ws.rs.QueryParam;

/**
 * The key of a kept Products API answer (CatalogResponseCache): what shapes its body besides the catalog revision.
 * That is the base URL (every link), the route with its path, and the query as the route reads it:
 * <ul>
 * <li>only the parameters of {@link ProductListParams} and {@code attributes[…]}; any other ({@code _fields},
 *     {@code _envelope}, a cache-busting {@code _=…}, tracking parameters) is read by no product route, and
 *     {@code _fields}/{@code _envelope} are applied to the kept body afterwards;</li>
 * <li>in name order, as the route does not care about order;</li>
 * <li>a single-valued parameter by its first value, as JAX-RS reads it; a list parameter (declared as a list, and
 *     {@code attributes[…]}) with all its values in order, as order and repetition can matter to it.</li>
 * </ul>
 * The parts of an answer that do repeat the query as sent (pagination links) are made per request, not kept.
 * The store's settings (currency, time zone) are configuration, the same for every request of a node; the price
 * display depends on the catalog revision only. No product route reads the caller's identity.
 */
final class ProductAnswerKey {

    private static final Set<String> SINGLE = new HashSet<>();
    private static final Set<String> LISTS = new HashSet<>();

    static {
        for (Field field : ProductListParams.class.getDeclaredFields()) {
            QueryParam param = field.getAnnotation(QueryParam.class);
            if (param != null) {
                (List.class.isAssignableFrom(field.getType()) ? LISTS : SINGLE).add(param.value());
            }
        }
    }

    private ProductAnswerKey() {
    }

    /**
     * The key for the route at {@code path} (as sent, undecoded) under {@code base}, read with the query
     * {@code query} (decoded, as JAX-RS gives it), or with none when {@code withQuery} is false (single products).
     */
    static String of(String base, String path, Map<String, List<String>> query, boolean withQuery) {
        StringBuilder key = new StringBuilder(base).append(' ').append(path);
        if (!withQuery) {
            return key.toString();
        }
        Map<String, List<String>> read = new TreeMap<>();
        query.forEach((name, values) -> {
            if (values.isEmpty()) {
                return;
            }
            if (SINGLE.contains(name)) {
                read.put(name, List.of(values.get(0)));
            } else if (LISTS.contains(name) || name.startsWith("attributes")) {
                read.put(name, values);
            }
        });
        char separator = '?';
        for (Map.Entry<String, List<String>> parameter : read.entrySet()) {
            for (String value : parameter.getValue()) {
                key.append(separator).append(encode(parameter.getKey())).append('=').append(encode(value));
                separator = '&';
            }
        }
        return key.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
