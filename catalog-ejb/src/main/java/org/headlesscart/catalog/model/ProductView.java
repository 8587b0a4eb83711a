package org.headlesscart.catalog.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

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

    /**
     * {@code price} is what a customer pays now; {@code rangeFrom/To} are set for variable and grouped products. All
     * as entered; {@link #shown} gives them as the shop displays them. {@code offers} are what the figures are made
     * of: the product's own price, or each priced variation's, or each grouped child's.
     */
    public record Prices(Long price, Long regular, Long sale, Long rangeFrom, Long rangeTo, boolean onSale,
            Instant saleFrom, Instant saleTo, Made made, List<Offer> offers) {

        public Prices {
            offers = List.copyOf(offers);
        }

        /**
         * These prices as the shop displays them: each offer's prices through {@code display}, then the cheapest
         * and dearest taken as the catalog took them (WooCommerce's order: a variable product's range is made of
         * its variations' displayed prices, whose tax classes may differ).
         */
        public Prices shown(PriceDisplay display) {
            if (display == PriceDisplay.AS_ENTERED || offers.isEmpty()) {
                return this;
            }
            return madeOf(offers.stream().map(o -> o.shown(display)).toList());
        }

        /** The figures taken from {@code offers} as they are; the catalog builds its prices with this. */
        public Prices recomputed() {
            return offers.isEmpty() ? this : madeOf(offers);
        }

        private Prices madeOf(List<Offer> from) {
            return switch (made) {
                case OWN -> {
                    Offer own = from.get(0);
                    yield new Prices(own.price(), own.regular(), own.sale(), null, null, onSale, saleFrom, saleTo,
                            made, from);
                }
                case VARIATIONS -> {
                    Long min = Offer.min(from, Offer::price);
                    Long sale = onSale ? Offer.min(from, Offer::sale) : null;
                    yield new Prices(min, Offer.min(from, Offer::regular), sale, min, Offer.max(from), onSale,
                            saleFrom, saleTo, made, from);
                }
                case CHILDREN -> {
                    Long min = Offer.min(from, Offer::price);
                    yield new Prices(min, min, null, min, Offer.max(from), onSale, saleFrom, saleTo, made, from);
                }
            };
        }
    }

    /** Where a product's prices come from. */
    public enum Made {
        /** Its own price (simple, external, variation; also when it has none). */
        OWN,
        /** The cheapest and dearest of its priced variations (variable). */
        VARIATIONS,
        /** The cheapest and dearest of its children's prices (grouped). */
        CHILDREN
    }

    /**
     * One price set the shop shows, with the tax status and class that decide how it is displayed (a variation's
     * status is its parent's, and so is its class when that is "parent", as in WooCommerce).
     */
    public record Offer(Long price, Long regular, Long sale, String taxStatus, String taxClass) {

        Offer shown(PriceDisplay display) {
            return new Offer(shown(display, price), shown(display, regular), shown(display, sale), taxStatus,
                    taxClass);
        }

        private Long shown(PriceDisplay display, Long entered) {
            return entered == null ? null : display.shown(entered, taxStatus, taxClass);
        }

        static Long min(List<Offer> offers, Function<Offer, Long> price) {
            return offers.stream().map(price).filter(Objects::nonNull).min(Long::compare).orElse(null);
        }

        static Long max(List<Offer> offers) {
            return offers.stream().map(Offer::price).filter(Objects::nonNull).max(Long::compare)
                    .orElse(null);
        }
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

    /**
     * A related, upsell or cross-sell product, as much of it as a teaser shows: its {@link Prices#price()}, as
     * entered in {@code prices}.
     */
    public record Linked(long id, String name, String slug, String type, Prices prices, boolean purchasable,
            boolean inStock) {

        /** The price as entered ({@code null} = none). */
        public Long price() {
            return prices.price();
        }
    }

    /** {@code max} is -1 when unlimited, as WooCommerce says it. */
    public record Purchase(boolean purchasable, boolean hasOptions, int min, int max) {
    }
}
