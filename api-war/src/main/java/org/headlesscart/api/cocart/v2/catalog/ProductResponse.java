package org.headlesscart.api.cocart.v2.catalog;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.api.cocart.v2.catalog.ProductParts.AddToCart;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Dates;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Dimensions;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.EmbeddedVariation;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.HiddenConditions;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Image;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Stock;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Teaser;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.TermRef;
import org.headlesscart.api.cocart.v2.catalog.ProductParts.Weight;

/**
 * A product as {@code GET /products/{id}} and the items of {@code GET /products} show it (contract §5.1,
 * captures 02-06, 09). {@code attributes} and {@code default_attributes} are objects, or {@code []} when empty.
 * Built by {@link ProductResponses}.
 */
@JsonbPropertyOrder({"id", "parentId", "name", "type", "slug", "permalink", "sku", "description", "shortDescription",
    "dates", "featured", "prices", "hiddenConditions", "averageRating", "reviewCount", "ratingCount", "ratedOutOf",
    "images", "categories", "tags", "attributes", "defaultAttributes", "variations", "groupedProducts", "stock",
    "weight", "dimensions", "reviews", "related", "upsells", "crossSells", "totalSales", "externalUrl", "buttonText",
    "addToCart", "metaData", "links"})
public record ProductResponse(long id, long parentId, String name, String type, String slug, String permalink,
        String sku, String description, String shortDescription, Dates dates, boolean featured, PricesResponse prices,
        HiddenConditions hiddenConditions, String averageRating, long reviewCount, long ratingCount,
        String ratedOutOf, List<Image> images, List<TermRef> categories, List<TermRef> tags, Object attributes,
        Object defaultAttributes, List<EmbeddedVariation> variations, List<Long> groupedProducts, Stock stock,
        Weight weight, Dimensions dimensions, List<Object> reviews, List<Teaser> related, List<Teaser> upsells,
        List<Teaser> crossSells, long totalSales, String externalUrl, String buttonText, AddToCart addToCart,
        List<Object> metaData, @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {
}
