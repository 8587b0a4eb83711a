package org.headlesscart.catalog.control.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.headlesscart.catalog.model.ProductDraft;
import org.headlesscart.catalog.control.importing.AttributeMapping;
import org.headlesscart.catalog.control.importing.Slugs;
import org.headlesscart.catalog.entity.AttributeTerm;
import org.headlesscart.catalog.entity.Category;
import org.headlesscart.catalog.entity.GlobalAttribute;
import org.headlesscart.catalog.entity.Pricing;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductAttribute;
import org.headlesscart.catalog.entity.ProductImage;
import org.headlesscart.catalog.entity.ProductLink;
import org.headlesscart.catalog.entity.ProductType;
import org.headlesscart.catalog.entity.Shipping;
import org.headlesscart.catalog.entity.ShippingClass;
import org.headlesscart.catalog.entity.Stock;
import org.headlesscart.catalog.entity.Tag;

/**
 * Makes a product or variation what a draft says. Everything the draft could be refused for is checked, and
 * reported together, before anything changes; the one exception is that options of a global attribute that name
 * no term yet become terms, which the refusal's rollback takes back. One instance serves one request.
 */
final class ProductEditor {

    static final List<String> TYPES = List.of("simple", "variable", "grouped", "external");
    static final List<String> STATUSES = List.of("draft", "pending", "private", "publish");
    static final List<String> VISIBILITIES = List.of("visible", "catalog", "search", "hidden");
    static final List<String> STOCK_STATUSES = List.of(Stock.IN_STOCK, Stock.OUT_OF_STOCK, Stock.ON_BACKORDER);
    static final List<String> BACKORDERS = List.of("no", "notify", "yes");
    static final List<String> TAX_STATUSES = List.of("taxable", "shipping", "none");

    private static final int NAME_LENGTH = 255;

    private final AdminStore store;
    private final FieldProblems problems = new FieldProblems();
    private final DraftValues values;
    private final Terms terms;

    ProductEditor(AdminStore store, int currencyDecimals, java.time.ZoneId zone) {
        this.store = store;
        this.values = new DraftValues(problems, currencyDecimals, zone);
        this.terms = new Terms();
    }

    /** A new product, or with a parent a new variation of it; added to the store. */
    Product create(ProductDraft draft, Product parent) {
        Product product = apply(null, draft, parent);
        store.add(product);
        store.flush();
        return product;
    }

    void update(Product product, ProductDraft draft) {
        apply(product, draft, product.getParent());
        store.flush();
    }

