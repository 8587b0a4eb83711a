package org.headlesscart.catalog.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A link from one product to another: a grouped child, an upsell or a cross-sell. */
@Embeddable
public class ProductLink {

    public static final String GROUPED = "grouped";
    public static final String UPSELL = "upsell";
    public static final String CROSS_SELL = "cross_sell";

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "linked_id", nullable = false)
    private long linkedId;

    @Column(nullable = false)
    private int position;

    protected ProductLink() {
    }

    public ProductLink(String kind, long linkedId, int position) {
        this.kind = kind;
        this.linkedId = linkedId;
        this.position = position;
    }

    public String getKind() { return kind; }
    public long getLinkedId() { return linkedId; }
    public int getPosition() { return position; }

    // A value: Product#link compares the links it has with those it is given.
    @Override
    public boolean equals(Object other) {
        return other instanceof ProductLink that && kind.equals(that.kind) && linkedId == that.linkedId
                && position == that.position;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, linkedId, position);
    }
}
