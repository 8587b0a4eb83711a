package org.headlesscart.api.wc.v3;

import java.util.List;

import org.headlesscart.api.error.MissingParamException;
import org.headlesscart.catalog.model.AttributeDraft;
import org.headlesscart.catalog.model.TermDraft;

/**
 * Reads WooCommerce REST v3 bodies of categories, tags, attributes and attribute terms. Their create routes declare
 * {@code name} required, so WordPress answers a create without one (or with {@code null}) 400
 * {@code rest_missing_callback_param} before it looks at any value.
 */
final class TermRequest {

    private TermRequest() {
    }

    static TermDraft newTerm(String body) {
        JsonBody json = JsonBody.parse(body);
        requireName(json);
        return term(json);
    }

    /** A category's {@code image} is an object with a {@code src}; {@code "image": {}} or an empty src removes it. */
    static TermDraft term(String body) {
        return term(JsonBody.parse(body));
    }

    static AttributeDraft newAttribute(String body) {
        JsonBody json = JsonBody.parse(body);
        requireName(json);
        return attribute(json);
    }

    static AttributeDraft attribute(String body) {
        return attribute(JsonBody.parse(body));
    }

    private static TermDraft term(JsonBody json) {
        JsonBody image = json.object("image");
        String imageSrc = image == null ? null : image.string("src") == null ? "" : image.string("src");
        TermDraft draft = new TermDraft(json.string("name"), json.string("slug"), json.integer("parent"),
                json.string("description"), imageSrc, json.int32("menu_order"));
        json.throwIfAny();
        return draft;
    }

    private static AttributeDraft attribute(JsonBody json) {
        AttributeDraft draft = new AttributeDraft(json.string("name"), json.string("slug"), json.string("type"),
                json.string("order_by"), json.bool("has_archives"));
        json.throwIfAny();
        return draft;
    }

    private static void requireName(JsonBody json) {
        if (!json.has("name")) {
            throw new MissingParamException(List.of("name"));
        }
    }
}