    private Product apply(Product existing, ProductDraft d, Product parent) {
        boolean variation = parent != null;
        if (existing == null && variation && d.namesNothing()) {
            // WooCommerce would make a published variation without price or attributes; refused here (docs/api.md).
            throw AdminRefusal.Reason.EMPTY_VARIATION.exception(parent.getId());
        }
        ProductType type = type(existing, d, variation);
        Map<String, String> fixed = variation && d.variationAttributes() != null ? choices("attributes",
                d.variationAttributes(), true) : null;
        String name = name(existing, d, parent, fixed);
        String sku = sku(existing, d);
        String status = values.oneOf("status", d.status(), STATUSES, existing == null ? "publish" : existing.getStatus());
        String visibility = values.oneOf("catalog_visibility", d.catalogVisibility(), VISIBILITIES,
                existing == null ? "visible" : existing.getVisibility());
        Pricing pricing = pricing(existing, d);
        Stock stock = stock(existing, d);
        Shipping shipping = shipping(existing, d);
        String taxStatus = values.oneOf("tax_status", d.taxStatus(), TAX_STATUSES,
                existing == null ? "taxable" : existing.getTaxStatus());
        String taxClass = values.text("tax_class", d.taxClass(), 64, existing == null ? "" : existing.getTaxClass());
        Long shippingClassId = d.shippingClass() == null ? existing == null ? null : existing.getShippingClassId()
                : shippingClassId(d.shippingClass());
        String externalUrl = values.text("external_url", d.externalUrl(), 2048,
                existing == null ? "" : existing.getExternalUrl());
        String buttonText = values.text("button_text", d.buttonText(), 255, existing == null ? "" : existing.getButtonText());
        String shortDescription = values.longText("short_description", d.shortDescription(), DraftValues.TEXT_BYTES,
                existing == null ? "" : existing.getShortDescription());
        String description = values.longText("description", d.description(), DraftValues.MEDIUMTEXT_BYTES,
                existing == null ? "" : existing.getDescription());
        List<Category> categories = d.categoryIds() == null ? null : terms("categories", d.categoryIds(), store::category);
        List<Tag> tags = d.tagIds() == null ? null : terms("tags", d.tagIds(), store::tag);
        List<ProductImage.Source> images = d.images() == null ? null : images(d.images());
        List<ProductAttribute.Definition> attributes = !variation && d.attributes() != null
                ? definitions(d.attributes(), type) : null;
        Map<String, String> defaults = !variation && d.defaultAttributes() != null
                ? choices("default_attributes", d.defaultAttributes(), false) : null;
        Long ownId = existing == null ? null : existing.getId();
        List<Long> upsells = links("upsell_ids", d.upsellIds(), ownId);
        List<Long> crossSells = links("cross_sell_ids", d.crossSellIds(), ownId);
        List<Long> grouped = links("grouped_products", d.groupedProducts(), ownId);
        if (grouped != null && !grouped.isEmpty() && type != ProductType.GROUPED) {
            problems.add("grouped_products", "grouped_products can only be set on a grouped product.");
        }
        problems.throwIfAny();
        if (!sku.isEmpty()) {
            Optional<Product> owner = store.productBySku(sku);
            if (owner.isPresent() && !owner.get().equals(existing)) {
                throw AdminRefusal.Reason.DUPLICATE_SKU.exception(sku);
            }
        }

        Product product = existing != null ? existing
                : new Product(type, name, slug(d.slug(), name, null), Instant.now());
        if (existing != null && d.slug() != null && !d.slug().isBlank()) {
            product.reslug(slug(d.slug(), name, existing.getSlug()));
        }
        product.changeType(type, parent);
        product.assignSku(sku);
        product.describe(name, shortDescription, description);
        product.present(status, visibility, d.featured() != null ? d.featured() : existing != null && existing.isFeatured(),
                d.menuOrder() != null ? d.menuOrder() : existing == null ? 0 : existing.getMenuOrder());
        product.reprice(pricing);
        product.restock(stock);
        product.sellAs(flag(d.soldIndividually(), existing, Product::isSoldIndividually),
                flag(d.virtual(), existing, Product::isVirtual), flag(d.downloadable(), existing, Product::isDownloadable));
        product.measure(shipping);
        product.taxAs(taxStatus, taxClass);
        product.shipIn(shippingClassId);
        product.sellElsewhere(externalUrl, buttonText);
        if (categories != null || tags != null) {
            product.classify(categories != null ? categories : List.copyOf(product.getCategories()),
                    tags != null ? tags : List.copyOf(product.getTags()));
        }
        if (images != null) {
            product.showImages(images);
        }
        if (attributes != null) {
            product.defineAttributes(attributes);
        }
        if (defaults != null) {
            product.preselect(defaults);
        }
        if (fixed != null) {
            product.fixAttributeValues(fixed);
        }
        link(product, ProductLink.UPSELL, upsells);
        link(product, ProductLink.CROSS_SELL, crossSells);
        link(product, ProductLink.GROUPED, grouped);
        return product;
    }

    private ProductType type(Product existing, ProductDraft d, boolean variation) {
        if (variation) {
            if (d.type() != null && !d.type().equals("variation")) {
                problems.add("type", "type of a variation is variation.");
            }
            return ProductType.VARIATION;
        }
        String current = existing == null ? "simple" : existing.getType().wireName();
        ProductType type = ProductType.ofWireName(values.oneOf("type", d.type(), TYPES, current));
        if (existing != null && existing.getType() == ProductType.VARIABLE && type != ProductType.VARIABLE
                && !store.variations(existing.getId()).isEmpty()) {
            problems.add("type", "A variable product with variations keeps its type; delete its variations first.");
        }
        return type;
    }

