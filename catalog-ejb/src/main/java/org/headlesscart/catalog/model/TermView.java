package org.headlesscart.catalog.model;

/**
 * A term of a product taxonomy (a category, a tag or a global attribute's term) and how many products it lists.
 * {@code parentId} 0 means top level; {@code imageSrc} is null without an image. Tags have neither parent, image
 * nor menu order, so those are 0, null and 0.
 */
public record TermView(long id, String name, String slug, long parentId, String description, String imageSrc,
        int menuOrder, long count) {
}
