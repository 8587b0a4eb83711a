package org.headlesscart.catalog.entity;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A global attribute (WooCommerce's {@code pa_*} taxonomy), e.g. Color with the terms Red and Blue. */
@Entity
@Table(name = "attribute")
@NamedQuery(name = GlobalAttribute.ALL, query = "SELECT a FROM GlobalAttribute a ORDER BY a.name, a.id")
@NamedQuery(name = GlobalAttribute.BY_SLUG, query = "SELECT a FROM GlobalAttribute a WHERE a.slug = :slug")
// WooCommerce lists attribute taxonomies by their name, which is the slug without "pa_".
@NamedNativeQuery(name = GlobalAttribute.RENAME_VARIATION_KEYS,
        query = "UPDATE variation_attribute SET name = :newKey WHERE name = :oldKey")
@NamedNativeQuery(name = GlobalAttribute.RENAME_DEFAULT_KEYS,
        query = "UPDATE product_default_attribute SET name = :newKey WHERE name = :oldKey")
@NamedNativeQuery(name = GlobalAttribute.DELETE_VARIATION_KEYS, query = "DELETE FROM variation_attribute WHERE name = :key")
@NamedNativeQuery(name = GlobalAttribute.DELETE_DEFAULT_KEYS,
        query = "DELETE FROM product_default_attribute WHERE name = :key")
@NamedNativeQuery(name = GlobalAttribute.RENAME_VARIATION_VALUES,
        query = "UPDATE variation_attribute SET value = :newValue WHERE name = :key AND value = :oldValue")
@NamedNativeQuery(name = GlobalAttribute.RENAME_DEFAULT_VALUES,
        query = "UPDATE product_default_attribute SET value = :newValue WHERE name = :key AND value = :oldValue")
@NamedNativeQuery(name = GlobalAttribute.DELETE_DEFAULT_VALUES,
        query = "DELETE FROM product_default_attribute WHERE name = :key AND value = :value")
@NamedQuery(name = GlobalAttribute.LISTED, query = "SELECT a FROM GlobalAttribute a ORDER BY a.slug, a.id")
public class GlobalAttribute {

    public static final String ALL = "GlobalAttribute.all";
    public static final String BY_SLUG = "GlobalAttribute.bySlug";
    // Variations and defaults name a global attribute by its slug and a term by its slug, in element-collection
    // tables JPQL cannot update in bulk: renames and deletes keep them in step with these statements.
    public static final String RENAME_VARIATION_KEYS = "GlobalAttribute.renameVariationKeys";
    public static final String RENAME_DEFAULT_KEYS = "GlobalAttribute.renameDefaultKeys";
    public static final String DELETE_VARIATION_KEYS = "GlobalAttribute.deleteVariationKeys";
    public static final String DELETE_DEFAULT_KEYS = "GlobalAttribute.deleteDefaultKeys";
    public static final String RENAME_VARIATION_VALUES = "GlobalAttribute.renameVariationValues";
    public static final String RENAME_DEFAULT_VALUES = "GlobalAttribute.renameDefaultValues";
    public static final String DELETE_DEFAULT_VALUES = "GlobalAttribute.deleteDefaultValues";
    public static final String LISTED = "GlobalAttribute.listed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    /** With the {@code pa_} prefix, as WooCommerce names the taxonomy. */
    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false, length = 16)
    private String type = "select";

    @Column(name = "order_by", nullable = false, length = 16)
    private String orderBy = "menu_order";

    @Column(name = "has_archives", nullable = false)
    private boolean hasArchives;

    @OneToMany(mappedBy = "attribute", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("menuOrder, name")
    private List<AttributeTerm> terms = new ArrayList<>();

    @Version
    private long version;

    protected GlobalAttribute() {
    }

    public GlobalAttribute(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getSlug() { return slug; }
    public String getType() { return type; }
    public String getOrderBy() { return orderBy; }
    public boolean hasArchives() { return hasArchives; }
    public List<AttributeTerm> getTerms() { return terms; }

    public void rename(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    public void configure(String type, String orderBy, boolean hasArchives) {
        this.type = type;
        this.orderBy = orderBy;
        this.hasArchives = hasArchives;
    }

    /** Removes a term; its row goes with it (the attribute owns its terms). */
    public void removeTerm(AttributeTerm term) {
        terms.remove(term);
    }

    /** The term with this slug, added if new; terms are owned by their attribute. */
    public AttributeTerm term(String name, String slug) {
        return terms.stream().filter(term -> term.getSlug().equals(slug)).findFirst().orElseGet(() -> {
            AttributeTerm term = new AttributeTerm(this, name, slug);
            terms.add(term);
            return term;
        });
    }
}
