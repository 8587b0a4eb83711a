package org.headlesscart.cart.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * WooCommerce's cart item key (contract §13.1). Clients keep item keys across requests and stores migrate carts,
 * so the key must be bit-for-bit the one WooCommerce's {@code generate_cart_id} makes: md5 of
 * {@code productId[_variationId][_variationText][_itemDataText]}.
 */
public final class ItemKeys {

    private ItemKeys() {
    }

    /**
     * The item key of a cart line.
     *
     * @param productId   the product, or the parent for a variation
     * @param variationId the variation, 0 for none
     * @param variation   attribute key ({@code attribute_pa_color}) → value slug, in the order WooCommerce uses
     *                    (the variation's attribute order); null or empty for none
     * @param itemData    custom item data in its request order; values may be scalars, {@link List}s or
     *                    {@link Map}s (these are encoded like PHP's {@code http_build_query}); null or empty for none
     * @return 32 lower-case hex characters
     */
    public static String of(long productId, long variationId, Map<String, String> variation,
                            Map<String, Object> itemData) {
        List<String> parts = new ArrayList<>(4);
        parts.add(Long.toString(productId));
        if (variationId != 0) {
            parts.add(Long.toString(variationId));
        }
        if (variation != null && !variation.isEmpty()) {
            StringBuilder text = new StringBuilder();
            variation.forEach((k, v) -> text.append(PhpStrings.trim(k)).append(PhpStrings.trim(PhpStrings.of(v))));
            parts.add(text.toString());
        }
        if (itemData != null && !itemData.isEmpty()) {
            StringBuilder text = new StringBuilder();
            itemData.forEach((k, v) -> text.append(PhpStrings.trim(k)).append(PhpStrings.trim(scalar(v))));
            parts.add(text.toString());
        }
        return md5(String.join("_", parts));
    }

    private static String scalar(Object value) {
        return value instanceof Map<?, ?> || value instanceof List<?>
                ? PhpStrings.httpBuildQuery(value)
                : PhpStrings.of(value);
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide MD5, so this cannot happen.
            throw new IllegalStateException("MD5 is missing from this Java runtime", e);
        }
    }
}
