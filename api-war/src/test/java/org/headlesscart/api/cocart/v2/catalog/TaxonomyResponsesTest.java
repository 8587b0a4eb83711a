package org.headlesscart.api.cocart.v2.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.catalog.model.AttributeView;
import org.headlesscart.catalog.model.TermView;
import org.junit.jupiter.api.Test;

/** The taxonomy routes' objects against captures 10-12: values, key order and JSON types. */
class TaxonomyResponsesTest {

    static final URI BASE = URI.create("http://127.0.0.1:8088/wp-json/");

    final Jsonb jsonb = JsonbBuilder.create(JsonbConfiguration.config());

    @Test
    void categoriesSerializeExactlyAsCapture10() {
        TermLinks links = new TermLinks(BASE, CategoriesResource.ROUTE);
        List<CategoryResponse> body = List.of(category(19, "Accessories", 0, 2), category(16, "Clothing", 0, 3),
                category(18, "Hoodies", 16, 1), category(20, "Music", 0, 1), category(17, "T-Shirts", 16, 1),
                category(15, "Uncategorized", 0, 0)).stream().map(term -> CategoryResponse.from(term, links)).toList();

        assertSameAsCapture("10-products-categories", jsonb.toJson(body), "R-TAXONOMY-CATEGORY");
    }

    @Test
    void tagsSerializeExactlyAsCapture11() {
        TermLinks links = new TermLinks(BASE, TagsResource.ROUTE);
        List<TagResponse> body = List.of(tag(23, "New", 2), tag(22, "Sale", 1), tag(21, "Summer", 2)).stream()
                .map(term -> TagResponse.from(term, links)).toList();

        assertSameAsCapture("11-products-tags", jsonb.toJson(body), "R-TAXONOMY-TAG");
    }

    @Test
    void attributesSerializeExactlyAsCapture12() {
        TermLinks links = new TermLinks(BASE, AttributesResource.ROUTE);
        List<AttributeResponse> body = List.of(
                new AttributeView(1, "Color", "pa_color", "select", "menu_order", false),
                new AttributeView(2, "Size", "pa_size", "select", "menu_order", false)).stream()
                .map(attribute -> AttributeResponse.from(attribute, links)).toList();

        assertSameAsCapture("12-products-attributes", jsonb.toJson(body), "R-TAXONOMY-ATTRIBUTE");
    }

    @Test
    void attributeTermsHaveTheContractsKeysAndLinksUnderTheirAttribute() {
        TermLinks links = new TermLinks(BASE, AttributesResource.ROUTE + "/1/terms");
        TermView blue = new TermView(2, "Blue", "blue", 0, "", null, 0, 1);

        JsonObject json = Captures.parse(jsonb.toJson(AttributeTermResponse.from(blue, links)));

        assertEquals(List.of("id:NUMBER", "name:STRING", "slug:STRING", "description:STRING", "menu_order:NUMBER",
                "count:NUMBER", "_links:OBJECT", "_links.self:ARRAY", "_links.collection:ARRAY"),
                Captures.shape(json), "R-TAXONOMY-TERM: contract §5.5 order and types");
        assertEquals("http://127.0.0.1:8088/wp-json/cocart/v2/products/attributes/1/terms/2",
                json.getJsonObject("_links").getJsonArray("self").getJsonObject(0).getString("href"));
        assertEquals("http://127.0.0.1:8088/wp-json/cocart/v2/products/attributes/1/terms",
                json.getJsonObject("_links").getJsonArray("collection").getJsonObject(0).getString("href"));
    }

    @Test
    void aCategoryImageIsAnObjectNamedAfterItsFile() {
        TermLinks links = new TermLinks(BASE, CategoriesResource.ROUTE);
        TermView withImage = new TermView(16, "Clothing", "clothing", 0, "", "https://cdn.example.com/u/clothes.jpg?v=2",
                3, 3);

        JsonObject image = Captures.parse(jsonb.toJson(CategoryResponse.from(withImage, links))).getJsonObject("image");

        assertEquals(List.of("id:NUMBER", "src:STRING", "name:STRING", "alt:STRING"), Captures.shape(image));
        assertEquals("clothes", image.getString("name"));
        assertEquals(0, image.getInt("id"));
        assertNull(CategoryResponse.Image.of(""), "no image is null, as in capture 10");
    }

    private static void assertSameAsCapture(String capture, String json, String requirement) {
        JsonArray expected = Captures.array(capture);
        JsonArray actual = Captures.parseArray(json);
        assertEquals(expected, actual, requirement + ": values");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(Captures.shape(expected.getJsonObject(i)), Captures.shape(actual.getJsonObject(i)),
                    requirement + ": key order and JSON types of item " + i);
        }
    }

    private static TermView category(long id, String name, long parent, long count) {
        return new TermView(id, name, name.toLowerCase(), parent, "", null, 0, count);
    }

    private static TermView tag(long id, String name, long count) {
        return new TermView(id, name, name.toLowerCase(), 0, "", null, 0, count);
    }
}
