package org.headlesscart.catalog.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.headlesscart.catalog.model.ProductView;
import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.catalog.entity.Category;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductImage;
import org.headlesscart.catalog.entity.ProductLink;
import org.headlesscart.catalog.entity.ProductType;
import org.headlesscart.catalog.entity.Shipping;
import org.headlesscart.catalog.entity.Stock;

/**
 * Turns loaded products into {@link Purchasable} snapshots at one instant, with WooCommerce's rules for what a
 * variation takes from its parent: title, slug, a missing SKU, weight or dimensions, image, stock the parent
 * manages, sold-individually and cross-sells. Keys and labels of attributes are the Products API's
 * ({@link ProductViewBuilder#attributes}), so the cart and the Products API name attributes alike.
 */
class Purchasables {

    private final ProductPricing pricing;
    private final Map<Long, List<Product>> variationsByParent;
    private final Map<Long, Object[]> reviewStats;

    /**
     * @param variationsByParent the published variations of the variable products among those mapped
     * @param reviewStats        review-stats rows ({@link ProductStore#reviewStats}) by product id
     */
    Purchasables(Instant now, Map<Long, List<Product>> variationsByParent, Map<Long, Object[]> reviewStats) {
        this.pricing = new ProductPricing(now);
        this.variationsByParent = variationsByParent;
        this.reviewStats = reviewStats;
    }

    /** The snapshot of a product, or of a variation whose parent is loaded. */
    Purchasable of(Product p) {
        return p.getType() == ProductType.VARIATION ? variation(p, p.getParent()) : product(p);
    }

    /**
     * When the snapshot stops being right without any write: the next start or end of a sale window of the
     * product (or of a variable product's variations), {@link Instant#MAX} when there is none ahead.
     */
    Instant expires(Product p) {
        return Stream.concat(Stream.of(p), variations(p).stream()).map(Product::getPricing)
                .flatMap(pricing -> Stream.of(pricing.saleFrom(), pricing.saleTo())).filter(Objects::nonNull)
                .filter(edge -> edge.isAfter(pricing.now())).min(Instant::compareTo).orElse(Instant.MAX);
    }

    private Purchasable product(Product p) {
        ProductType type = p.getType();
        List<Product> variations = variations(p);
        ProductView.Prices prices = type == ProductType.VARIABLE ? pricing.ofVariable(variations) : pricing.own(p);
        ProductView.Purchase purchase = PurchaseRules.of(type, p.isPublished(), prices.price(), variations,
                p.isSoldIndividually(), p.getStock(), p.getMinPurchase(), p.getMaxPurchase());
        List<Purchasable.VariationAttribute> attributes = type == ProductType.VARIABLE ? variationAttributes(p)
                : List.of();
        Shipping shipping = p.getShipping();
        return new Purchasable(p.getId(), 0, type.wireName(), p.isPublished(), p.getName(), p.getSlug(),
                Objects.toString(p.getSku(), ""), prices.price(), prices.regular(), prices.sale(), prices.onSale(),
                purchase.purchasable(), stockState(p.getStock()), p.isSoldIndividually(), purchase.min(),
                purchase.max(), shipping.getWeight(), shipping.getLength(), shipping.getWidth(), shipping.getHeight(),
                p.isVirtual(), firstImage(p), attributes, Map.of(),
                variations.stream().map(v -> new Purchasable.Variant(v.getId(), values(v, attributes))).toList(),
                type == ProductType.GROUPED ? p.linked(ProductLink.GROUPED) : List.of(),
                p.linked(ProductLink.CROSS_SELL), averageRating(p), facts(p, p));
    }