    private String name(Product existing, ProductDraft d, Product parent, Map<String, String> fixed) {
        String name = values.text("name", d.name(), NAME_LENGTH, existing == null ? null : existing.getName());
        if (name != null && !name.isBlank()) {
            return name;
        }
        if (parent != null) {
            // As WooCommerce names a variation it was given no name for: "Hoodie - Red, Small".
            String chosen = fixed == null ? "" : String.join(", ", fixed.entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty()).map(e -> terms.label(e.getKey(), e.getValue())).toList());
            String generated = chosen.isEmpty() ? parent.getName() : parent.getName() + " - " + chosen;
            return generated.length() > NAME_LENGTH ? generated.substring(0, NAME_LENGTH) : generated;
        }
        problems.add("name", "name is required and may not be empty.");
        return "";
    }

    private String sku(Product existing, ProductDraft d) {
        if (d.sku() == null) {
            return existing == null || existing.getSku() == null ? "" : existing.getSku();
        }
        String sku = d.sku().trim();
        if (!DraftValues.fits(sku, 100)) {
            problems.add("sku", "sku must be at most 100 characters long.");
        }
        return sku;
    }

    /** WordPress makes a taken slug unique with a number rather than refusing it; so does the catalog. */
    private String slug(String wanted, String name, String own) {
        String base = Slugs.of(wanted != null && !wanted.isBlank() ? wanted : name, "product");
        List<String> taken = new ArrayList<>(store.productSlugsLike(base));
        taken.remove(own);
        return Slugs.firstFree(base, taken);
    }

    private Pricing pricing(Product existing, ProductDraft d) {
        Pricing current = existing == null ? null : existing.getPricing();
        return new Pricing(values.price("regular_price", d.regularPrice(), current == null ? null : current.regularMinor()),
                values.price("sale_price", d.salePrice(), current == null ? null : current.saleMinor()),
                values.date("date_on_sale_from", d.saleFrom(), d.saleFromGmt(), current == null ? null : current.saleFrom()),
                values.date("date_on_sale_to", d.saleTo(), d.saleToGmt(), current == null ? null : current.saleTo()));
    }

    /** Counted stock takes its status from the quantity, as in WooCommerce; uncounted stock has the status given. */
    private Stock stock(Product existing, ProductDraft d) {
        Stock current = existing == null ? Stock.uncounted(Stock.IN_STOCK, "no", null) : existing.getStock();
        boolean managed = d.manageStock() != null ? d.manageStock() : current.isManaged();
        // Stock never goes negative here: a shop that sells on backorder allows backorders instead.
        Integer quantity = values.atLeast("stock_quantity", d.stockQuantity(), 0, current.getQuantity());
        String backorders = values.oneOf("backorders", d.backorders(), BACKORDERS, current.getBackorders());
        Integer low = values.atLeast("low_stock_amount", d.lowStockAmount(), 0, current.getLowStockAmount());
        String status = values.oneOf("stock_status", d.stockStatus(), STOCK_STATUSES, current.getStatus());
        return managed ? Stock.counted(quantity == null ? 0 : quantity, backorders, low)
                : Stock.uncounted(status, backorders, low);
    }

    private Shipping shipping(Product existing, ProductDraft d) {
        Shipping current = existing == null ? null : existing.getShipping();
        return new Shipping(values.measure("weight", d.weight(), current == null ? null : current.getWeight()),
                values.measure("dimensions.length", d.length(), current == null ? null : current.getLength()),
                values.measure("dimensions.width", d.width(), current == null ? null : current.getWidth()),
                values.measure("dimensions.height", d.height(), current == null ? null : current.getHeight()));
    }

    /**
     * WooCommerce's {@code get_shipping_class_id_by_slug}: the class with that slug, else none. An unknown slug is
     * not an error there either; it clears the class.
     */
    private Long shippingClassId(String slug) {
        String wanted = slug.trim();
        return wanted.isEmpty() ? null : store.shippingClasses().stream().filter(c -> c.getSlug().equals(wanted))
                .findFirst().map(ShippingClass::getId).orElse(null);
    }

    private <T> List<T> terms(String field, List<Long> ids, java.util.function.LongFunction<Optional<T>> find) {
        List<T> found = new ArrayList<>();
        for (Long id : ids.stream().distinct().toList()) {
            Optional<T> term = id == null ? Optional.empty() : find.apply(id);
            term.ifPresentOrElse(found::add, () -> problems.add(field, "No " + field + " term has the id " + id + "."));
        }
        return found;
    }

    private List<ProductImage.Source> images(List<ProductDraft.Image> images) {
        List<ProductImage.Source> sources = new ArrayList<>();
        for (ProductDraft.Image image : images) {
            if (image == null || image.src() == null || image.src().isBlank() || !DraftValues.fits(image.src().trim(), 2048)) {
                problems.add("images", "Every image needs a src of at most 2048 characters.");
                continue;
            }
            if (image.name() != null && !DraftValues.fits(image.name(), 255)
                    || image.alt() != null && !DraftValues.fits(image.alt(), 255)) {
                problems.add("images", "An image's name and alt may have at most 255 characters.");
                continue;
            }
            String src = image.src().trim();
            sources.add(new ProductImage.Source(src, image.name() != null && !image.name().isBlank() ? image.name()
                    : ProductImage.nameFromSrc(src), image.alt()));
        }
        return sources;
    }

    /** WooCommerce's defaults for an attribute sent without them: not visible, not used for variations. */
    private List<ProductAttribute.Definition> definitions(List<ProductDraft.Attribute> given, ProductType type) {
        List<ProductDraft.Attribute> ordered = new ArrayList<>(given);
        ordered.sort(Comparator.comparingInt(a -> a.position() == null ? Integer.MAX_VALUE : a.position()));
        List<ProductAttribute.Definition> definitions = new ArrayList<>();
        for (ProductDraft.Attribute a : ordered) {
            List<String> options = a.options() == null ? List.of()
                    : a.options().stream().filter(Objects::nonNull).map(String::trim).filter(o -> !o.isEmpty()).distinct().toList();
            if (options.stream().anyMatch(o -> !DraftValues.fits(o, DraftValues.TERM_LENGTH))) {
                problems.add("attributes", "An attribute's options may have at most " + DraftValues.TERM_LENGTH
                        + " characters each.");
                continue;
            }
            boolean visible = Boolean.TRUE.equals(a.visible());
            boolean forVariations = Boolean.TRUE.equals(a.variation()) && type == ProductType.VARIABLE;
            if (a.id() != null && a.id() > 0) {
                Optional<GlobalAttribute> global = store.attribute(a.id());
                if (global.isEmpty()) {
                    problems.add("attributes", "No global attribute has the id " + a.id() + ".");
                    continue;
                }
                GlobalAttribute g = global.get();
                definitions.add(new ProductAttribute.Definition(g, g.getSlug(),
                        options.stream().map(o -> terms.slugOrCreate(g, o)).distinct().toList(), visible, forVariations));
            } else if (a.name() == null || a.name().isBlank()) {
                problems.add("attributes", "An attribute needs the id of a global attribute or a name.");
            } else if (!DraftValues.fits(a.name().trim(), DraftValues.TERM_LENGTH)) {
                problems.add("attributes", "An attribute's name may have at most " + DraftValues.TERM_LENGTH
                        + " characters.");
            } else {
                definitions.add(new ProductAttribute.Definition(null, a.name().trim(), options, visible, forVariations));
            }
        }
        if (definitions.stream().map(def -> def.name().toLowerCase(java.util.Locale.ROOT)).distinct().count()
                < definitions.size()) {
            problems.add("attributes", "An attribute may be given only once.");
        }
        return definitions;
    }

    /**
     * Chosen values by WooCommerce's key: a global attribute's slug with a term slug, or a custom attribute's
     * sanitized name with the value as written. An empty option is "any", allowed only for variations.
     */
    private Map<String, String> choices(String field, List<ProductDraft.Choice> given, boolean anyAllowed) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (ProductDraft.Choice c : given) {
            String option = c.option() == null ? "" : c.option().trim();
            if (option.isEmpty() && !anyAllowed) {
                problems.add(field, field + " needs an option for every attribute.");
                continue;
            }
            if (!DraftValues.fits(option, DraftValues.TERM_LENGTH)
                    || c.name() != null && !DraftValues.fits(c.name().trim(), DraftValues.TERM_LENGTH)) {
                problems.add(field, field + ": names and options may have at most " + DraftValues.TERM_LENGTH
                        + " characters.");
                continue;
            }
            if (c.id() != null && c.id() > 0) {
                Optional<GlobalAttribute> global = store.attribute(c.id());
                if (global.isEmpty()) {
                    problems.add(field, "No global attribute has the id " + c.id() + ".");
                    continue;
                }
                Optional<String> slug = option.isEmpty() ? Optional.of("") : terms.slugOf(global.get(), option);
                slug.ifPresentOrElse(s -> chosen.put(global.get().getSlug(), s), () -> problems.add(field,
                        "'" + option + "' is no term of " + global.get().getName() + "."));
            } else if (c.name() == null || c.name().isBlank()) {
                problems.add(field, field + " need the id of a global attribute or a name.");
            } else {
                chosen.put(AttributeMapping.customKey(c.name()), option);
            }
        }
        return chosen;
    }

    private List<Long> links(String field, List<Long> ids, Long ownId) {
        if (ids == null) {
            return null;
        }
        List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        Set<Long> existing = store.existingProductIds(distinct);
        for (Long id : distinct) {
            if (!existing.contains(id) || id.equals(ownId)) {
                problems.add(field, field + ": " + id + " is no other product.");
            }
        }
        return distinct;
    }

    private static void link(Product product, String kind, List<Long> ids) {
        if (ids != null) {
            product.link(kind, ids);
        }
    }

    private static boolean flag(Boolean given, Product existing, java.util.function.Predicate<Product> current) {
        return given != null ? given : existing != null && current.test(existing);
    }

    /** Global attribute terms by name or slug: exact name first, then ignoring case, then slug. */
    private final class Terms {

        private final Map<String, GlobalAttribute> bySlug = new LinkedHashMap<>();

        Optional<String> slugOf(GlobalAttribute attribute, String option) {
            bySlug.put(attribute.getSlug(), attribute);
            List<AttributeTerm> all = attribute.getTerms();
            return all.stream().filter(t -> t.getName().equals(option)).findFirst()
                    .or(() -> all.stream().filter(t -> t.getName().equalsIgnoreCase(option)).findFirst())
                    .or(() -> all.stream().filter(t -> t.getSlug().equalsIgnoreCase(option)).findFirst())
                    .map(AttributeTerm::getSlug);
        }

        String slugOrCreate(GlobalAttribute attribute, String option) {
            return slugOf(attribute, option).orElseGet(() -> attribute.term(option, Slugs.firstFree(
                    Slugs.of(option, "term"), attribute.getTerms().stream().map(AttributeTerm::getSlug).toList()))
                    .getSlug());
        }

        /** The label of a chosen value: a term's name, or a custom value as written. */
        String label(String key, String value) {
            GlobalAttribute attribute = bySlug.get(key);
            return attribute == null ? value : attribute.getTerms().stream().filter(t -> t.getSlug().equals(value))
                    .map(AttributeTerm::getName).findFirst().orElse(value);
        }
    }
}
