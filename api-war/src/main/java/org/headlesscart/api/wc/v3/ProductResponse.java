package org.headlesscart.api.wc.v3;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.catalog.model.AdminProductView;
import org.headlesscart.catalog.model.ProductView;
import org.headlesscart.catalog.model.StoreView;

/**
 * A product as WooCommerce REST v3 shows it, in its field order, for the fields the catalog stores. Prices are
 * major-unit strings ({@code ""} when unset), dates are {@code Y-m-d\TH:i:s} in the store's zone and in UTC.
 */
@JsonbPropertyOrder({"id", "name", "slug", "date_created", "date_created_gmt", "date_modified", "date_modified_gmt",
        "type", "status", "featured", "catalog_visibility", "description", "short_description", "sku", "price",
        "regular_price", "sale_price", "date_on_sale_from", "date_on_sale_from_gmt", "date_on_sale_to",
        "date_on_sale_to_gmt", "on_sale", "purchasable", "total_sales", "virtual", "downloadable", "external_url",
        "button_text", "tax_status", "tax_class", "manage_stock", "stock_quantity", "backorders",
        "backorders_allowed", "backordered", "low_stock_amount", "sold_individually", "weight", "dimensions",
        "shipping_class", "shipping_class_id", "upsell_ids", "cross_sell_ids", "parent_id", "categories", "tags",
        "images", "attributes", "default_attributes", "variations", "grouped_products", "menu_order",
        "stock_status"})
public record ProductResponse(long id, String name, String slug, String dateCreated, String dateCreatedGmt,
        String dateModified, String dateModifiedGmt, String type, String status, boolean featured,
        String catalogVisibility, String description, String shortDescription, String sku, String price,
        String regularPrice, String salePrice, String dateOnSaleFrom, String dateOnSaleFromGmt, String dateOnSaleTo,
        String dateOnSaleToGmt, boolean onSale, boolean purchasable, long totalSales, boolean virtual,
        boolean downloadable, String externalUrl, String buttonText, String taxStatus, String taxClass,
        boolean manageStock, Integer stockQuantity, String backorders, boolean backordersAllowed, boolean backordered,
        Integer lowStockAmount, boolean soldIndividually, String weight, Dimensions dimensions, String shippingClass,
        long shippingClassId, List<Long> upsellIds, List<Long> crossSellIds, long parentId, List<Term> categories,
        List<Term> tags, List<Image> images,
        List<Attribute> attributes, List<Choice> defaultAttributes, List<Long> variations,
        List<Long> groupedProducts, int menuOrder, String stockStatus) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @JsonbPropertyOrder({"length", "width", "height"})
    public record Dimensions(String length, String width, String height) {
    }

    @JsonbPropertyOrder({"id", "name", "slug"})
    public record Term(long id, String name, String slug) {
    }

    @JsonbPropertyOrder({"id", "src", "name", "alt"})
    public record Image(long id, String src, String name, String alt) {
    }

    @JsonbPropertyOrder({"id", "name", "position", "visible", "variation", "options"})
    public record Attribute(long id, String name, int position, boolean visible, boolean variation,
            List<String> options) {
    }

    @JsonbPropertyOrder({"id", "name", "option"})
    public record Choice(long id, String name, String option) {
    }

    /** Wire formats of one request: the currency's decimals and the store's zone. */
    record Format(int decimals, ZoneId zone) {

        /** The store's currency decimals and zone, as every admin answer writes money and dates. */
        static Format of(StoreView store) {
            return new Format(store.currency().minorUnit(), ZoneId.of(store.timezone()));
        }

        String money(Long minor) {
            return minor == null ? "" : BigDecimal.valueOf(minor, decimals).toPlainString();
        }

        String local(Instant instant) {
            return instant == null ? null : DATE.format(instant.atZone(zone));
        }

        String gmt(Instant instant) {
            return instant == null ? null : DATE.format(instant.atZone(ZoneId.of("UTC")));
        }

        static String measure(BigDecimal value) {
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }
    }

    static ProductResponse from(AdminProductView p, Format f) {
        return new ProductResponse(p.id(), p.name(), p.slug(), f.local(p.created()), f.gmt(p.created()),
                f.local(p.modified()), f.gmt(p.modified()), p.type(), p.status(), p.featured(), p.catalogVisibility(),
                p.description(), p.shortDescription(), p.sku(), f.money(p.price()), f.money(p.regularPrice()),
                f.money(p.salePrice()), f.local(p.saleFrom()), f.gmt(p.saleFrom()), f.local(p.saleTo()),
                f.gmt(p.saleTo()), p.onSale(), p.purchasable(), p.totalSales(), p.virtual(), p.downloadable(),
                p.externalUrl(), p.buttonText(), p.taxStatus(), p.taxClass(), p.manageStock(), p.stockQuantity(),
                p.backorders(), p.backordersAllowed(), p.backordered(), p.lowStockAmount(), p.soldIndividually(),
                Format.measure(p.weight()), new Dimensions(Format.measure(p.length()), Format.measure(p.width()),
                        Format.measure(p.height())), p.shippingClass(), p.shippingClassId(), p.upsellIds(),
                p.crossSellIds(), p.parentId(),
                terms(p.categories()), terms(p.tags()), p.images().stream()
                        .map(i -> new Image(i.id(), i.src(), i.name(), i.alt())).toList(),
                p.attributes().stream().map(a -> new Attribute(a.id(), a.name(), a.position(), a.visible(),
                        a.variation(), a.options())).toList(),
                choices(p.defaultAttributes()), p.variations(), p.groupedProducts(), p.menuOrder(), p.stockStatus());
    }

    static List<Choice> choices(List<AdminProductView.Choice> choices) {
        return choices.stream().map(c -> new Choice(c.id(), c.name(), c.option())).toList();
    }

    private static List<Term> terms(List<ProductView.Term> terms) {
        return terms.stream().map(t -> new Term(t.id(), t.name(), t.slug())).toList();
    }
}
