package org.headlesscart.cart.control.writes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.cart.control.LineNames;
import org.headlesscart.cart.control.LockedCart;
import org.headlesscart.cart.entity.CartItem;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.cart.model.CheckoutCart;
import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.pricing.model.PricedCart;

/**
 * The checkout snapshot of a locked cart ({@link CheckoutCart}): the problems found before re-validation drops
 * lines, and the lines, as bought, from the stored cart's view.
 */
final class CheckoutSnapshots {

    private CheckoutSnapshots() {
    }

    /**
     * Why lines cannot be bought now, in the cart's order, with CoCart Plus's reasons: product gone, no longer
     * purchasable, out of stock, fewer units than the line wants. The stock figures are the catalog's as read with
     * the lock; the stock take when the order is placed is what decides under the products' row locks.
     */
    static List<CheckoutCart.Problem> problems(LockedCart locked) {
        List<CheckoutCart.Problem> problems = new ArrayList<>();
        for (CartItem item : locked.cart().lines()) {
            Purchasable product = locked.products().get(item.purchasedId());
            if (product == null) {
                problems.add(new CheckoutCart.Problem(CheckoutCart.Problem.Kind.NOT_EXISTS, "", 0));
                continue;
            }
            String name = LineNames.of(product);
            Purchasable.StockState stock = product.stock();
            if (!product.purchasable()) {
                problems.add(new CheckoutCart.Problem(CheckoutCart.Problem.Kind.NOT_PURCHASABLE, name, 0));
            } else if (!stock.inStock() || stock.managed() && !stock.backordersAllowed() && stock.quantity() != null
                    && stock.quantity() <= 0) {
                problems.add(new CheckoutCart.Problem(CheckoutCart.Problem.Kind.OUT_OF_STOCK, name, 0));
            } else if (stock.managed() && !stock.backordersAllowed() && stock.quantity() != null
                    && item.getQuantity().compareTo(BigDecimal.valueOf(stock.quantity())) > 0) {
                problems.add(new CheckoutCart.Problem(CheckoutCart.Problem.Kind.INSUFFICIENT_STOCK, name,
                        stock.quantity()));
            }
        }
        return problems;
    }

    static CheckoutCart of(CartView view, LockedCart locked, List<CheckoutCart.Problem> problems,
            List<String> removedCoupons, String refusedRate) {
        Map<String, PricedCart.Line> priced = new HashMap<>();
        view.pricing().priced().lines().forEach(l -> priced.put(l.key(), l));
        List<CheckoutCart.Line> lines = new ArrayList<>();
        for (CartView.Line line : view.items()) {
            Purchasable product = locked.products().get(line.id());
            PricedCart.Line price = priced.get(line.itemKey());
            long productId = product != null && product.isVariation() ? product.parentId() : line.id();
            long variationId = product != null && product.isVariation() ? line.id() : 0;
            Map<String, String> meta = new LinkedHashMap<>(line.variation());
            line.itemData().forEach((key, value) -> meta.put(key, String.valueOf(value)));
            lines.add(new CheckoutCart.Line(line.itemKey(), productId, variationId, line.name(), line.sku(),
                    line.quantity().setScale(0, RoundingMode.CEILING).intValueExact(),
                    product == null ? "" : product.facts().taxClass(), line.priceMinor(), line.subtotalMinor(),
                    line.subtotalTaxMinor(), line.totalMinor(), line.taxMinor(),
                    price == null ? Map.of() : Map.copyOf(price.taxes()), meta, line.imageSrc(),
                    product != null && product.stock().managed()));
        }
        return new CheckoutCart(view, lines, problems, removedCoupons, refusedRate,
                lines.isEmpty() ? null : hash(view, lines));
    }

    /** WooCommerce's cart hash, over what the order is made of: lines, coupons, fees, chosen rates, totals. */
    static String hash(CartView view, List<CheckoutCart.Line> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append("L|").append(l.itemKey()).append('|').append(l.purchasableId()).append('|')
                .append(l.quantity()).append('|').append(l.unitPrice()).append('|').append(l.total()).append('|')
                .append(l.totalTax()).append('\n'));
        PricedCart priced = view.pricing().priced();
        priced.coupons().forEach(c -> text.append("C|").append(c.code()).append('|').append(c.discount())
                .append('|').append(c.discountTax()).append('\n'));
        priced.fees().forEach(f -> text.append("F|").append(f.id()).append('|').append(f.name()).append('|')
                .append(f.total()).append('|').append(f.tax()).append('\n'));
        priced.packages().forEach(p -> text.append("R|").append(p.index()).append('|').append(p.chosenRateId())
                .append('\n'));
        PricedCart.Totals t = priced.totals();
        text.append("T|").append(t.subtotal()).append('|').append(t.subtotalTax()).append('|').append(t.feeTotal())
                .append('|').append(t.feeTax()).append('|').append(t.discountTotal()).append('|')
                .append(t.discountTax()).append('|').append(t.shippingTotal()).append('|').append(t.shippingTax())
                .append('|').append(t.total()).append('|').append(t.totalTax());
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
