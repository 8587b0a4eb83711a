package org.headlesscart.api.cocart.v2.catalog;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.api.cocart.v2.catalog.ProductParts.AddToCart;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Dates;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Dimensions;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.EmbeddedAddToCart;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.EmbeddedVariation;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.HiddenConditions;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Image;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.PurchaseQuantity;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Stock;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Teaser;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.TeaserButton;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.TermRef;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.VariationAddToCart;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.VariationAttribute;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.VariationConditions;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.VariationPrices;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Weight;
import org.headlesscart.catalog.model.PriceDisplay;
import org.headlesscart.catalog.model.ProductView;
import org.headlesscart.catalog.model.StoreView;

/**
 * Turns catalog views into CoCart's product and variation objects for one request (its URLs, its store, and how
 * the shop displays prices: every price here, teasers included, goes through {@code display}).
 */
final class ProductResponses {

    private final StoreView store;
    private final CatalogLinks links;
    private final ZoneId zone;
    private final PricesResponse.Currency currency;
    private final PriceDisplay display;

    ProductResponses(StoreView store, CatalogLinks links, PriceDisplay display) {
        this.store = store;
        this.links = links;
        this.display = display;
        this.zone = ZoneId.of(store.timezone());
        this.currency = PricesResponse.Currency.from(store.currency());
    }

    ProductResponse product(ProductView p) {
        ProductView.Rating rating = p.rating();
        boolean rated = rating.reviewCount() > 0;
        return new ProductResponse(p.id(), p.parentId(), p.name(), p.type(), p.slug(), links.permalink(p.slug()),
                p.sku(), p.description(), p.shortDescription(), dates(p), p.featured(),
                PricesResponse.from(p.prices().shown(display), currency, zone, true), conditions(p.conditions()),
                rated ? rating.average().toPlainString() : "0", rating.reviewCount(), rating.reviewCount(),
                rated ? "Rated " + rating.average().toPlainString() + " out of 5" : "", images(p), terms(p, true),
                terms(p, false), WireFormat.objectOrEmpty(attributes(p)),
                WireFormat.objectOrEmpty(prefixed(p.defaultAttributes())), embedded(p), p.groupedProducts(),
                stock(p.stock()), weight(p), dimensions(p), List.of(), teasers(p.related()), teasers(p.upsells()),
                teasers(p.crossSells()), p.totalSales(), p.externalUrl(), p.buttonText(), addToCart(p), List.of(),
                productLinks(p));
    }

    VariationResponse variation(ProductView v) {
        ProductView.Conditions c = v.conditions();
        ProductView.Purchase purchase = v.purchase();
        VariationAddToCart button = new VariationAddToCart(purchase.purchasable() && v.stock().inStock()
                ? "Add to cart" : "Read more", (purchase.purchasable() && v.stock().inStock()
                        ? "Add to cart: " : "Read more about ") + WireFormat.quoted(v.name()),
                purchase.purchasable(), new PurchaseQuantity(purchase.min(), purchase.max()),
                links.addItem(v.id(), v.variationValues()));
        Map<String, List<Map<String, String>>> selfLinks = new LinkedHashMap<>();
        selfLinks.put("self", List.of(Map.of("href", links.variation(v.parentId(), v.id()))));
        selfLinks.put("collection", List.of(Map.of("href", links.product(v.parentId()) + "/variations")));
        selfLinks.put("up", List.of(link(links.permalink(parentSlug(v)), links.product(v.parentId()))));
        return new VariationResponse(v.id(), v.parentId(), v.name(), v.slug(), variationPermalink(v), v.sku(),
                v.description(), dates(v), v.featured(), PricesResponse.from(v.prices().shown(display), currency, zone, false),
                new VariationConditions(c.virtual(), c.downloadable(), c.manageStock(), c.soldIndividually(),
                        c.shippingRequired()), images(v), List.of(), List.of(),
                WireFormat.objectOrEmpty(variationAttributes(v)), stock(v.stock()), weight(v), dimensions(v),
                Long.toString(v.totalSales()), button, List.of(), selfLinks);
    }

    private Dates dates(ProductView p) {
        return new Dates(WireFormat.date(p.created(), zone), WireFormat.date(p.created(), ZoneOffset.UTC),
                WireFormat.date(p.modified(), zone), WireFormat.date(p.modified(), ZoneOffset.UTC));
    }

    private static HiddenConditions conditions(ProductView.Conditions c) {
        return new HiddenConditions(c.virtual(), c.downloadable(), c.manageStock(), c.soldIndividually(),
                c.reviewsAllowed(), c.shippingRequired());
    }

    /** The product's images, the first featured; WooCommerce's placeholder when it has none. */
    private List<Image> images(ProductView p) {
        if (p.images().isEmpty()) {
            return List.of(new Image(0, links.sizes(links.placeholder()), "Placeholder", "Placeholder", 0, true));
        }
        List<Image> images = new ArrayList<>();
        for (ProductView.Image i : p.images()) {
            images.add(new Image(i.id(), links.sizes(i.src()), i.name(), i.alt(), images.size(), images.isEmpty()));
        }
        return images;
    }

    private List<TermRef> terms(ProductView p, boolean categories) {
        return (categories ? p.categories() : p.tags()).stream().map(t -> new TermRef(t.id(), t.name(), t.slug(),
                categories ? links.category(t.id()) : links.tag(t.id()))).toList();
    }

