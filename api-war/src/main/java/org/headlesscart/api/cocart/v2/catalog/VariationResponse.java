package org.headlesscart.api.cocart.v2.catalog;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.api.cocart.v2.catalog.ProductParts.Dates;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Dimensions;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Image;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Stock;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.TermRef;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.VariationAddToCart;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.VariationConditions;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Weight;

/**
 * A variation on its own ({@code /products/{id}/variations[/{vid}]}, capture 08): the product shape without the
 * parent-only fields, {@code attributes} as {@code {id, name, option}}, and {@code total_sales} as a string.
 */
@JsonbPropertyOrder({"id", "parentId", "name", "slug", "permalink", "sku", "description", "dates", "featured",
    "prices", "hiddenConditions", "images", "categories", "tags", "attributes", "stock", "weight", "dimensions",
    "totalSales", "addToCart", "metaData", "links"})
public record VariationResponse(long id, long parentId, String name, String slug, String permalink, String sku,
        String description, Dates dates, boolean featured, PricesResponse prices,
        VariationConditions hiddenConditions, List<Image> images, List<TermRef> categories, List<TermRef> tags,
        Object attributes, Stock stock, Weight weight, Dimensions dimensions, String totalSales,
        VariationAddToCart addToCart, List<Object> metaData,
        @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {
}
