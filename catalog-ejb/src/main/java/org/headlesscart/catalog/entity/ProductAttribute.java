package org.headlesscart.catalog.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * An attribute of one product: either a global attribute ({@code attribute} set; values are term slugs) or a
 * custom one (values are free text). Variable products mark the attributes their variations differ in.
 */
@Entity
@Table(name = "product_attribute")
@NamedQuery(name = ProductAttribute.OF_GLOBAL_WITH_VALUE, query = "SELECT DISTINCT pa FROM ProductAttribute pa "
        + "JOIN pa.values v WHERE pa.attribute.id = :attributeId AND v = :value")
@NamedQuery(name = ProductAttribute.RENAME_GLOBAL, query = "UPDATE ProductAttribute pa SET pa.name = :name "
        + "WHERE pa.attribute.id = :attributeId")
public class ProductAttribute {

    public static final String OF_GLOBAL_WITH_VALUE = "ProductAttribute.ofGlobalWithValue";
    public static final String RENAME_GLOBAL = "ProductAttribute.renameGlobal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attribute_id")
    private GlobalAttribute attribute;

    /** For a global attribute its slug ({@code pa_color}); for a custom one its label ("Material"). */
    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean visible = true;

    @Column(name = "used_for_variations", nullable = false)
    private boolean usedForVariations;

    @ElementCollection
    @CollectionTable(name = "product_attribute_value", joinColumns = @JoinColumn(name = "product_attribute_id"))
    @OrderColumn(name = "position")
    @Column(name = "value", nullable = false, length = 200)
    private List<String> values = new ArrayList<>();

    protected ProductAttribute() {
    }

    ProductAttribute(Product product, GlobalAttribute attribute, String name, int position) {
        this.product = product;
        this.attribute = attribute;
        this.name = name;
        this.position = position;
    }

    public Long getId() { return id; }
    public GlobalAttribute getAttribute() { return attribute; }
    public String getName() { return name; }
    public int getPosition() { return position; }
    public boolean isVisible() { return visible; }
    public boolean isUsedForVariations() { return usedForVariations; }
    public List<String> getValues() { return values; }

    /**
     * What one attribute of a product is to be ({@link Product#defineAttributes}).
     *
     * @param attribute the global attribute, or null for a custom one
     * @param name      the global attribute's slug ({@code pa_color}), or the custom attribute's label
     * @param values    term slugs of a global attribute, values as written of a custom one
     */
    public record Definition(GlobalAttribute attribute, String name, List<String> values, boolean visible,
                             boolean usedForVariations) {

        public Definition {
            Objects.requireNonNull(name);
            values = List.copyOf(values);
        }
    }

    /** Makes this attribute the definition at a position; whether anything changed. */
    boolean redefine(Definition definition, int position) {
        boolean changed = !Objects.equals(idOf(attribute), idOf(definition.attribute()))
                || !name.equals(definition.name()) || this.position != position || visible != definition.visible()
                || usedForVariations != definition.usedForVariations() || !values.equals(definition.values());
        if (changed) {
            this.attribute = definition.attribute();
            this.name = definition.name();
            this.position = position;
            with(definition.values(), definition.visible(), definition.usedForVariations());
        }
        return changed;
    }

    // By id: a lazy reference may be a proxy of the very attribute the definition holds.
    private static Long idOf(GlobalAttribute attribute) {
        return attribute == null ? null : attribute.getId();
    }

    /** Replaces one value (a term slug that changed) everywhere it occurs; {@code null} removes it. */
    public void replaceValue(String value, String replacement) {
        List<String> kept = new ArrayList<>();
        values.forEach(v -> {
            if (!v.equals(value)) {
                kept.add(v);
            } else if (replacement != null && !kept.contains(replacement)) {
                kept.add(replacement);
            }
        });
        values.clear();
        values.addAll(kept);
    }

    public ProductAttribute with(List<String> values, boolean visible, boolean usedForVariations) {
        this.values.clear();
        this.values.addAll(values);
        this.visible = visible;
        this.usedForVariations = usedForVariations;
        return this;
    }
}
