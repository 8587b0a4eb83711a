package org.headlesscart.catalog.control.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.headlesscart.catalog.entity.AttributeTerm;
import org.headlesscart.catalog.entity.Category;
import org.headlesscart.catalog.entity.GlobalAttribute;
import org.headlesscart.catalog.entity.ShippingClass;
import org.headlesscart.catalog.entity.Tag;

/**
 * Finds the categories, tags, shipping class, global attributes and terms a row names, and creates those that do not exist yet,
 * as WooCommerce's importer does. Names match exactly, then ignoring case, then by slug. One instance serves one
 * row, inside its transaction: what it creates is rolled back with the row.
 */
final class Taxonomies implements AttributeMapping.Globals {

    private static final String ATTRIBUTE_PREFIX = "pa_";

    private final ImportStore store;
    private List<Category> categories;
    private List<GlobalAttribute> attributes;

    Taxonomies(ImportStore store) {
        this.store = store;
    }

    /** The last category of each path, e.g. Tshirts of {@code Clothing > Tshirts}, without repeats. */
    List<Category> categories(List<List<String>> paths) {
        return paths.stream().map(this::category).distinct().toList();
    }

    List<Tag> tags(List<String> names) {
        return names.stream().map(this::tag).distinct().toList();
    }

    /**
     * The "Shipping class" cell's class: WooCommerce's importer finds it by name and creates it when missing; an
     * empty cell is no class ({@code null}), which for a variation means its parent's.
     */
    ShippingClass shippingClass(String name) {
        if (name.isEmpty()) {
            return null;
        }
        List<ShippingClass> all = store.shippingClasses();
        String slug = Slugs.of(name, "shipping-class");
        return first(all, ShippingClass::getName, ShippingClass::getSlug, name, slug).orElseGet(() -> store.add(
                new ShippingClass(name, Slugs.firstFree(slug, all.stream().map(ShippingClass::getSlug).toList()))));
    }

    /** The global attribute a column names ("Color" gives {@code pa_color}), created if new. */
    GlobalAttribute attribute(String name) {
        String slug = ATTRIBUTE_PREFIX + Slugs.of(name, "attribute");
        return first(allAttributes(), GlobalAttribute::getName, GlobalAttribute::getSlug, name, slug).orElseGet(() -> {
            GlobalAttribute created = store.add(new GlobalAttribute(name, slug));
            attributes.add(created);
            return created;
        });
    }

    /** The global attribute with this slug, found or created by this row. */
    GlobalAttribute attributeBySlug(String slug) {
        return allAttributes().stream().filter(a -> a.getSlug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No global attribute " + slug + " was resolved"));
    }

    @Override
    public String attributeSlug(String name) {
        return attribute(name).getSlug();
    }

    /** The slug of the attribute's term that a value names; a new term is added to the attribute. */
    @Override
    public String termSlug(String attributeName, String value) {
        GlobalAttribute attribute = attribute(attributeName);
        List<AttributeTerm> terms = attribute.getTerms();
        return first(terms, AttributeTerm::getName, AttributeTerm::getSlug, value, Slugs.of(value))
                .map(AttributeTerm::getSlug)
                .orElseGet(() -> attribute.term(value, Slugs.firstFree(Slugs.of(value, "term"),
                        terms.stream().map(AttributeTerm::getSlug).toList())).getSlug());
    }

    private Category category(List<String> path) {
        List<Category> all = allCategories();
        CategoryPaths.Resolution resolution = CategoryPaths.resolve(all.stream()
                .map(c -> new CategoryPaths.Node(c.getId(), c.getParentId(), c.getName(), c.getSlug())).toList(), path);
        Long parentId = resolution.deepestId();
        Category category = all.stream().filter(c -> Objects.equals(c.getId(), resolution.deepestId())).findFirst()
                .orElse(null);
        for (String name : resolution.missing()) {
            String slug = Slugs.firstFree(Slugs.of(name, "category"), all.stream().map(Category::getSlug).toList());
            category = store.add(new Category(name, slug, parentId));
            all.add(category);
            parentId = category.getId();
        }
        return category;
    }

    private Tag tag(String name) {
        String slug = Slugs.of(name, "tag");
        return store.tagBySlug(slug).orElseGet(() -> store.add(new Tag(name, slug)));
    }

    private List<Category> allCategories() {
        if (categories == null) {
            categories = new ArrayList<>(store.categories());
        }
        return categories;
    }

    private List<GlobalAttribute> allAttributes() {
        if (attributes == null) {
            attributes = new ArrayList<>(store.globalAttributes());
        }
        return attributes;
    }

    private static <T> Optional<T> first(List<T> candidates, Function<T, String> name, Function<T, String> slug,
            String wantedName, String wantedSlug) {
        return Stream.<Predicate<T>>of(c -> name.apply(c).equals(wantedName),
                        c -> name.apply(c).equalsIgnoreCase(wantedName),
                        c -> !wantedSlug.isEmpty() && slug.apply(c).equalsIgnoreCase(wantedSlug))
                .flatMap(test -> candidates.stream().filter(test).limit(1))
                .findFirst();
    }
}
