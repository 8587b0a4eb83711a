package org.headlesscart.catalog.control.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.headlesscart.catalog.model.AttributeDraft;
import org.headlesscart.catalog.model.TermDraft;
import org.headlesscart.catalog.control.importing.Slugs;
import org.headlesscart.catalog.entity.AttributeTerm;
import org.headlesscart.catalog.entity.Category;
import org.headlesscart.catalog.entity.GlobalAttribute;
import org.headlesscart.catalog.entity.ProductAttribute;
import org.headlesscart.catalog.entity.Tag;

/**
 * Creates, changes and deletes categories, tags, global attributes and their terms, with WordPress's rules: a
 * name is unique among its siblings, a slug given explicitly must be free, a slug made from a name gets a number
 * when taken. Products name global attributes and terms by slug, so renaming a slug renames it where products use
 * it, and deleting a term takes it out of the products that offered it. Each change bumps the catalog revision.
 */
@ApplicationScoped
public class AdminTaxonomies {

    static final List<String> ATTRIBUTE_TYPES = List.of("select");
    static final List<String> ATTRIBUTE_ORDERS = List.of("menu_order", "name", "name_num", "id");
    private static final String ATTRIBUTE_PREFIX = "pa_";
    /** WooCommerce's limit: the taxonomy name {@code pa_...} must fit WordPress's 32 characters. */
    private static final int ATTRIBUTE_SLUG_LENGTH = 28;

    @Inject
    AdminStore store;

    // Categories

    public long createCategory(TermDraft draft) {
        String name = requiredName(draft.name());
        checkSizes(draft);
        Long parent = parentOf(draft.parent(), null);
        List<Category> all = store.categories();
        refuseSiblingName(all.stream().filter(c -> Objects.equals(c.getParentId(), parent)).map(Category::getName).toList(), name);
        Category category = new Category(name, slug(draft.slug(), name, "category",
                all.stream().map(Category::getSlug).toList()), parent);
        category.rename(name, category.getSlug(), Objects.requireNonNullElse(draft.description(), ""));
        category.setImageSrc(blankToNull(draft.imageSrc()));
        category.setMenuOrder(draft.menuOrder() == null ? 0 : draft.menuOrder());
        store.add(category);
        store.bumpRevision();
        return category.getId();
    }

    public void updateCategory(long id, TermDraft draft) {
        Category category = category(id);
        String name = draft.name() == null ? category.getName() : requiredName(draft.name());
        checkSizes(draft);
        Long parent = draft.parent() == null ? category.getParentId() : parentOf(draft.parent(), category);
        List<Category> others = store.categories().stream().filter(c -> !c.getId().equals(id)).toList();
        refuseSiblingName(others.stream().filter(c -> Objects.equals(c.getParentId(), parent)).map(Category::getName).toList(), name);
        String slug = draft.slug() == null ? category.getSlug()
                : slug(draft.slug(), name, "category", others.stream().map(Category::getSlug).toList());
        category.rename(name, slug, draft.description() == null ? category.getDescription() : draft.description());
        category.moveTo(parent);
        if (draft.imageSrc() != null) {
            category.setImageSrc(blankToNull(draft.imageSrc()));
        }
        if (draft.menuOrder() != null) {
            category.setMenuOrder(draft.menuOrder());
        }
        store.bumpRevision();
    }

    /** Its children move up to its parent, as in WordPress; its products simply lose it. */
    public void deleteCategory(long id) {
        Category category = category(id);
        store.reparentCategories(id, category.getParentId());
        store.remove(category);
        store.bumpRevision();
    }

    // Tags

    public long createTag(TermDraft draft) {
        refuseParent(draft, "tag");
        String name = requiredName(draft.name());
        checkSizes(draft);
        List<Tag> all = store.tags();
        refuseSiblingName(all.stream().map(Tag::getName).toList(), name);
        Tag tag = new Tag(name, slug(draft.slug(), name, "tag", all.stream().map(Tag::getSlug).toList()));
        tag.rename(name, tag.getSlug(), Objects.requireNonNullElse(draft.description(), ""));
        store.add(tag);
        store.bumpRevision();
        return tag.getId();
    }

    public void updateTag(long id, TermDraft draft) {
        Tag tag = store.tag(id).orElseThrow(() -> AdminRefusal.Reason.ADMIN_TERM_NOT_FOUND.exception("tag " + id));
        refuseParent(draft, "tag");
        String name = draft.name() == null ? tag.getName() : requiredName(draft.name());
        checkSizes(draft);
        List<Tag> others = store.tags().stream().filter(t -> !t.getId().equals(id)).toList();
        refuseSiblingName(others.stream().map(Tag::getName).toList(), name);
        String slug = draft.slug() == null ? tag.getSlug()
                : slug(draft.slug(), name, "tag", others.stream().map(Tag::getSlug).toList());
        tag.rename(name, slug, draft.description() == null ? tag.getDescription() : draft.description());
        store.bumpRevision();
    }

    public void deleteTag(long id) {
        store.remove(store.tag(id).orElseThrow(() -> AdminRefusal.Reason.ADMIN_TERM_NOT_FOUND.exception("tag " + id)));
        store.bumpRevision();
    }

