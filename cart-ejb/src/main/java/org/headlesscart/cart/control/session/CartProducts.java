package org.headlesscart.cart.control.session;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.headlesscart.cart.control.CartSettings;
import org.headlesscart.cart.control.CartViews;
import org.headlesscart.cart.control.Refusal;
import org.headlesscart.cart.control.Refusal.Reason;
import org.headlesscart.cart.entity.CartItem;
import org.headlesscart.catalog.boundary.PurchasableService;
import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.catalog.model.PurchasableRead;
import org.headlesscart.platform.numbers.Decimals;

/** The catalog as the cart service reads it: products by reference, variations, snapshots by id. */
@Dependent
public class CartProducts {

    private static final BigDecimal LARGEST_PRICE = new BigDecimal("1000000000");

    // @EJB, not @Inject: Weld's proxy for a session bean asks Payara for the bean's business object on every call,
    // and for a no-interface view Payara answers by catching an IllegalArgumentException (a stack trace per call,
    // about 5 % of an add-item's time). The container's own reference has no such step.
    @EJB
    PurchasableService catalog;

    @Inject
    CartSettings settings;

    /** Step 1–2 of contract §13.2: an id or a SKU, to a product that exists and is not trashed. */
    public Purchasable resolve(String idOrSku) {
        String reference = idOrSku == null ? "" : idOrSku.strip();
        if (reference.isEmpty() || "0".equals(reference)) {
            throw new Refusal(Reason.PRODUCT_ID_REQUIRED, "Product ID number is required!");
        }
        boolean numeric = reference.matches("\\d{1,18}");
        return catalog.find(reference).orElseThrow(() -> numeric
                ? new Refusal(Reason.INVALID_PRODUCT, "This product cannot be added to the cart.")
                : new Refusal(Reason.UNKNOWN_PRODUCT_ID, "Product does not exist! Check that you have "
                        + "submitted a product ID or SKU ID correctly for a product that exists."));
    }

    /** What is bought: the product, or for a variable product the variation its posted attributes pick. */
    public Purchasable target(Purchasable product, Map<String, String> posted) {
        if (!product.isVariable()) {
            return product;
        }
        long variationId = org.headlesscart.cart.control.Adding.matchVariation(product, posted);
        return catalog.find(Long.toString(variationId)).orElseThrow(() -> new Refusal(
                Reason.NO_VARIATION_FOUND, "No matching variation found."));
    }

    /**
     * Contract §11.5 and decision 8: a custom unit price in major units, honoured only when the store allows it
     * (off by default); {@code null} when absent or not allowed.
     */
    public Long customPrice(String price) {
        if (price == null || price.isBlank() || !settings.customPriceAllowed()) {
            return null;
        }
        Decimals.Reading major = Decimals.read(price.strip());
        if (!major.isNumber() || major.value().signum() < 0 || major.value().compareTo(LARGEST_PRICE) > 0) {
            throw Refusal.invalidParam(Reason.INVALID_PARAM, "price", "price is not a valid amount.");
        }
        return major.value().movePointRight(settings.currencyDecimals())
                .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    /** Snapshots of the ids that exist; a missing id is a product that is gone. */
    Map<Long, Purchasable> of(Collection<Long> ids) {
        return ids.isEmpty() ? new HashMap<>() : new HashMap<>(catalog.findAll(ids));
    }

    /**
     * Snapshots of the ids as {@link #of} finds them, with the catalog revision they were read at; reads the
     * revision even for no id, so that an empty cart's view can be kept too.
     */
    PurchasableRead read(Collection<Long> ids) {
        PurchasableRead read = catalog.read(ids);
        return new PurchasableRead(new HashMap<>(read.products()), read.revision(), read.validUntil());
    }

    /**
     * {@link #withCrossSells} for a read: what both reads saw. The revision is {@link #MIXED} when the
     * cross-sells were read at another revision than the lines' products.
     */
    PurchasableRead withCrossSells(PurchasableRead lines, Map<Long, Purchasable> products) {
        Set<Long> wanted = new LinkedHashSet<>(CartViews.crossSellIds(products.values(), products.keySet()));
        wanted.removeAll(products.keySet());
        if (wanted.isEmpty()) {
            return new PurchasableRead(products, lines.revision(), lines.validUntil());
        }
        PurchasableRead crossSells = catalog.read(wanted);
        Map<Long, Purchasable> all = new HashMap<>(products);
        all.putAll(crossSells.products());
        return new PurchasableRead(all, crossSells.revision() == lines.revision() ? lines.revision() : MIXED,
                crossSells.validUntil().isBefore(lines.validUntil()) ? crossSells.validUntil() : lines.validUntil());
    }

    /** The catalog ids of the lines (removed ones too). */
    static Set<Long> idsOf(Collection<CartItem> items) {
        Set<Long> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.purchasedId()));
        return ids;
    }

    /** No one revision: a view built from such a read is not kept. */
    static final long MIXED = Long.MIN_VALUE;

    /** The catalog revision this write's transaction reads its products at (read once per transaction). */
    long transactionRevision() {
        return catalog.read(java.util.List.of()).revision();
    }

    /** The catalog revision now, outside any transaction: one primary-key read. */
    long revision() {
        return catalog.revision();
    }
}
