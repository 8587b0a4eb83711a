package org.headlesscart.catalog.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the Products API shows of one product, variation or not, read inside one transaction. Money is in
 * minor units ({@code null} = no price); URLs and wording are the REST layer's business.
 */
public record ProductView(long id, long parentId, String type, String name, String slug, String sku,
        String description, String shortDescription, Instant created, Instant modified, boolean featured,
        Prices prices, Conditions conditions, Rating rating, List<Image> images, List<Term> categories,
        List<Term> tags, List<Attribute> attributes, Map<String, String> defaultAttributes,
        List<ProductView> variations, List<Long> groupedProducts, StockLevel stock, Dimensions dimensions,
        List<Linked> related, List<Linked> upsells, List<Linked> crossSells, long totalSales, String externalUrl,
        String buttonText, Purchase purchase, Map<String, String> variationValues, String parentSlug,
        long version) {

    public boolean isVariation() {
        return "variation".equals(type);
    }

    /** {@code price} is what a customer pays now; {@code rangeFrom/To} are set for variable and grouped products. */
    public record Prices(Long price, Long regular, Long sale, Long rangeFrom, Long rangeTo, boolean onSale,
            Instant saleFrom, Instant saleTo) {
    }

    public record Conditions(boolean virtual, boolean downloadable, boolean manageStock, boolean soldIndividually,
            boolean reviewsAllowed, boolean shippingRequired) {
    }

    /** {@code average} has two decimals; zero reviews means average 0. */
    public record Rating(BigDecimal average, long reviewCount) {
    }

    public record Image(long id, String src, String name, String alt, int position) {
    }

    public record Term(long id, String name, String slug) {
    }

    /**
     * {@code key} is the attribute's key without the {@code attribute_} prefix ({@code pa_color}, or a custom
     * attribute's sanitized name); {@code options} maps value slugs to labels in the product's order.
     */
    public record Attribute(long id, String key, String name, int position, boolean visible, boolean variation,
            Map<String, String> options) {
    }

    public record StockLevel(boolean inStock, Integer quantity, String status, String backorders,
            boolean backordersAllowed, boolean backordered, Integer lowStockAmount) {
    }

    /** As written by the shop; {@code null} when not given. */
    public record Dimensions(BigDecimal weight, BigDecimal length, BigDecimal width, BigDecimal height) {
    }

    /** A related, upsell or cross-sell product, as much of it as a teaser shows. */
    public record Linked(long id, String name, String slug, String type, Long price, boolean purchasable,
            boolean inStock) {
    }

    /** {@code max} is -1 when unlimited, as WooCommerce says it. */
    public record Purchase(boolean purchasable, boolean hasOptions, int min, int max) {
    }
}