    // Global attributes

    public long createAttribute(AttributeDraft draft) {
        String name = attributeName(draft.name(), AdminRefusal.Reason.ATTRIBUTE_NOT_CREATED);
        GlobalAttribute attribute = new GlobalAttribute(name, attributeSlug(draft.slug(), name, null,
                AdminRefusal.Reason.ATTRIBUTE_NOT_CREATED));
        attribute.configure(oneOf("type", draft.type(), ATTRIBUTE_TYPES, "select"),
                oneOf("order_by", draft.orderBy(), ATTRIBUTE_ORDERS, "menu_order"), Boolean.TRUE.equals(draft.hasArchives()));
        store.add(attribute);
        store.bumpRevision();
        return attribute.getId();
    }

    public void updateAttribute(long id, AttributeDraft draft) {
        GlobalAttribute attribute = attribute(id);
        String name = draft.name() == null ? attribute.getName()
                : attributeName(draft.name(), AdminRefusal.Reason.ATTRIBUTE_NOT_EDITED);
        String oldSlug = attribute.getSlug();
        String slug = draft.slug() == null ? oldSlug
                : attributeSlug(draft.slug(), name, attribute, AdminRefusal.Reason.ATTRIBUTE_NOT_EDITED);
        attribute.configure(oneOf("type", draft.type(), ATTRIBUTE_TYPES, attribute.getType()),
                oneOf("order_by", draft.orderBy(), ATTRIBUTE_ORDERS, attribute.getOrderBy()),
                draft.hasArchives() == null ? attribute.hasArchives() : draft.hasArchives());
        attribute.rename(name, slug);
        if (!slug.equals(oldSlug)) {
            store.renameAttributeKey(id, oldSlug, slug);
        }
        store.bumpRevision();
    }

    /** Products lose the attribute (by foreign key); variations and defaults stop naming it. */
    public void deleteAttribute(long id) {
        GlobalAttribute attribute = attribute(id);
        store.forgetAttributeKey(attribute.getSlug());
        store.remove(attribute);
        store.bumpRevision();
    }

    // Terms of a global attribute

    public long createTerm(long attributeId, TermDraft draft) {
        GlobalAttribute attribute = attribute(attributeId);
        String name = requiredName(draft.name());
        checkSizes(draft);
        refuseSiblingName(attribute.getTerms().stream().map(AttributeTerm::getName).toList(), name);
        String slug = slug(draft.slug(), name, "term", attribute.getTerms().stream().map(AttributeTerm::getSlug).toList());
        AttributeTerm term = attribute.term(name, slug);
        term.rename(name, slug, Objects.requireNonNullElse(draft.description(), ""));
        term.setMenuOrder(draft.menuOrder() == null ? 0 : draft.menuOrder());
        store.flush();
        store.bumpRevision();
        return term.getId();
    }

    public void updateTerm(long attributeId, long termId, TermDraft draft) {
        GlobalAttribute attribute = attribute(attributeId);
        AttributeTerm term = term(attribute, termId);
        List<AttributeTerm> others = attribute.getTerms().stream().filter(t -> !t.getId().equals(termId)).toList();
        String name = draft.name() == null ? term.getName() : requiredName(draft.name());
        checkSizes(draft);
        refuseSiblingName(others.stream().map(AttributeTerm::getName).toList(), name);
        String oldSlug = term.getSlug();
        String slug = draft.slug() == null ? oldSlug
                : slug(draft.slug(), name, "term", others.stream().map(AttributeTerm::getSlug).toList());
        term.rename(name, slug, draft.description() == null ? term.getDescription() : draft.description());
        if (draft.menuOrder() != null) {
            term.setMenuOrder(draft.menuOrder());
        }
        if (!slug.equals(oldSlug)) {
            store.productAttributesWithTerm(attributeId, oldSlug).forEach(pa -> pa.replaceValue(oldSlug, slug));
            store.renameTermValue(attribute.getSlug(), oldSlug, slug);
        }
        store.bumpRevision();
    }

    /**
     * Products stop offering the term and stop preselecting it. A variation that chose it keeps its value, as in
     * WooCommerce: it no longer matches an offered option, so nobody can choose it.
     */
    public void deleteTerm(long attributeId, long termId) {
        GlobalAttribute attribute = attribute(attributeId);
        AttributeTerm term = term(attribute, termId);
        store.productAttributesWithTerm(attributeId, term.getSlug()).forEach(pa -> pa.replaceValue(term.getSlug(), null));
        store.forgetDefaultValue(attribute.getSlug(), term.getSlug());
        attribute.removeTerm(term);
        store.bumpRevision();
    }

    private Category category(long id) {
        return store.category(id).orElseThrow(() -> AdminRefusal.Reason.ADMIN_TERM_NOT_FOUND.exception("category " + id));
    }

    private GlobalAttribute attribute(long id) {
        return store.attribute(id).orElseThrow(() -> AdminRefusal.Reason.ADMIN_ATTRIBUTE_NOT_FOUND.exception(id));
    }

