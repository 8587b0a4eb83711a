package org.headlesscart.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One product line of an order, as bought: name, SKU, prices and taxes are copied from the cart when the order is
 * placed and do not follow later catalog changes. {@code productId} is the parent of a variation.
 */
@Entity
@NamedQuery(name = OrderLine.OF_ORDER, query = "SELECT l FROM OrderLine l WHERE l.orderId = :orderId ORDER BY l.position")
@NamedQuery(name = OrderLine.OF_ORDERS, query = "SELECT l FROM OrderLine l WHERE l.orderId IN :orderIds "
        + "ORDER BY l.orderId, l.position")
@Table(name = "order_line")
public class OrderLine {

    public static final String OF_ORDER = "OrderLine.ofOrder";
    public static final String OF_ORDERS = "OrderLine.ofOrders";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_id")
    private long orderId;

    @Column(name = "position")
    private int position;

    @Column(name = "product_id")
    private long productId;

    @Column(name = "variation_id")
    private long variationId;

    @Column(name = "name")
    private String name;

    @Column(name = "sku")
    private String sku;

    @Column(name = "quantity")
    private int quantity;

    @Column(name = "tax_class")
    private String taxClass;

    @Column(name = "price")
    private long price;

    @Column(name = "subtotal")
    private long subtotal;

    @Column(name = "subtotal_tax")
    private long subtotalTax;

    @Column(name = "total")
    private long total;

    @Column(name = "total_tax")
    private long totalTax;

    @Column(name = "taxes_json", columnDefinition = "TEXT")
    private String taxesJson;

    @Column(name = "meta_json", columnDefinition = "TEXT")
    private String metaJson;

    @Column(name = "image_src")
    private String imageSrc;

    @Column(name = "refunded_quantity")
    private int refundedQuantity;

    @Column(name = "refunded_total")
    private long refundedTotal;

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public void setOrderId(long orderId) {
        this.orderId = orderId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public long getProductId() {
        return productId;
    }

    public void setProductId(long productId) {
        this.productId = productId;
    }

    public long getVariationId() {
        return variationId;
    }

    public void setVariationId(long variationId) {
        this.variationId = variationId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public String getTaxClass() {
        return taxClass;
    }

    public void setTaxClass(String taxClass) {
        this.taxClass = taxClass;
    }

    public long getPrice() {
        return price;
    }

    public void setPrice(long price) {
        this.price = price;
    }

    public long getSubtotal() {
        return subtotal;
    }

    public void setSubtotal(long subtotal) {
        this.subtotal = subtotal;
    }

    public long getSubtotalTax() {
        return subtotalTax;
    }

    public void setSubtotalTax(long subtotalTax) {
        this.subtotalTax = subtotalTax;
    }

    public long getTotal() {
        return total;
    }

    public void setTotal(long total) {
        this.total = total;
    }

    public long getTotalTax() {
        return totalTax;
    }

    public void setTotalTax(long totalTax) {
        this.totalTax = totalTax;
    }

    public String getTaxesJson() {
        return taxesJson;
    }

    public void setTaxesJson(String taxesJson) {
        this.taxesJson = taxesJson;
    }

    public String getMetaJson() {
        return metaJson;
    }

    public void setMetaJson(String metaJson) {
        this.metaJson = metaJson;
    }

    public String getImageSrc() {
        return imageSrc;
    }

    public void setImageSrc(String imageSrc) {
        this.imageSrc = imageSrc;
    }

    public int getRefundedQuantity() {
        return refundedQuantity;
    }

    public void setRefundedQuantity(int refundedQuantity) {
        this.refundedQuantity = refundedQuantity;
    }

    public long getRefundedTotal() {
        return refundedTotal;
    }

    public void setRefundedTotal(long refundedTotal) {
        this.refundedTotal = refundedTotal;
    }
}
