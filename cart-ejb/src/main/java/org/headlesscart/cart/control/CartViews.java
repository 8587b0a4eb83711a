package org.headlesscart.cart.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CartItem;
import org.headlesscart.cart.entity.CustomerDetails;
import org.headlesscart.pricing.model.PricedCart;

/**
 * Computes the cart CoCart shows (contract §3) from the stored lines, the catalog as it is now and the cart's
 * pricing ({@code CartPricer}): every amount of the lines and the ten totals are pricing's, so a read, a write, a
 * batch and checkout show the same figures.
 */
public final class CartViews {

    private static final int MAX_CROSS_SELLS = 3;

    private CartViews() {
    }

    /**
     * @param cart     the cart, or {@code null} when none is stored under the key
     * @param dropped  lines that re-validation dropped, left out here
     * @param products the catalog snapshots of the cart's lines (and their cross-sells), by id
     */
    public static CartView of(String key, Cart cart, Collection<CartItem> dropped, Map<Long, Purchasable> products,
            CartView.Pricing pricing, Notices notices, CartSettings settings, Instant now) {
        Map<String, PricedCart.Line> priced = new HashMap<>();
        pricing.priced().lines().forEach(l -> priced.put(l.key(), l));
        List<CartView.Line> lines = new ArrayList<>();
        List<CartView.Line> removed = new ArrayList<>();
        if (cart != null) {
            for (CartItem item : cart.getItems()) {
                if (!dropped.contains(item)) {
                    (item.isRemoved() ? removed : lines).add(line(item, products.get(item.purchasedId()),
                            priced.get(item.getItemKey())));
                }
            }
        }
        BigDecimal count = lines.stream().map(CartView.Line::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weight = lines.stream().map(CartView.Line::weight).filter(w -> w != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        CartView.Totals totals = totals(pricing.priced().totals());
        CartWindows windows = settings.windows(key, now);
        return new CartView(key, windows.expiring(), windows.expiration(),
                customer(cart, settings), List.copyOf(lines), List.copyOf(removed), count, weight,
                totals.total() > 0, pricing.priced().needsShipping(), totals, crossSells(lines, cart, products),
                notices.asMap(), hash(key, lines, totals), cart == null ? 0 : cart.getVersion(), cart != null, null,
                null, pricing);
    }

    /** The pricing of a cart that has no lines to price (none is stored): nothing to show, all totals zero. */
    public static final CartView.Pricing UNPRICED = new CartView.Pricing(new PricedCart(List.of(), List.of(),
            List.of(), List.of(), List.of(), new PricedCart.Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false, false),
            null, List.of());

    /** The ids of the catalog products whose cross-sells the cart would show. */
    public static Set<Long> crossSellIds(Collection<Purchasable> lineProducts, Set<Long> inCart) {
        Set<Long> ids = new LinkedHashSet<>();
        lineProducts.forEach(p -> p.crossSells().stream().filter(id -> !inCart.contains(id)).forEach(ids::add));
        return ids;
    }

    /** A line; a removed line is not priced and shows its undiscounted amount without tax. */
    private static CartView.Line line(CartItem item, Purchasable p, PricedCart.Line priced) {
        long price = item.getCustomPriceMinor() != null ? item.getCustomPriceMinor()
                : p.priceMinor() == null ? 0 : p.priceMinor();
        BigDecimal quantity = item.getQuantity().signum() == 0 ? BigDecimal.ZERO
                : item.getQuantity().stripTrailingZeros();
        long subtotal = Money.lineTotal(price, quantity);
        return new CartView.Line(item.getItemKey(), item.purchasedId(), LineNames.of(p), p.title(), price, quantity,
                Math.max(p.minPurchase(), 1), p.maxPurchase(), priced == null ? subtotal : priced.subtotal(),
                priced == null ? 0 : priced.subtotalTax(), priced == null ? subtotal : priced.total(),
                priced == null ? 0 : priced.totalTax(), p.slug(), p.type(), p.sku(),
                List.of(decimal(p.length()), decimal(p.width()), decimal(p.height())),
                p.weight() == null ? null : p.weight().multiply(quantity), variationLabels(item, p),
                backorders(p, quantity), JsonText.read(item.getItemDataJson()), p.imageSrc());
    }

    /** "Color" to "Red": the chosen attributes by their labels, as {@code meta.variation} shows them. */
    private static Map<String, String> variationLabels(CartItem item, Purchasable p) {
        Map<String, String> labels = new LinkedHashMap<>();
        JsonText.readStrings(item.getVariationJson()).forEach((name, slug) -> {
            String key = name.startsWith("attribute_") ? name.substring("attribute_".length()) : name;
            p.attributes().stream().filter(a -> a.key().equals(key)).findFirst().ifPresentOrElse(
                    a -> labels.put(a.label(), a.options().getOrDefault(slug, slug)),
                    () -> labels.put(key, slug));
        });
        return labels;
    }

    private static String backorders(Purchasable p, BigDecimal quantity) {
        Purchasable.StockState stock = p.stock();
        boolean backordered = stock.managed() && stock.quantity() != null
                && quantity.compareTo(BigDecimal.valueOf(stock.quantity())) > 0;
        return backordered && "notify".equals(stock.backorders()) ? "Available on backorder" : "";
    }

    private static CartView.Totals totals(PricedCart.Totals t) {
        return new CartView.Totals(t.subtotal(), t.subtotalTax(), t.feeTotal(), t.feeTax(), t.discountTotal(),
                t.discountTax(), t.shippingTotal(), t.shippingTax(), t.total(), t.totalTax());
    }

    private static CartView.Customer customer(Cart cart, CartSettings settings) {
        Map<String, String> fields = cart == null ? new CustomerDetails().asMap() : cart.getCustomer().asMap();
        for (String prefix : List.of("billing_", "shipping_")) {
            if (fields.get(prefix + "country").isEmpty()) {
                fields.put(prefix + "country", settings.baseCountry());
                if (fields.get(prefix + "state").isEmpty()) {
                    fields.put(prefix + "state", settings.baseState());
                }
            }
        }
        Map<String, String> billing = new LinkedHashMap<>();
        Map<String, String> shipping = new LinkedHashMap<>();
        CustomerDetails.BILLING.forEach(n -> billing.put(n, fields.get(n)));
        CustomerDetails.SHIPPING.forEach(n -> shipping.put(n, fields.get(n)));
        return new CartView.Customer(billing, shipping);
    }

    /** Up to three cross-sells of the cart's products that are not in the cart, in the shop's order. */
    private static List<CartView.CrossSell> crossSells(List<CartView.Line> lines, Cart cart,
            Map<Long, Purchasable> products) {
        if (cart == null || lines.isEmpty()) {
            return List.of();
        }
        Set<Long> inCart = new LinkedHashSet<>();
        List<Purchasable> lineProducts = new ArrayList<>();
        for (CartItem item : cart.lines()) {
            inCart.add(item.getProductId());
            inCart.add(item.purchasedId());
            Purchasable p = products.get(item.purchasedId());
            if (p != null) {
                lineProducts.add(p);
            }
        }
        List<CartView.CrossSell> crossSells = new ArrayList<>();
        for (long id : crossSellIds(lineProducts, inCart)) {
            Purchasable p = products.get(id);
            if (p != null && p.published() && crossSells.size() < MAX_CROSS_SELLS) {
                crossSells.add(new CartView.CrossSell(p.id(), p.title(), p.title(), p.slug(),
                        p.priceMinor() == null ? 0 : p.priceMinor(),
                        p.regularMinor() == null ? 0 : p.regularMinor(),
                        p.onSale() && p.saleMinor() != null ? p.saleMinor() : 0, p.imageSrc(), p.averageRating(),
                        p.onSale(), p.type()));
            }
        }
        return crossSells;
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** md5 over the lines and the total: changes whenever what the customer would pay for changes. */
    private static String hash(String key, List<CartView.Line> lines, CartView.Totals totals) {
        if (lines.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(key);
        lines.forEach(l -> text.append('|').append(l.itemKey()).append(':').append(l.quantity().toPlainString())
                .append(':').append(l.priceMinor()));
        text.append('|').append(totals.total());
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
