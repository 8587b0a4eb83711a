package org.headlesscart.catalog.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Weight and dimensions in the store's units; null when not given. */
@Embeddable
public class Shipping {

    @Column(precision = 12, scale = 4)
    private BigDecimal weight;

    @Column(precision = 12, scale = 4)
    private BigDecimal length;

    @Column(precision = 12, scale = 4)
    private BigDecimal width;

    @Column(precision = 12, scale = 4)
    private BigDecimal height;

    protected Shipping() {
    }

    public Shipping(BigDecimal weight, BigDecimal length, BigDecimal width, BigDecimal height) {
        this.weight = weight;
        this.length = length;
        this.width = width;
        this.height = height;
    }

    public BigDecimal getWeight() { return weight; }
    public BigDecimal getLength() { return length; }
    public BigDecimal getWidth() { return width; }
    public BigDecimal getHeight() { return height; }
}
