package org.headlesscart.api.cocart.v2.catalog;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.api.cocart.v2.AvatarUrls;
import org.headlesscart.catalog.model.ReviewView;

/**
 * A product review as {@code /products/reviews} shows it (contract §5.6): dates in the store's zone and in UTC,
 * the text as HTML paragraphs, Gravatar URLs for the reviewer's e-mail (which itself is never shown), and links to
 * itself, the list and the product.
 */
@JsonbPropertyOrder({"id", "dateCreated", "dateCreatedGmt", "productId", "status", "reviewer", "review", "rating",
    "verified", "reviewerAvatarUrls", "links"})
public record ReviewResponse(long id, String dateCreated, String dateCreatedGmt, long productId, String status,
        String reviewer, String review, int rating, boolean verified, AvatarUrls reviewerAvatarUrls,
        @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

    /** @param secure whether the request came over HTTPS, which picks the Gravatar host as WordPress does */
    static ReviewResponse from(ReviewView review, CatalogLinks links, ZoneId zone, boolean secure) {
        return new ReviewResponse(review.id(), WireFormat.date(review.created(), zone),
                WireFormat.date(review.created(), ZoneOffset.UTC), review.productId(), review.status(),
                review.reviewer(), WireFormat.paragraphs(review.review()), review.rating(), review.verified(),
                AvatarUrls.of(review.reviewerEmail(), secure), links(review, links));
    }

    private static Map<String, List<Map<String, String>>> links(ReviewView review, CatalogLinks links) {
        Map<String, List<Map<String, String>>> result = new LinkedHashMap<>();
        result.put("self", List.of(Map.of("href", links.review(review.id()))));
        result.put("collection", List.of(Map.of("href", links.reviews())));
        Map<String, String> product = new LinkedHashMap<>();       // WordPress writes link attributes before href
        product.put("permalink", review.productSlug() == null ? "" : links.permalink(review.productSlug()));
        product.put("href", links.product(review.productId()));
        result.put("product", List.of(product));
        return result;
    }
}
