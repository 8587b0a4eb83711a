package org.headlesscart.catalog.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A term of a global attribute, e.g. "Red" (slug {@code red}) of Color. */
@Entity
@Table(name = "attribute_term")
@NamedQuery(name = AttributeTerm.OF_ATTRIBUTES,
        query = "SELECT t FROM AttributeTerm t JOIN FETCH t.attribute a WHERE a.id IN :ids ORDER BY t.menuOrder, t.name")
@NamedQuery(name = AttributeTerm.OF_ATTRIBUTE,
        query = "SELECT t FROM AttributeTerm t WHERE t.attribute.id = :attributeId ORDER BY t.name, t.id")
// A product carries a global attribute's terms as slugs in its product_attribute values.
@NamedQuery(name = AttributeTerm.IDS_OF_PRODUCT, query = "SELECT t.id FROM ProductAttribute pa JOIN pa.values v, "
        + "AttributeTerm t WHERE pa.product.id = :productId AND t.attribute = pa.attribute AND t.slug = v "
        + "AND t.attribute.id = :attributeId")
// WordPress's own term count for attribute terms: distinct published products that carry the term.
@NamedQuery(name = AttributeTerm.PRODUCT_COUNTS, query = "SELECT t.id, COUNT(DISTINCT p.id) FROM ProductAttribute pa "
        + "JOIN pa.product p JOIN pa.values v, AttributeTerm t WHERE t.attribute = pa.attribute AND t.slug = v "
        + "AND t.attribute.id = :attributeId AND p.status = 'publish' AND p.type <> 'variation' GROUP BY t.id")
public class AttributeTerm {

    public static final String OF_ATTRIBUTES = "AttributeTerm.ofAttributes";
    public static final String OF_ATTRIBUTE = "AttributeTerm.ofAttribute";
    public static final String IDS_OF_PRODUCT = "AttributeTerm.idsOfProduct";
    public static final String PRODUCT_COUNTS = "AttributeTerm.productCounts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attribute_id")
    private GlobalAttribute attribute;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false, columnDefinition = "text")
    private String description = "";

    @Column(name = "menu_order", nullable = false)
    private int menuOrder;

    @Version
    private long version;

    protected AttributeTerm() {
    }

    AttributeTerm(GlobalAttribute attribute, String name, String slug) {
        this.attribute = attribute;
        this.name = name;
        this.slug = slug;
    }

    public void rename(String name, String slug, String description) {
        this.name = Objects.requireNonNull(name);
        this.slug = Objects.requireNonNull(slug);
        this.description = Objects.requireNonNullElse(description, "");
    }

    public void setMenuOrder(int menuOrder) { this.menuOrder = menuOrder; }

    public Long getId() { return id; }
    public GlobalAttribute getAttribute() { return attribute; }
    public String getName() { return name; }
    public String getSlug() { return slug; }
    public String getDescription() { return description; }
    public int getMenuOrder() { return menuOrder; }
}
