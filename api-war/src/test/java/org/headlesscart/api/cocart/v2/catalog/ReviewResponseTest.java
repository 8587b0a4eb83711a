package org.headlesscart.api.cocart.v2.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.catalog.model.CurrencyView;
import org.headlesscart.catalog.model.ReviewView;
import org.headlesscart.catalog.model.StoreView;
import org.junit.jupiter.api.Test;

/** The review object of contract §5.6: its keys, their order and JSON types, its dates, text and links. */
class ReviewResponseTest {

    static final URI BASE = URI.create("http://127.0.0.1:8088/wp-json/");

    final Jsonb jsonb = JsonbBuilder.create(JsonbConfiguration.config());

    final ReviewView review = new ReviewView(1, Instant.parse("2026-01-06T09:30:00Z"), 10, "basic-t-shirt",
            "approved", "Jane Doe", "customer@example.com", "Soft & warm.\n\nWashes <well>.", 5, true);

    @Test
    void keysComeInTheContractsOrderWithTheirTypes() {
        JsonObject json = serialize(ZoneOffset.UTC);

        assertEquals(List.of("id:NUMBER", "date_created:STRING", "date_created_gmt:STRING", "product_id:NUMBER",
                "status:STRING", "reviewer:STRING", "review:STRING", "rating:NUMBER", "verified:TRUE",
                "reviewer_avatar_urls:OBJECT", "reviewer_avatar_urls.24:STRING", "reviewer_avatar_urls.48:STRING",
                "reviewer_avatar_urls.96:STRING", "_links:OBJECT", "_links.self:ARRAY", "_links.collection:ARRAY",
                "_links.product:ARRAY"), Captures.shape(json), "R-REVIEW: contract §5.6");
    }

    @Test
    void avatarsAreTheGravatarUrlsWordPressGivesTheSameAddress() {
        JsonObject avatars = serialize(ZoneOffset.UTC).getJsonObject("reviewer_avatar_urls");

        assertEquals(Captures.object("40-login").getJsonObject("avatar_urls"), avatars,
                "R-REVIEW-AVATAR: capture 40 has customer@example.com's avatars over HTTP");
    }

    @Test
    void datesAreLocalAndUtcWithoutZone() {
        JsonObject json = serialize(ZoneId.of("Europe/Berlin"));

        assertEquals("2026-01-06T10:30:00", json.getString("date_created"));
        assertEquals("2026-01-06T09:30:00", json.getString("date_created_gmt"));
    }

    @Test
    void theTextIsEscapedIntoParagraphs() {
        assertEquals("<p>Soft &amp; warm.</p>\n<p>Washes &lt;well&gt;.</p>\n", serialize(ZoneOffset.UTC)
                .getString("review"));
    }

    @Test
    void linksPointAtTheReviewTheListAndTheProductWithItsPermalink() {
        JsonObject links = serialize(ZoneOffset.UTC).getJsonObject("_links");

        assertEquals("http://127.0.0.1:8088/wp-json/cocart/v2/products/reviews/1",
                links.getJsonArray("self").getJsonObject(0).getString("href"));
        assertEquals("http://127.0.0.1:8088/wp-json/cocart/v2/products/reviews",
                links.getJsonArray("collection").getJsonObject(0).getString("href"));
        JsonObject product = links.getJsonArray("product").getJsonObject(0);
        assertEquals(List.of("permalink", "href"), List.copyOf(product.keySet()), "attributes before href, as WP");
        assertEquals("http://127.0.0.1:8088/product/basic-t-shirt/", product.getString("permalink"));
        assertEquals("http://127.0.0.1:8088/wp-json/cocart/v2/products/10", product.getString("href"));
    }

    private JsonObject serialize(ZoneId zone) {
        return Captures.parse(jsonb.toJson(ReviewResponse.from(review, new CatalogLinks(store(), BASE), zone, false)));
    }

    private static StoreView store() {
        return new StoreView("Shop", "", Optional.empty(), "en-US", BigDecimal.ZERO, "UTC",
                new StoreView.Address("1 Street", "", "City", "US:CA", "94110"),
                new CurrencyView("USD", "$", "left", 2, ".", ","), "kg", "cm");
    }
}