    private static Map<String, ProductParts.Attribute> attributes(ProductView p) {
        Map<String, ProductParts.Attribute> attributes = new LinkedHashMap<>();
        p.attributes().forEach(a -> attributes.put("attribute_" + a.key(), new ProductParts.Attribute(a.id(), a.name(),
                a.position(), a.visible(), a.variation(), a.options())));
        return attributes;
    }

    private static Map<String, VariationAttribute> variationAttributes(ProductView v) {
        Map<String, VariationAttribute> attributes = new LinkedHashMap<>();
        for (ProductView.Attribute a : v.attributes()) {
            String value = v.variationValues().get(a.key());
            if (value != null && a.variation()) {
                attributes.put("attribute_" + a.key(), new VariationAttribute(a.id(), a.name(),
                        value.isEmpty() ? Map.of() : Map.of(value, a.options().getOrDefault(value, value))));
            }
        }
        return attributes;
    }

    private static Map<String, String> prefixed(Map<String, String> values) {
        Map<String, String> prefixed = new LinkedHashMap<>();
        values.forEach((key, value) -> prefixed.put("attribute_" + key, value));
        return prefixed;
    }

    private List<EmbeddedVariation> embedded(ProductView p) {
        return p.variations().stream().map(v -> new EmbeddedVariation(v.id(), v.sku(), v.description(),
                prefixed(v.variationValues()), v.images().isEmpty() ? List.of() : links.sizes(v.images().get(0).src()),
                VariationPrices.of(PricesResponse.from(v.prices().shown(display), currency, zone, false)), stock(v.stock()),
                new EmbeddedAddToCart(v.purchase().purchasable(),
                        new PurchaseQuantity(v.purchase().min(), v.purchase().max()),
                        links.addItem(v.id(), v.variationValues())))).toList();
    }

    private static Stock stock(ProductView.StockLevel s) {
        return new Stock(s.inStock(), s.quantity(), s.status(), s.backorders(), s.backordersAllowed(),
                s.backordered(), s.lowStockAmount() == null ? "" : s.lowStockAmount());
    }

    private Weight weight(ProductView p) {
        return new Weight(WireFormat.decimal(p.dimensions().weight()), store.weightUnit());
    }

    private Dimensions dimensions(ProductView p) {
        ProductView.Dimensions d = p.dimensions();
        return new Dimensions(WireFormat.decimal(d.length()), WireFormat.decimal(d.width()),
                WireFormat.decimal(d.height()), store.dimensionUnit());
    }

    private List<Teaser> teasers(List<ProductView.Linked> products) {
        return products.stream().map(l -> new Teaser(l.id(), l.name(), links.permalink(l.slug()),
                WireFormat.money(l.prices().shown(display).price()), teaserButton(l), links.product(l.id()))).toList();
    }

    private TeaserButton teaserButton(ProductView.Linked l) {
        Button button = Button.of(l.type(), l.purchasable() && l.inStock(), l.name(), "");
        boolean direct = "simple".equals(l.type());
        return new TeaserButton(button.text(), button.description(), direct ? links.addItem(l.id(), Map.of()) : "");
    }

    private AddToCart addToCart(ProductView p) {
        ProductView.Purchase purchase = p.purchase();
        Button button = Button.of(p.type(), purchase.purchasable() && p.stock().inStock(), p.name(), p.buttonText());
        boolean quantities = !"variable".equals(p.type()) && !"external".equals(p.type());
        Object quantity = quantities ? new PurchaseQuantity(purchase.min(), purchase.max()) : List.of();
        String restUrl = "simple".equals(p.type()) ? links.addItem(p.id(), Map.of()) : "";
        return new AddToCart(button.text(), button.description(), purchase.hasOptions(), purchase.purchasable(),
                quantity, restUrl);
    }

    private Map<String, List<Map<String, String>>> productLinks(ProductView p) {
        Map<String, List<Map<String, String>>> result = new LinkedHashMap<>();
        result.put("self", List.of(link(links.permalink(p.slug()), links.product(p.id()))));
        result.put("collection", List.of(link(links.shop(), links.products())));
        if (!p.variations().isEmpty()) {
            result.put("variations", p.variations().stream()
                    .map(v -> link(variationPermalink(v, p.slug()), links.variation(p.id(), v.id()))).toList());
        }
        return result;
    }

    private static Map<String, String> link(String permalink, String href) {
        Map<String, String> link = new LinkedHashMap<>();
        link.put("permalink", permalink);
        link.put("href", href);
        return link;
    }

    private String variationPermalink(ProductView v) {
        return variationPermalink(v, parentSlug(v));
    }

    private String variationPermalink(ProductView v, String parentSlug) {
        StringBuilder url = new StringBuilder(links.permalink(parentSlug));
        char separator = '?';
        for (Map.Entry<String, String> value : v.variationValues().entrySet()) {
            url.append(separator).append("attribute_").append(value.getKey()).append('=').append(value.getValue());
            separator = '&';
        }
        return url.toString();
    }

    /** The parent's slug: variations are named "Parent - A, B" and slugged "parent-a-b"; the view carries it. */
    private static String parentSlug(ProductView v) {
        return v.parentSlug();
    }

}
