package org.headlesscart.catalog.control;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

import org.headlesscart.catalog.model.ProductView;
import org.headlesscart.catalog.entity.Pricing;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductType;

/**
 * WooCommerce's displayed prices at one instant. A product with its own price shows it; a variable product shows
 * its cheapest purchasable variation with the range of all; a grouped product its cheapest child with the range.
 */
class ProductPricing {

    private final Instant now;

    ProductPricing(Instant now) {
        this.now = now;
    }

    Instant now() {
        return now;
    }

    ProductView.Prices own(Product product) {
        Pricing pricing = product.getPricing();
        ProductView.Offer offer = offer(product, boxed(pricing.current(now)));
        return new ProductView.Prices(offer.price(), offer.regular(), offer.sale(), null, null,
                pricing.isOnSale(now), pricing.saleFrom(), pricing.saleTo(), ProductView.Made.OWN, List.of(offer));
    }

    ProductView.Prices ofVariable(List<Product> variations) {
        List<Product> priced = variations.stream().filter(v -> v.getPricing().current(now).isPresent()).toList();
        if (priced.isEmpty()) {
            return none(ProductView.Made.VARIATIONS);
        }
        List<ProductView.Offer> offers = priced.stream()
                .map(v -> offer(v, v.getPricing().current(now).getAsLong())).toList();
        boolean onSale = priced.stream().anyMatch(v -> v.getPricing().isOnSale(now));
        // The same cheapest/dearest rule as for displayed prices, with every price shown as entered.
        return new ProductView.Prices(null, null, null, null, null, onSale, null, null,
                ProductView.Made.VARIATIONS, offers).recomputed();
    }

    ProductView.Prices ofGrouped(Collection<Product> children) {
        List<ProductView.Offer> offers = children.stream().map(c -> {
            Long price = displayPrice(c);
            return price == null ? null : new ProductView.Offer(price, price, null, c.getTaxStatus(),
                    c.getTaxClass());
        }).filter(Objects::nonNull).toList();
        if (offers.isEmpty()) {
            return none(ProductView.Made.CHILDREN);
        }
        boolean onSale = children.stream().anyMatch(c -> c.getPricing().isOnSale(now));
        return new ProductView.Prices(null, null, null, null, null, onSale, null, null, ProductView.Made.CHILDREN,
                offers).recomputed();
    }

    /** The one price a teaser or a grouped parent shows for a product of any type. */
    Long displayPrice(Product product) {
        return prices(product).price();
    }

    /** A teaser's prices: a variable product's come from its published variations, others' are their own. */
    ProductView.Prices prices(Product product) {
        if (product.getType() == ProductType.VARIABLE) {
            return ofVariable(product.getVariations().stream().filter(Product::isPublished).toList());
        }
        return own(product);
    }

    private static ProductView.Prices none(ProductView.Made made) {
        return new ProductView.Prices(null, null, null, null, null, false, null, null, made, List.of());
    }

    private ProductView.Offer offer(Product product, Long price) {
        Pricing pricing = product.getPricing();
        Product parent = product.getType() == ProductType.VARIATION ? product.getParent() : null;
        String taxStatus = parent == null ? product.getTaxStatus() : parent.getTaxStatus();
        String taxClass = parent != null && "parent".equals(product.getTaxClass()) ? parent.getTaxClass()
                : product.getTaxClass();
        return new ProductView.Offer(price, boxed(pricing.regular()), boxed(pricing.sale(now)), taxStatus,
                taxClass);
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
