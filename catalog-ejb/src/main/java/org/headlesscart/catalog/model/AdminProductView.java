package org.headlesscart.catalog.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A product or variation as the admin API shows it: what is stored, whatever its status, with money in minor
 * units ({@code null} = no price). Attribute options and choices are shown by label, as WooCommerce REST v3 shows
 * them. A variation without a shipping class of its own shows its parent's, as WooCommerce's {@code view} context
 * does; {@code shippingClass} is the class's slug, {@code ""} (id 0) for none.
 */
public record AdminProductView(long id, long parentId, String type, String name, String slug, String status,
        boolean featured, String catalogVisibility, String description, String shortDescription, String sku,
        Long price, Long regularPrice, Long salePrice, Instant saleFrom, Instant saleTo, boolean onSale,
        boolean purchasable, long totalSales, boolean virtual, boolean downloadable, String externalUrl,
        String buttonText, String taxStatus, String taxClass, String shippingClass, long shippingClassId,
        boolean manageStock, Integer stockQuantity,
        String stockStatus, String backorders, boolean backordersAllowed, boolean backordered,
        Integer lowStockAmount, boolean soldIndividually, BigDecimal weight, BigDecimal length, BigDecimal width,
        BigDecimal height, List<Long> upsellIds, List<Long> crossSellIds, List<ProductView.Term> categories,
        List<ProductView.Term> tags, List<ProductView.Image> images, List<Attribute> attributes,
        List<Choice> defaultAttributes, List<Choice> variationAttributes, List<Long> variations,
        List<Long> groupedProducts, int menuOrder, Instant created, Instant modified) {

    /** {@code id} is the global attribute's, 0 for a custom attribute. */
    public record Attribute(long id, String name, int position, boolean visible, boolean variation,
            List<String> options) {
    }

    /** {@code option} is empty for "any". */
    public record Choice(long id, String name, String option) {
    }

    /** One page of an admin list, with the size of the whole list. */
    public record Page(List<AdminProductView> products, long total, int totalPages) {
    }
}
