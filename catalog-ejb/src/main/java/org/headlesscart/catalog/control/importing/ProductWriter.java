package org.headlesscart.catalog.control.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.headlesscart.catalog.control.importing.ImportRow.Inventory;
import org.headlesscart.catalog.control.importing.ImportRow.Type;
import org.headlesscart.catalog.entity.Pricing;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductAttribute;
import org.headlesscart.catalog.entity.ProductLink;
import org.headlesscart.catalog.entity.ProductType;
import org.headlesscart.catalog.entity.Shipping;
import org.headlesscart.catalog.entity.Stock;

/**
 * Writes one row: finds its product (by SKU; without SKU, by the ID of a row written earlier in this import) or
 * creates it, and makes it what the row says. Everything the row could be refused for is checked before anything
 * is written. Links to other products are left to the second pass ({@link ProductLinker}), except that kinds the
 * row lists none of are cleared here. One instance serves one row, inside its transaction.
 */
final class ProductWriter {

    private static final int NAME_LENGTH = 255;

    private final ImportStore store;
    private final Taxonomies taxonomies;

    ProductWriter(ImportStore store) {
        this.store = store;
        this.taxonomies = new Taxonomies(store);
    }

    RowOutcome write(RowTask task) {
        ImportRow row = task.row();
        List<String> problems = RowChecks.problems(row);
        if (!problems.isEmpty()) {
            return RowOutcome.rejected(problems);
        }
        References references = new References(store, task.importedIds());
        Optional<Product> existing = row.sku().isEmpty() ? references.importedWithId(row.wooId())
                : store.productBySku(row.sku());
        Product parent = null;
        if (row.type() == Type.VARIATION) {
            parent = references.find(row.links().parent()).orElse(null);
            Optional<String> refused = refusedParent(row, parent, existing);
            if (refused.isPresent()) {
                return RowOutcome.rejected(refused.get());
            }
        } else if (existing.isEmpty() && row.name().isEmpty()) {
            return RowOutcome.rejected("Name: a new product needs a name");
        }
        String name = name(row, parent, existing);
        Product product = existing.orElseGet(() -> new Product(type(row), name, slugFor(name), Instant.now()));
        long versionBefore = product.getVersion();
        apply(row, task, product, name, parent);
        if (existing.isEmpty()) {
            store.add(product);
        }
        store.flush();
        // Hibernate writes (and versions) a product only when it differs; anything else a row creates (a category,
        // a term) also changes the product's own categories or attributes.
        return RowOutcome.written(product.getId(), existing.isEmpty(),
                existing.isEmpty() || product.getVersion() != versionBefore);
    }

    private static Optional<String> refusedParent(ImportRow row, Product parent, Optional<Product> existing) {
        ProductRef ref = row.links().parent();
        if (parent == null) {
            return Optional.of(References.unknown("Parent", ref));
        }
        if (parent.getType() != ProductType.VARIABLE) {
            return Optional.of("Parent: '" + ref + "' is a " + parent.getType().wireName() + " product, not a variable one");
        }
        if (existing.isPresent() && existing.get().getId().equals(parent.getId())) {
            return Optional.of("Parent: '" + ref + "' is this row's own product");
        }
        return Optional.empty();
    }

    /** The row's name; a variation without one is named after its parent, a product without one keeps its own. */
    private static String name(ImportRow row, Product parent, Optional<Product> existing) {
        if (!row.name().isEmpty()) {
            return row.name();
        }
        if (parent == null) {
            return existing.orElseThrow().getName();
        }
        String generated = AttributeMapping.variationName(parent.getName(), row.attributes());
        return generated.length() > NAME_LENGTH ? generated.substring(0, NAME_LENGTH) : generated;
    }

    private String slugFor(String name) {
        String base = Slugs.of(name, "product");
        return Slugs.firstFree(base, store.productSlugsLike(base));
    }

    private void apply(ImportRow row, RowTask task, Product product, String name, Product parent) {
        // Resolve (and create) what the row names first, so that the product changes in one go afterwards.
        var categories = taxonomies.categories(row.categories());
        var tags = taxonomies.tags(row.tags());
        var shippingClass = taxonomies.shippingClass(row.shipping().shippingClass());
        boolean variation = row.type() == Type.VARIATION;
        List<ProductAttribute.Definition> attributes = variation ? List.of() : definitions(row, task);
        Map<String, String> fixed = variation ? AttributeMapping.variationValues(row.attributes(), taxonomies) : Map.of();
        Map<String, String> defaults = row.type() == Type.VARIABLE
                ? AttributeMapping.defaultValues(row.attributes(), taxonomies) : Map.of();

        product.changeType(type(row), parent);
        if (!row.sku().isEmpty()) {
            product.assignSku(row.sku());
        }
        product.describe(name, row.shortDescription(), row.description());
        product.present(row.status().slug(), row.visibility().slug(), row.featured(), row.position());
        ImportRow.Pricing p = row.pricing();
        product.reprice(new Pricing(p.regularPriceMinor(), p.salePriceMinor(), p.saleStarts(), p.saleEnds()));
        product.restock(stock(row.inventory()));
        product.sellAs(row.inventory().soldIndividually(), row.virtual(), row.downloadable());
        ImportRow.Shipping s = row.shipping();
        product.measure(new Shipping(s.weight(), s.length(), s.width(), s.height()));
        product.taxAs(row.taxStatus().slug(), row.taxClass());
        product.shipIn(shippingClass == null ? null : shippingClass.getId());
        product.sellElsewhere(row.externalUrl(), row.buttonText());
        product.classify(categories, tags);
        product.showImages(row.images());
        product.defineAttributes(attributes);
        product.fixAttributeValues(fixed);
        product.preselect(defaults);
        clearUnlistedLinks(row.links(), product);
    }

    private List<ProductAttribute.Definition> definitions(ImportRow row, RowTask task) {
        return AttributeMapping.productAttributes(row, task.varied(), taxonomies).stream()
                .map(m -> new ProductAttribute.Definition(m.global() ? taxonomies.attributeBySlug(m.key()) : null,
                        m.key(), m.values(), m.visible(), m.usedForVariations()))
                .toList();
    }

    /** A quantity means WooCommerce counts the stock; a variation whose parent counts it counts none itself. */
    static Stock stock(Inventory inventory) {
        return inventory.managesStock()
                ? Stock.counted(inventory.stockQuantity(), inventory.backorders().slug(), inventory.lowStockAmount())
                : Stock.uncounted(inventory.stockStatus().slug(), inventory.backorders().slug(),
                        inventory.lowStockAmount());
    }

    private static void clearUnlistedLinks(ImportRow.Links links, Product product) {
        if (links.groupedProducts().isEmpty()) {
            product.link(ProductLink.GROUPED, List.of());
        }
        if (links.upsells().isEmpty()) {
            product.link(ProductLink.UPSELL, List.of());
        }
        if (links.crossSells().isEmpty()) {
            product.link(ProductLink.CROSS_SELL, List.of());
        }
    }

    private static ProductType type(ImportRow row) {
        return ProductType.ofWireName(row.type().slug());
    }
}
