package org.headlesscart.api.wc.v3;

import org.headlesscart.catalog.boundary.AttributeDraft;
import org.headlesscart.catalog.boundary.TermDraft;

/** Reads WooCommerce REST v3 bodies of categories, tags, attributes and attribute terms. */
final class TermRequest {

    private TermRequest() {
    }

    /** A category's {@code image} is an object with a {@code src}; {@code "image": {}} or an empty src removes it. */
    static TermDraft term(String body) {
        JsonBody json = JsonBody.parse(body);
        JsonBody image = json.object("image");
        String imageSrc = image == null ? null : image.string("src") == null ? "" : image.string("src");
        TermDraft draft = new TermDraft(json.string("name"), json.string("slug"), json.integer("parent"),
                json.string("description"), imageSrc, json.int32("menu_order"));
        json.throwIfAny();
        return draft;
    }

    static AttributeDraft attribute(String body) {
        JsonBody json = JsonBody.parse(body);
        AttributeDraft draft = new AttributeDraft(json.string("name"), json.string("slug"), json.string("type"),
                json.string("order_by"), json.bool("has_archives"));
        json.throwIfAny();
        return draft;
    }
}