    private static AttributeTerm term(GlobalAttribute attribute, long termId) {
        return attribute.getTerms().stream().filter(t -> t.getId() == termId).findFirst()
                .orElseThrow(() -> AdminRefusal.Reason.ADMIN_TERM_NOT_FOUND.exception("term " + termId));
    }

    /** 0 (or absent on create) is the top level; a category cannot sit below itself or its descendants. */
    private Long parentOf(Long parent, Category moving) {
        if (parent == null || parent == 0) {
            return null;
        }
        List<Category> all = store.categories();
        if (all.stream().noneMatch(c -> c.getId().equals(parent))) {
            throw AdminRefusal.invalidFields(Map.of("parent", "Parent term does not exist."));
        }
        if (moving != null) {
            for (Long at = parent; at != null; ) {
                if (at.equals(moving.getId())) {
                    throw AdminRefusal.invalidFields(Map.of("parent",
                            "A category cannot be moved below itself or one of its descendants."));
                }
                Long current = at;
                at = all.stream().filter(c -> c.getId().equals(current)).findFirst().map(Category::getParentId).orElse(null);
            }
        }
        return parent;
    }

    /** A term's name, as WordPress's {@code wp_insert_term} and {@code wp_update_term} require one. */
    static String requiredName(String name) {
        if (name == null || name.isBlank()) {
            throw AdminRefusal.Reason.EMPTY_TERM_NAME.exception("name");
        }
        return fittingName(name.trim());
    }

    /** An attribute's name, with the words and code of WooCommerce's {@code wc_create_attribute} refusal. */
    private static String attributeName(String name, AdminRefusal.Reason refusal) {
        if (name == null || name.isBlank()) {
            throw refusal.exception("Please, provide an attribute name.");
        }
        return fittingName(name.trim());
    }

    private static String fittingName(String name) {
        if (!DraftValues.fits(name, DraftValues.TERM_LENGTH)) {
            throw AdminRefusal.invalidFields(Map.of("name", "name must be at most " + DraftValues.TERM_LENGTH
                    + " characters long."));
        }
        return name;
    }

    /** WooCommerce refuses a {@code parent} for a taxonomy without hierarchy, 0 included. */
    static void refuseParent(TermDraft draft, String what) {
        if (draft.parent() != null) {
            throw AdminRefusal.Reason.NOT_HIERARCHICAL.exception(what + " parent " + draft.parent());
        }
    }

    /** The columns' sizes: a description is TEXT, a category's image URL 2048 characters. */
    static void checkSizes(TermDraft draft) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (draft.description() != null && !DraftValues.fitsBytes(draft.description(), DraftValues.TEXT_BYTES)) {
            problems.put("description", "description must be at most " + DraftValues.TEXT_BYTES
                    + " bytes long in UTF-8.");
        }
        if (draft.imageSrc() != null && !DraftValues.fits(draft.imageSrc().trim(), 2048)) {
            problems.put("image", "image[src] must be at most 2048 characters long.");
        }
        if (!problems.isEmpty()) {
            throw AdminRefusal.invalidFields(problems);
        }
    }

    static void refuseSiblingName(List<String> siblings, String name) {
        if (siblings.stream().anyMatch(s -> s.equalsIgnoreCase(name))) {
            throw AdminRefusal.Reason.TERM_EXISTS.exception(name);
        }
    }

    /** A slug asked for must be free; one made from the name gets a number when taken. */
    static String slug(String wanted, String name, String fallback, List<String> taken) {
        if (wanted != null && !wanted.isBlank()) {
            String slug = Slugs.of(wanted, fallback);
            if (taken.contains(slug)) {
                throw AdminRefusal.Reason.SLUG_TAKEN.exception(slug);
            }
            return slug;
        }
        return Slugs.firstFree(Slugs.of(name, fallback), new ArrayList<>(taken));
    }

    /** WooCommerce's {@code wc_create_attribute} rules for the slug, refused with its words. */
    private String attributeSlug(String wanted, String name, GlobalAttribute own, AdminRefusal.Reason refusal) {
        String bare = wanted != null && !wanted.isBlank() ? wanted.trim() : name;
        if (bare.toLowerCase(Locale.ROOT).startsWith(ATTRIBUTE_PREFIX)) {
            bare = bare.substring(ATTRIBUTE_PREFIX.length());
        }
        String slug = Slugs.of(bare, "attribute");
        if (slug.length() > ATTRIBUTE_SLUG_LENGTH) {
            throw refusal.exception("Slug \"" + slug + "\" is too long (" + ATTRIBUTE_SLUG_LENGTH
                    + " characters max). Shorten it, please.");
        }
        String full = ATTRIBUTE_PREFIX + slug;
        boolean taken = store.attributes().stream().anyMatch(a -> a != own && a.getSlug().equals(full));
        if (taken) {
            throw refusal.exception("Slug \"" + slug + "\" is already in use. Change it, please.");
        }
        return full;
    }

    private static String oneOf(String field, String value, List<String> allowed, String current) {
        if (value == null) {
            return current;
        }
        if (!allowed.contains(value)) {
            throw AdminRefusal.invalidFields(Map.of(field, field + " is not one of " + String.join(", ", allowed) + "."));
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
