package org.headlesscart.api.cocart.v2.catalog;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.catalog.model.StoreView;

/**
 * The URLs a product response carries, as CoCart builds them: WordPress permalinks under the store's home URL
 * ({@code /product/<slug>/}), REST URLs under ours, and the prefilled add-item URL of our own cart route.
 */
public final class CatalogLinks {

    /** WordPress's registered image sizes as WooCommerce reports them, plus {@code full} and {@code custom}. */
    static final List<String> IMAGE_SIZES = List.of("thumbnail", "medium", "medium_large", "large", "1536x1536",
            "2048x2048", "woocommerce_thumbnail", "woocommerce_single", "woocommerce_gallery_thumbnail", "full",
            "custom");

    private final String home;
    private final String api;
    private final String placeholder;

    public CatalogLinks(StoreView store, URI requestBase) {
        String origin = requestBase.getScheme() + "://" + requestBase.getRawAuthority();
        this.home = store.homeUrl().orElse(origin);
        this.api = api(requestBase);
        this.placeholder = home + "/wp-content/uploads/woocommerce-placeholder.png";
    }

    /** Our REST base for requests to this base URI, e.g. {@code https://shop.example/wp-json/cocart/v2}. */
    static String api(URI requestBase) {
        return requestBase.toString().replaceAll("/+$", "") + "/cocart/v2";
    }

    String permalink(String slug) {
        return home + "/product/" + slug + "/";
    }

    String shop() {
        return home + "/shop/";
    }

    String product(long id) {
        return api + "/products/" + id;
    }

    String products() {
        return api + "/products";
    }

    String variation(long parentId, long id) {
        return product(parentId) + "/variations/" + id;
    }

    String category(long id) {
        return api + "/products/categories/" + id;
    }

    String tag(long id) {
        return api + "/products/tags/" + id;
    }

    String reviews() {
        return api + "/products/reviews";
    }

    String review(long id) {
        return reviews() + "/" + id;
    }

    String addItem(long id, Map<String, String> variation) {
        StringBuilder url = new StringBuilder(api).append("/cart/add-item?id=").append(id).append("&quantity=1");
        variation.forEach((key, value) -> url.append("&variation[attribute_").append(key).append("]=")
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return url.toString();
    }

    /** We do not resize images: every size is the original, as a shop without thumbnails would show. */
    Map<String, String> sizes(String src) {
        Map<String, String> sizes = new LinkedHashMap<>();
        IMAGE_SIZES.forEach(size -> sizes.put(size, src));
        return sizes;
    }

    /** WooCommerce's placeholder image, shown for products without an image (catalog and cart alike). */
    public String placeholder() {
        return placeholder;
    }

    String api() {
        return api;
    }
}
