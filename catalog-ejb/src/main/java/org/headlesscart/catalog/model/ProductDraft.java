package org.headlesscart.catalog.model;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * What an operator sends to create or change a product or variation through the admin API, modelled on
 * WooCommerce REST v3. Every component is optional: {@code null} leaves the stored value as it is (a new product
 * starts from WooCommerce's defaults), an empty string clears a text or price, an empty list clears a list.
 *
 * <p>Prices are major-unit decimal strings as WooCommerce sends them ({@code "18.50"}); sale dates are ISO 8601,
 * {@code *Gmt} in UTC and the others in the store's time zone, the GMT one winning when both are given.
 * {@code shippingClass} is a class slug: {@code ""} means none (for a variation "same as parent") and, as in
 * WooCommerce, so does a slug that names no class. {@code variationAttributes} is a variation's own choice per attribute (an empty option is "any"); products use
 * {@code attributes} and {@code defaultAttributes} instead.
 */
public record ProductDraft(String name, String slug, String type, String status, Boolean featured,
        String catalogVisibility, String description, String shortDescription, String sku, String regularPrice,
        String salePrice, String saleFrom, String saleFromGmt, String saleTo, String saleToGmt, Boolean manageStock,
        Integer stockQuantity, String stockStatus, String backorders, Integer lowStockAmount,
        Boolean soldIndividually, Boolean virtual, Boolean downloadable, String weight, String length, String width,
        String height, String taxStatus, String taxClass, String shippingClass, String externalUrl, String buttonText, Integer menuOrder,
        List<Long> categoryIds, List<Long> tagIds, List<Image> images, List<Attribute> attributes,
        List<Choice> defaultAttributes, List<Choice> variationAttributes, List<Long> upsellIds,
        List<Long> crossSellIds, List<Long> groupedProducts) {

    /**
     * Whether the draft names nothing at all (every component {@code null}): what a body of unknown fields only, or
     * an empty one, gives. Read over the record's components so that a field added later counts too.
     */
    public boolean namesNothing() {
        for (RecordComponent component : ProductDraft.class.getRecordComponents()) {
            try {
                if (component.getAccessor().invoke(this) != null) {
                    return false;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return true;
    }

    /** An image by URL; name and alt may be omitted (the name then comes from the file name). */
    public record Image(String src, String name, String alt) {
    }

    /**
     * One attribute of a product: a global one by {@code id}, or a custom one by {@code name} (id absent or 0).
     * {@code options} are term names or slugs of a global attribute (new names become terms), free text otherwise.
     */
    public record Attribute(Long id, String name, Integer position, Boolean visible, Boolean variation,
            List<String> options) {
    }

    /** A chosen value of one attribute, named as in {@link Attribute}. */
    public record Choice(Long id, String name, String option) {
    }
}
