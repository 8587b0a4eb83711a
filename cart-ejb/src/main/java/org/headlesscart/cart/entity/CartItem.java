package org.headlesscart.cart.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One cart line, or a removed line kept for restore. It holds ids and the customer's choices, never product data:
 * name, price and stock are read from the catalog each time the cart is shown.
 */
@Entity
@Table(name = "cart_item")
public class CartItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // A line never moves to another cart (a merge copies lines): not in the UPDATE, so InnoDB has no foreign key to
    // check on every quantity change.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cart_id", updatable = false)
    private Cart cart;

    @Column(name = "item_key", nullable = false, length = 32, updatable = false)
    private String itemKey;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "variation_id", nullable = false, updatable = false)
    private long variationId;

    @Column(nullable = false, precision = 14, scale = 4)
    private BigDecimal quantity;

    @Column(name = "variation_json", nullable = false, updatable = false, columnDefinition = "TEXT")
    private String variationJson;

    @Column(name = "item_data_json", nullable = false, updatable = false, columnDefinition = "TEXT")
    private String itemDataJson;

    @Column(name = "custom_price_minor")
    private Long customPriceMinor;

    @Column(nullable = false)
    private boolean removed;

    @Column(nullable = false)
    private int position;

    /**
     * What makes a line the line it is; equal identities give equal item keys.
     *
     * @param variationJson the chosen attributes as a JSON object, {@code attribute_pa_color} to value slug
     * @param itemDataJson  the customer's item data as a JSON object
     */
    public record Identity(String itemKey, long productId, long variationId, String variationJson,
            String itemDataJson) {
    }

    protected CartItem() {
    }

    CartItem(Cart cart, Identity identity, BigDecimal quantity, Long customPriceMinor, int position) {
        this.cart = cart;
        this.itemKey = identity.itemKey();
        this.productId = identity.productId();
        this.variationId = identity.variationId();
        this.variationJson = identity.variationJson();
        this.itemDataJson = identity.itemDataJson();
        this.quantity = quantity;
        this.customPriceMinor = customPriceMinor;
        this.position = position;
    }

    public String getItemKey() { return itemKey; }
    public long getProductId() { return productId; }
    public long getVariationId() { return variationId; }
    /** The catalog id of what is bought: the variation, else the product. */
    public long purchasedId() { return variationId != 0 ? variationId : productId; }
    public BigDecimal getQuantity() { return quantity; }
    public String getVariationJson() { return variationJson; }
    public String getItemDataJson() { return itemDataJson; }
    public Long getCustomPriceMinor() { return customPriceMinor; }
    public boolean isRemoved() { return removed; }
    public int getPosition() { return position; }

    public void changeQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public void reprice(Long customPriceMinor) {
        this.customPriceMinor = customPriceMinor;
    }

    /**
     * The line added anew after it was removed: in the cart again, at {@code position}, with the new quantity and
     * price; its key, product and choices are the same, as the item key says.
     */
    void startAgain(BigDecimal quantity, Long customPriceMinor, int position) {
        this.removed = false;
        this.quantity = quantity;
        this.customPriceMinor = customPriceMinor;
        this.position = position;
    }

    /** Moves the line to the removed lines, or back; it keeps its key, quantity and place. */
    public void markRemoved(boolean removed) {
        this.removed = removed;
    }
}
