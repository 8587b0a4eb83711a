package org.headlesscart.api.cocart.v2.catalog;

import java.util.Map;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The nested objects of a product response, each with CoCart's key order (contract §5.1). */
public final class ProductParts {

    private ProductParts() {
    }

    @JsonbPropertyOrder({"created", "createdGmt", "modified", "modifiedGmt"})
    public record Dates(String created, String createdGmt, String modified, String modifiedGmt) {
    }

    @JsonbPropertyOrder({"virtual", "downloadable", "manageStock", "soldIndividually", "reviewsAllowed",
        "shippingRequired"})
    public record HiddenConditions(boolean virtual, boolean downloadable, boolean manageStock,
            boolean soldIndividually, boolean reviewsAllowed, boolean shippingRequired) {
    }

    /** A variation's conditions: no {@code reviews_allowed}. */
    @JsonbPropertyOrder({"virtual", "downloadable", "manageStock", "soldIndividually", "shippingRequired"})
    public record VariationConditions(boolean virtual, boolean downloadable, boolean manageStock,
            boolean soldIndividually, boolean shippingRequired) {
    }

    @JsonbPropertyOrder({"id", "src", "name", "alt", "position", "featured"})
    public record Image(long id, Map<String, String> src, String name, String alt, int position, boolean featured) {
    }

    @JsonbPropertyOrder({"id", "name", "slug", "restUrl"})
    public record TermRef(long id, String name, String slug, String restUrl) {
    }

    @JsonbPropertyOrder({"id", "name", "position", "isAttributeVisible", "usedForVariation", "options"})
    public record Attribute(long id, String name, int position, boolean isAttributeVisible, boolean usedForVariation,
            Map<String, String> options) {
    }

    /** A variation's attribute: the one option it has ({@code {slug: label}}). */
    @JsonbPropertyOrder({"id", "name", "option"})
    public record VariationAttribute(long id, String name, Map<String, String> option) {
    }

    /** {@code low_stock_amount} is an integer or {@code ""}. */
    @JsonbPropertyOrder({"isInStock", "stockQuantity", "stockStatus", "backorders", "backordersAllowed", "backordered",
        "lowStockAmount"})
    public record Stock(boolean isInStock, Integer stockQuantity, String stockStatus, String backorders,
            boolean backordersAllowed, boolean backordered, Object lowStockAmount) {
    }

    @JsonbPropertyOrder({"value", "unit"})
    public record Weight(String value, String unit) {
    }

    @JsonbPropertyOrder({"length", "width", "height", "unit"})
    public record Dimensions(String length, String width, String height, String unit) {
    }

    @JsonbPropertyOrder({"text", "description", "restUrl"})
    public record TeaserButton(String text, String description, String restUrl) {
    }

    @JsonbPropertyOrder({"id", "name", "permalink", "price", "addToCart", "restUrl"})
    public record Teaser(long id, String name, String permalink, String price, TeaserButton addToCart,
            String restUrl) {
    }

    /** {@code purchase_quantity} is {@code {min_purchase, max_purchase}}, or {@code []} for variable/external. */
    @JsonbPropertyOrder({"text", "description", "hasOptions", "isPurchasable", "purchaseQuantity", "restUrl"})
    public record AddToCart(String text, String description, boolean hasOptions, boolean isPurchasable,
            Object purchaseQuantity, String restUrl) {
    }

    @JsonbPropertyOrder({"text", "description", "isPurchasable", "purchaseQuantity", "restUrl"})
    public record VariationAddToCart(String text, String description, boolean isPurchasable, Object purchaseQuantity,
            String restUrl) {
    }

    @JsonbPropertyOrder({"minPurchase", "maxPurchase"})
    public record PurchaseQuantity(int minPurchase, int maxPurchase) {
    }

    /** An embedded variation's prices: no {@code price_range}. */
    @JsonbPropertyOrder({"price", "regularPrice", "salePrice", "onSale", "dateOnSale", "currency"})
    public record VariationPrices(String price, String regularPrice, String salePrice, boolean onSale,
            PricesResponse.DateOnSale dateOnSale, PricesResponse.Currency currency) {

        static VariationPrices of(PricesResponse prices) {
            return new VariationPrices(prices.price(), prices.regularPrice(), prices.salePrice(), prices.onSale(),
                    prices.dateOnSale(), prices.currency());
        }
    }

    @JsonbPropertyOrder({"isPurchasable", "purchaseQuantity", "restUrl"})
    public record EmbeddedAddToCart(boolean isPurchasable, PurchaseQuantity purchaseQuantity, String restUrl) {
    }

    /** A variation as embedded in its variable product's {@code variations} (contract §5.2). */
    @JsonbPropertyOrder({"id", "sku", "description", "attributes", "featuredImage", "prices", "stock", "addToCart"})
    public record EmbeddedVariation(long id, String sku, String description, Map<String, String> attributes,
            Object featuredImage, VariationPrices prices, Stock stock, EmbeddedAddToCart addToCart) {
    }
}
