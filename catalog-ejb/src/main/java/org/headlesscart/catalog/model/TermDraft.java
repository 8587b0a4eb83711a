package org.headlesscart.catalog.model;

/**
 * A category, tag or attribute term to create or change, modelled on WooCommerce REST v3. {@code null} leaves a
 * value as it is; {@code parent} 0 moves a category to the top level; an empty {@code imageSrc} removes a
 * category's image. Tags and attribute terms ignore what they do not have (parent, image, menu order of tags).
 */
public record TermDraft(String name, String slug, Long parent, String description, String imageSrc,
        Integer menuOrder) {
}
