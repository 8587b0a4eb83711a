package org.headlesscart.catalog.control;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.headlesscart.catalog.model.ProductView;

import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductAttribute;
import org.headlesscart.catalog.entity.ProductLink;
import org.headlesscart.catalog.entity.ProductType;
import org.headlesscart.catalog.entity.Stock;

/** Assembles one {@link ProductView} from a managed product and what {@link ProductViews} fetched for its page. */
class ProductViewBuilder {

    private final Product product;
    private final ProductPricing pricing;
    private final Object[] reviewStats;
    private final List<Long> relatedIds;
    private final Map<Long, Product> linked;

    ProductViewBuilder(Product product, ProductPricing pricing, Object[] reviewStats, List<Long> relatedIds,
            Map<Long, Product> linked) {
        this.product = product;
        this.pricing = pricing;
        this.reviewStats = reviewStats;
        this.relatedIds = relatedIds;
        this.linked = linked;
    }

    ProductView build() {
        ProductType type = product.getType();
        List<Product> variations = type == ProductType.VARIABLE
                ? product.getVariations().stream().filter(Product::isPublished).toList() : List.of();
        List<Long> grouped = ProductViews.linkedIds(product, ProductLink.GROUPED, linked);
        ProductView.Prices prices = switch (type) {
            case VARIABLE -> pricing.ofVariable(variations);
            case GROUPED -> pricing.ofGrouped(grouped.stream().map(linked::get).toList());
            default -> pricing.own(product);
        };
        return new ProductView(product.getId(), product.getParentId(), type.wireName(), product.getName(),
                product.getSlug(), Objects.toString(product.getSku(), ""), product.getDescription(),
                product.getShortDescription(), product.getCreatedAt(), product.getModifiedAt(), product.isFeatured(),
                prices, conditions(), ProductViews.rating(reviewStats), images(product), terms(), tags(),
                attributes(product), defaultAttributes(), variations.stream().map(this::variation).toList(),
                grouped, stock(product), dimensions(product), teasers(relatedIds),
                teasers(ProductViews.linkedIds(product, ProductLink.UPSELL, linked)),
                teasers(ProductViews.linkedIds(product, ProductLink.CROSS_SELL, linked)), product.getTotalSales(),
                product.getExternalUrl(), product.getButtonText(), purchase(product, prices, variations),
                variationValues(product), parentSlug(product), product.getVersion());
    }

    /** A variation of this (variable) product, as embedded in it and as shown on its own. */
    private ProductView variation(Product variation) {
        ProductView.Prices prices = pricing.own(variation);
        return new ProductView(variation.getId(), product.getId(), ProductType.VARIATION.wireName(),
                variation.getName(), variation.getSlug(), Objects.toString(variation.getSku(), ""),
                variation.getDescription(), variation.getShortDescription(), variation.getCreatedAt(),
                variation.getModifiedAt(), variation.isFeatured(), prices, conditionsOf(variation),
                ProductViews.rating(null), images(variation), List.of(), List.of(), attributes(product), Map.of(),
                List.of(), List.of(), stock(variation), dimensions(variation), List.of(), List.of(), List.of(),
                variation.getTotalSales(), "", "", purchase(variation, prices, List.of()),
                ProductViews.ordered(variation.getVariationAttributes(), attributeOrder()), product.getSlug(),
                variation.getVersion());
    }

    private static String parentSlug(Product p) {
        return p.getParent() == null ? "" : p.getParent().getSlug();
    }

    private ProductView.Conditions conditions() {
        return conditionsOf(product);
    }

    private static ProductView.Conditions conditionsOf(Product p) {
        return new ProductView.Conditions(p.isVirtual(), p.isDownloadable(), p.getStock().isManaged(),
                p.isSoldIndividually(), true, !p.isVirtual());
    }

    private static List<ProductView.Image> images(Product p) {
        return p.getImages().stream()
                .map(i -> new ProductView.Image(i.getId(), i.getSrc(), i.getName(), i.getAlt(), i.getPosition()))
                .toList();
    }

    private List<ProductView.Term> terms() {
        return product.getCategories().stream()
                .map(c -> new ProductView.Term(c.getId(), c.getName(), c.getSlug())).toList();
    }

    private List<ProductView.Term> tags() {
        return product.getTags().stream().map(t -> new ProductView.Term(t.getId(), t.getName(), t.getSlug())).toList();
    }

    static List<ProductView.Attribute> attributes(Product p) {
        return p.getAttributes().stream().sorted(Comparator.comparingInt(ProductAttribute::getPosition))
                .map(ProductViewBuilder::attribute).toList();
    }

    private static ProductView.Attribute attribute(ProductAttribute a) {
        Map<String, String> options = new LinkedHashMap<>();
        if (a.getAttribute() == null) {
            a.getValues().forEach(value -> options.put(value, value));
            return new ProductView.Attribute(0, customKey(a.getName()), a.getName(), a.getPosition(), a.isVisible(),
                    a.isUsedForVariations(), options);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        a.getAttribute().getTerms().forEach(t -> labels.put(t.getSlug(), t.getName()));
        a.getValues().forEach(slug -> options.put(slug, labels.getOrDefault(slug, slug)));
        return new ProductView.Attribute(a.getAttribute().getId(), a.getAttribute().getSlug(),
                a.getAttribute().getName(), a.getPosition(), a.isVisible(), a.isUsedForVariations(), options);
    }

    /** WooCommerce's key for a custom attribute: its name, sanitized like a slug. */
    static String customKey(String name) {
        return name.toLowerCase(Locale.ROOT).trim().replaceAll("[^a-z0-9_\\-]+", "-");
    }

    private List<String> attributeOrder() {
        return attributes(product).stream().map(ProductView.Attribute::key).toList();
    }

    private Map<String, String> defaultAttributes() {
        return ProductViews.ordered(product.getDefaultAttributes(), attributeOrder());
    }

    private Map<String, String> variationValues(Product p) {
        return p.getType() == ProductType.VARIATION && p.getParent() != null
                ? ProductViews.ordered(p.getVariationAttributes(),
                        attributes(p.getParent()).stream().map(ProductView.Attribute::key).toList())
                : Map.of();
    }

    private static ProductView.StockLevel stock(Product p) {
        Stock s = p.getStock();
        return new ProductView.StockLevel(s.isInStock(), s.getQuantity(), s.getStatus(), s.getBackorders(),
                s.backordersAllowed(), s.isOnBackorder(), s.getLowStockAmount());
    }

    private static ProductView.Dimensions dimensions(Product p) {
        return new ProductView.Dimensions(p.getShipping().getWeight(), p.getShipping().getLength(),
                p.getShipping().getWidth(), p.getShipping().getHeight());
    }

    private List<ProductView.Linked> teasers(List<Long> ids) {
        return ids.stream().map(linked::get).filter(Objects::nonNull)
                .map(p -> new ProductView.Linked(p.getId(), p.getName(), p.getSlug(), p.getType().wireName(),
                        pricing.prices(p), p.isPublished() && p.getType() != ProductType.GROUPED,
                        p.getStock().isInStock()))
                .toList();
    }

    /** WooCommerce's purchase rules (PurchaseRules), for the product's own stock and limits. */
    private static ProductView.Purchase purchase(Product p, ProductView.Prices prices, List<Product> variations) {
        return PurchaseRules.of(p.getType(), p.isPublished(), prices.price(), variations, p.isSoldIndividually(),
                p.getStock(), p.getMinPurchase(), p.getMaxPurchase());
    }

}
