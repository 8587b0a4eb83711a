package org.headlesscart.api.wc.v3;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.catalog.model.AdminProductView;

/**
 * A variation as WooCommerce REST v3 shows it: the product fields that apply to a variation, one {@code image}
 * (or {@code null}) and {@code attributes} that name the option chosen for each ({@code ""} for any). Its shipping
 * class is its own or, "same as parent", its parent's, as WooCommerce shows it.
 */
@JsonbPropertyOrder({"id", "name", "date_created", "date_created_gmt", "date_modified", "date_modified_gmt",
        "description", "sku", "price", "regular_price", "sale_price", "date_on_sale_from", "date_on_sale_from_gmt",
        "date_on_sale_to", "date_on_sale_to_gmt", "on_sale", "status", "purchasable", "virtual", "downloadable",
        "tax_status", "tax_class", "manage_stock", "stock_quantity", "stock_status", "backorders",
        "backorders_allowed", "backordered", "low_stock_amount", "weight", "dimensions", "shipping_class",
        "shipping_class_id", "image", "attributes", "menu_order", "parent_id"})
public record VariationResponse(long id, String name, String dateCreated, String dateCreatedGmt, String dateModified,
        String dateModifiedGmt, String description, String sku, String price, String regularPrice, String salePrice,
        String dateOnSaleFrom, String dateOnSaleFromGmt, String dateOnSaleTo, String dateOnSaleToGmt, boolean onSale,
        String status, boolean purchasable, boolean virtual, boolean downloadable, String taxStatus, String taxClass,
        boolean manageStock, Integer stockQuantity, String stockStatus, String backorders, boolean backordersAllowed,
        boolean backordered, Integer lowStockAmount, String weight, ProductResponse.Dimensions dimensions,
        String shippingClass, long shippingClassId, ProductResponse.Image image,
        List<ProductResponse.Choice> attributes, int menuOrder, long parentId) {

    static VariationResponse from(AdminProductView v, ProductResponse.Format f) {
        ProductResponse.Image image = v.images().isEmpty() ? null : v.images().stream().findFirst()
                .map(i -> new ProductResponse.Image(i.id(), i.src(), i.name(), i.alt())).orElseThrow();
        return new VariationResponse(v.id(), v.name(), f.local(v.created()), f.gmt(v.created()), f.local(v.modified()),
                f.gmt(v.modified()), v.description(), v.sku(), f.money(v.price()), f.money(v.regularPrice()),
                f.money(v.salePrice()), f.local(v.saleFrom()), f.gmt(v.saleFrom()), f.local(v.saleTo()),
                f.gmt(v.saleTo()), v.onSale(), v.status(), v.purchasable(), v.virtual(), v.downloadable(),
                v.taxStatus(), v.taxClass(), v.manageStock(), v.stockQuantity(), v.stockStatus(), v.backorders(),
                v.backordersAllowed(), v.backordered(), v.lowStockAmount(), ProductResponse.Format.measure(v.weight()),
                new ProductResponse.Dimensions(ProductResponse.Format.measure(v.length()),
                        ProductResponse.Format.measure(v.width()), ProductResponse.Format.measure(v.height())),
                v.shippingClass(), v.shippingClassId(), image, ProductResponse.choices(v.variationAttributes()),
                v.menuOrder(), v.parentId());
    }
}