    private Purchasable variation(Product v, Product parent) {
        boolean published = v.isPublished() && parent.isPublished();
        ProductView.Prices prices = pricing.own(v);
        // WooCommerce's manage_stock "parent": a variation that counts no stock of its own sells the parent's.
        Stock stock = !v.getStock().isManaged() && parent.getStock().isManaged() ? parent.getStock() : v.getStock();
        // WooCommerce reads sold-individually from the parent (a variation has no setting of its own).
        boolean soldIndividually = parent.isSoldIndividually() || v.isSoldIndividually();
        ProductView.Purchase purchase = PurchaseRules.of(ProductType.VARIATION, published, prices.price(), List.of(),
                soldIndividually, stock, v.getMinPurchase(), v.getMaxPurchase());
        List<Purchasable.VariationAttribute> attributes = variationAttributes(parent);
        Shipping own = v.getShipping();
        Shipping inherited = parent.getShipping();
        String sku = v.getSku() == null || v.getSku().isBlank() ? Objects.toString(parent.getSku(), "") : v.getSku();
        String image = firstImage(v);
        return new Purchasable(v.getId(), parent.getId(), ProductType.VARIATION.wireName(), published,
                parent.getName(), parent.getSlug(), sku, prices.price(), prices.regular(), prices.sale(),
                prices.onSale(), purchase.purchasable(), stockState(stock), soldIndividually, purchase.min(),
                purchase.max(), or(own.getWeight(), inherited.getWeight()), or(own.getLength(), inherited.getLength()),
                or(own.getWidth(), inherited.getWidth()), or(own.getHeight(), inherited.getHeight()), v.isVirtual(),
                image != null ? image : firstImage(parent), attributes, values(v, attributes), List.of(), List.of(),
                parent.linked(ProductLink.CROSS_SELL), null,     // reviews belong to the parent, not a variation
                facts(v, parent));
    }

    private List<Product> variations(Product p) {
        return p.getType() == ProductType.VARIABLE ? variationsByParent.getOrDefault(p.getId(), List.of()) : List.of();
    }

    /** The attributes the variations differ in, in the product's order, keyed and labelled as the Products API does. */
    private static List<Purchasable.VariationAttribute> variationAttributes(Product p) {
        return ProductViewBuilder.attributes(p).stream().filter(ProductView.Attribute::variation)
                .map(a -> new Purchasable.VariationAttribute(a.key(), a.name(), frozen(a.options()))).toList();
    }

    /**
     * A variation's value per attribute of its parent, as WooCommerce's wc_get_product_variation_attributes: the
     * parent's variation attributes decide the keys and their order, one the variation does not fix is "any"
     * ({@code ""}), and values stored for attributes the parent no longer varies are left out.
     */
    private static Map<String, String> values(Product variation, List<Purchasable.VariationAttribute> attributes) {
        Map<String, String> values = new LinkedHashMap<>();
        attributes.forEach(a -> values.put(a.key(), variation.getVariationAttributes().getOrDefault(a.key(), "")));
        return frozen(values);
    }

    /**
     * Tax status and categories are the parent's; the tax class too when the variation's is "parent", and the
     * shipping class when the variation has none of its own ("same as parent").
     */
    private static Purchasable.PricingFacts facts(Product own, Product parent) {
        String taxClass = "parent".equals(own.getTaxClass()) ? parent.getTaxClass() : own.getTaxClass();
        Long shippingClass = own.getShippingClassId() != null ? own.getShippingClassId() : parent.getShippingClassId();
        return new Purchasable.PricingFacts(parent.getTaxStatus(), taxClass,
                parent.getCategories().stream().map(Category::getId).collect(Collectors.toSet()),
                shippingClass == null ? 0 : shippingClass);
    }

    private static Purchasable.StockState stockState(Stock stock) {
        return new Purchasable.StockState(stock.isManaged(), stock.getQuantity(), stock.getStatus(),
                stock.getBackorders());
    }

    private static String firstImage(Product p) {
        return p.getImages().stream().findFirst().map(ProductImage::getSrc).orElse(null);
    }

    /** Two decimals like the Products API's average; {@code null} for a product nobody reviewed. */
    private BigDecimal averageRating(Product p) {
        Object[] stats = reviewStats.get(p.getId());
        return stats == null ? null : ProductViews.rating(stats).average();
    }

    private static BigDecimal or(BigDecimal own, BigDecimal inherited) {
        return own != null ? own : inherited;
    }

    // Snapshots are shared between requests by the cache: nothing in them may change.
    private static Map<String, String> frozen(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
