package org.headlesscart.catalog.control.importing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One product row of a WooCommerce product CSV, typed but not yet resolved against the catalog.
 *
 * <p>Conventions: text is never null (empty when the cell is empty or the column absent); a boxed number, an
 * instant or a reference is null when its cell is empty; lists are empty, never null. All collections are
 * unmodifiable. Money is in minor units of the currency the parser was configured for.
 *
 * @param lineNumber         the physical line the row starts on; the header is line 1
 * @param wooId              the ID column: the product's id in the store the file came from, which
 *                           {@code id:N} references elsewhere in the file point to
 * @param type               the product type named in the Type column; {@code simple} if it names none
 * @param virtual            whether the Type column lists {@code virtual}
 * @param downloadable       whether the Type column lists {@code downloadable}
 * @param status             from Published: 1 publish, 0 private, -1 draft (as WooCommerce exports them); an
 *                           empty cell is a draft, as in WooCommerce; without the column, publish
 * @param visibility         Visibility in catalog; {@code visible} when empty
 * @param shortDescription   with the exporter's {@code \n} turned back into line breaks
 * @param description        likewise
 * @param taxStatus          {@code taxable} when empty
 * @param taxClass           the tax class slug; empty is the standard class
 * @param reviewsAllowed     Allow customer reviews?
 * @param categories         category paths from the root, e.g. [[Clothing, Tshirts], [Decor]]
 * @param images             image URLs (or file names), the first being the main image
 * @param downloadLimit      downloads allowed per customer; null for unlimited
 * @param downloadExpiryDays days a download link lasts; null for never
 * @param position           the menu order; 0 when empty
 * @param attributes         in the order of their column numbers
 * @param meta               the non-empty {@code Meta: key} cells, by key, in column order
 */
public record ImportRow(
        int lineNumber, Long wooId, Type type, boolean virtual, boolean downloadable, String sku, String name,
        Status status, boolean featured, Visibility visibility, String shortDescription, String description,
        Pricing pricing, TaxStatus taxStatus, String taxClass, Inventory inventory, Shipping shipping,
        boolean reviewsAllowed, String purchaseNote, List<List<String>> categories, List<String> tags,
        List<String> images, Integer downloadLimit, Integer downloadExpiryDays, List<Download> downloads,
        Links links, String externalUrl, String buttonText, int position, List<Attribute> attributes,
        Map<String, String> meta) {

    public ImportRow {
        categories = categories.stream().map(List::copyOf).toList();
        tags = List.copyOf(tags);
        images = List.copyOf(images);
        downloads = List.copyOf(downloads);
        attributes = List.copyOf(attributes);
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }

    /**
     * Prices and the sale window. The window's dates are read in the parser's store time zone (UTC by default);
     * WooCommerce writes them in the store's local time.
     */
    public record Pricing(Long regularPriceMinor, Long salePriceMinor, Instant saleStarts, Instant saleEnds) {
    }

    /**
     * Stock. A quantity means WooCommerce manages the stock; {@code stockFromParent} means a variation whose Stock
     * cell says {@code parent}, so its parent manages it.
     */
    public record Inventory(StockStatus stockStatus, Integer stockQuantity, boolean stockFromParent,
                            Integer lowStockAmount, Backorders backorders, boolean soldIndividually) {

        public boolean managesStock() {
            return stockQuantity != null;
        }
    }

    /**
     * Weight and dimensions as written ({@code .5} is 0.5), in the units named in their column headers, e.g.
     * {@code lbs} from "Weight (lbs)"; a unit is empty when the header names none.
     */
    public record Shipping(BigDecimal weight, BigDecimal length, BigDecimal width, BigDecimal height,
                           String weightUnit, String dimensionUnit, String shippingClass) {
    }

    /** References to other products, unresolved: Parent, Grouped products, Upsells, Cross-sells. */
    public record Links(ProductRef parent, List<ProductRef> groupedProducts, List<ProductRef> upsells,
                        List<ProductRef> crossSells) {

        public Links {
            groupedProducts = List.copyOf(groupedProducts);
            upsells = List.copyOf(upsells);
            crossSells = List.copyOf(crossSells);
        }
    }

    /**
     * One "Attribute N" column group.
     *
     * @param position     N from the column headers
     * @param values       on a parent row, the values offered; on a variation, its one value, or none for "any"
     * @param visible      shown on the product page; true when the cell is empty
     * @param global       a global (taxonomy) attribute rather than one defined on the product
     * @param defaultValue a variable product's default choice ("Attribute N default"); empty if none
     */
    public record Attribute(int position, String name, List<String> values, boolean visible, boolean global,
                            String defaultValue) {

        public Attribute {
            values = List.copyOf(values);
        }

        /** On a variation row: whether the variation matches any value of this attribute. */
        public boolean isAny() {
            return values.isEmpty();
        }
    }

    /** One "Download N" column pair; the name may be empty, the URL never is. */
    public record Download(int position, String name, String url) {
    }

    /** The product types WooCommerce exports. */
    public enum Type {
        SIMPLE, VARIABLE, VARIATION, GROUPED, EXTERNAL;

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Post statuses a product can be exported with. */
    public enum Status {
        PUBLISH, PRIVATE, DRAFT;

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Visibility {
        VISIBLE, CATALOG, SEARCH, HIDDEN;

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum TaxStatus {
        TAXABLE, SHIPPING, NONE;

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The stock status; {@link #slug()} gives WooCommerce's name, e.g. {@code onbackorder}. */
    public enum StockStatus {
        IN_STOCK, OUT_OF_STOCK, ON_BACKORDER;

        public String slug() {
            return name().replace("_", "").toLowerCase(Locale.ROOT);
        }
    }

    public enum Backorders {
        NO, NOTIFY, YES;

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
