package org.headlesscart.catalog.control.admin;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.catalog.model.AdminProductView;
import org.headlesscart.catalog.model.ProductView;
import org.headlesscart.catalog.control.importing.AttributeMapping;
import org.headlesscart.catalog.entity.AttributeTerm;
import org.headlesscart.catalog.entity.GlobalAttribute;
import org.headlesscart.catalog.entity.Pricing;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductAttribute;
import org.headlesscart.catalog.entity.ProductLink;
import org.headlesscart.catalog.entity.ProductType;
import org.headlesscart.catalog.entity.ShippingClass;
import org.headlesscart.catalog.entity.Stock;

/**
 * Shows a product as stored, for the admin API. Admin reads are rare, so this loads lazily what it shows rather
 * than batching like the storefront's reads; it runs inside the caller's transaction.
 */
final class AdminProductViews {

    private final Map<String, GlobalAttribute> globals = new HashMap<>();
    private final Map<Long, String> shippingClassSlugs = new HashMap<>();

    AdminProductViews(List<GlobalAttribute> globalAttributes, List<ShippingClass> shippingClasses) {
        globalAttributes.forEach(a -> globals.put(a.getSlug(), a));
        shippingClasses.forEach(c -> shippingClassSlugs.put(c.getId(), c.getSlug()));
    }

    AdminProductView of(Product p, List<Product> variations, Instant now) {
        Pricing pricing = p.getPricing();
        Stock stock = p.getStock();
        Long price = pricing.current(now).isPresent() ? pricing.current(now).getAsLong() : null;
        boolean buyable = p.getType() == ProductType.SIMPLE || p.getType() == ProductType.VARIATION;
        long shippingClassId = shippingClassId(p);
        return new AdminProductView(p.getId(), p.getParentId(), p.getType().wireName(), p.getName(), p.getSlug(),
                p.getStatus(), p.isFeatured(), p.getVisibility(), p.getDescription(), p.getShortDescription(),
                p.getSku() == null ? "" : p.getSku(), price, pricing.regularMinor(), pricing.saleMinor(),
                pricing.saleFrom(), pricing.saleTo(), pricing.isOnSale(now),
                // WooCommerce's is_purchasable: published with a price; variable and grouped sell through others.
                (buyable || p.getType() == ProductType.VARIABLE) && p.isPublished() && price != null,
                p.getTotalSales(), p.isVirtual(), p.isDownloadable(), p.getExternalUrl(), p.getButtonText(),
                p.getTaxStatus(), p.getTaxClass(), shippingClassSlugs.getOrDefault(shippingClassId, ""), shippingClassId,
                stock.isManaged(), stock.getQuantity(), stock.getStatus(),
                stock.getBackorders(), stock.backordersAllowed(), stock.isOnBackorder(), stock.getLowStockAmount(),
                p.isSoldIndividually(), p.getShipping().getWeight(), p.getShipping().getLength(),
                p.getShipping().getWidth(), p.getShipping().getHeight(), p.linked(ProductLink.UPSELL),
                p.linked(ProductLink.CROSS_SELL),
                p.getCategories().stream().map(c -> new ProductView.Term(c.getId(), c.getName(), c.getSlug())).toList(),
                p.getTags().stream().map(t -> new ProductView.Term(t.getId(), t.getName(), t.getSlug())).toList(),
                p.getImages().stream().map(i -> new ProductView.Image(i.getId(), i.getSrc(), i.getName(), i.getAlt(),
                        i.getPosition())).toList(),
                p.getAttributes().stream().map(this::attribute).toList(), choices(p.getDefaultAttributes(), p),
                choices(p.getVariationAttributes(), p.getParent()), variations.stream().map(Product::getId).toList(),
                p.linked(ProductLink.GROUPED), p.getMenuOrder(), p.getCreatedAt(), p.getModifiedAt());
    }

    /** Its own class, else (a variation "same as parent") its parent's; 0 for none. */
    private static long shippingClassId(Product p) {
        Long own = p.getShippingClassId();
        if (own == null && p.getParent() != null) {
            own = p.getParent().getShippingClassId();
        }
        return own == null ? 0 : own;
    }

    private AdminProductView.Attribute attribute(ProductAttribute a) {
        GlobalAttribute global = a.getAttribute();
        if (global == null) {
            return new AdminProductView.Attribute(0, a.getName(), a.getPosition(), a.isVisible(), a.isUsedForVariations(),
                    List.copyOf(a.getValues()));
        }
        return new AdminProductView.Attribute(global.getId(), global.getName(), a.getPosition(), a.isVisible(),
                a.isUsedForVariations(), a.getValues().stream().map(slug -> termName(global, slug)).toList());
    }

    /**
     * Choices by key, shown with the attribute's label: a global attribute's name, or the name of the custom
     * attribute of {@code owner} (the product, or a variation's parent) whose key it is.
     */
    private List<AdminProductView.Choice> choices(Map<String, String> chosen, Product owner) {
        return chosen.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            GlobalAttribute global = globals.get(e.getKey());
            if (global != null) {
                return new AdminProductView.Choice(global.getId(), global.getName(),
                        e.getValue().isEmpty() ? "" : termName(global, e.getValue()));
            }
            String label = owner == null ? e.getKey() : owner.getAttributes().stream()
                    .filter(a -> a.getAttribute() == null && AttributeMapping.customKey(a.getName()).equals(e.getKey()))
                    .map(ProductAttribute::getName).findFirst().orElse(e.getKey());
            return new AdminProductView.Choice(0, label, e.getValue());
        }).toList();
    }

    private static String termName(GlobalAttribute attribute, String slug) {
        return attribute.getTerms().stream().filter(t -> t.getSlug().equals(slug)).map(AttributeTerm::getName)
                .findFirst().orElse(slug);
    }
}
