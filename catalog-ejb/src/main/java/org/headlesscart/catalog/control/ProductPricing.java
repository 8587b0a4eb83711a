package org.headlesscart.catalog.control;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

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
        return new ProductView.Prices(boxed(pricing.current(now)), boxed(pricing.regular()),
                boxed(pricing.sale(now)), null, null, pricing.isOnSale(now), pricing.saleFrom(), pricing.saleTo());
    }

    ProductView.Prices ofVariable(List<Product> variations) {
        List<Product> priced = variations.stream().filter(v -> v.getPricing().current(now).isPresent()).toList();
        if (priced.isEmpty()) {
            return new ProductView.Prices(null, null, null, null, null, false, null, null);
        }
        Long min = min(priced, v -> v.getPricing().current(now));
        Long max = max(priced, v -> v.getPricing().current(now));
        boolean onSale = priced.stream().anyMatch(v -> v.getPricing().isOnSale(now));
        Long sale = onSale ? min(priced, v -> v.getPricing().sale(now)) : null;
        return new ProductView.Prices(min, min(priced, v -> v.getPricing().regular()), sale, min, max, onSale,
                null, null);
    }

    ProductView.Prices ofGrouped(Collection<Product> children) {
        List<Long> prices = children.stream().map(this::displayPrice).filter(p -> p != null).toList();
        if (prices.isEmpty()) {
            return new ProductView.Prices(null, null, null, null, null, false, null, null);
        }
        long min = prices.stream().mapToLong(Long::longValue).min().orElseThrow();
        long max = prices.stream().mapToLong(Long::longValue).max().orElseThrow();
        boolean onSale = children.stream().anyMatch(c -> c.getPricing().isOnSale(now));
        return new ProductView.Prices(min, min, null, min, max, onSale, null, null);
    }

    /** The one price a teaser or a grouped parent shows for a product of any type. */
    Long displayPrice(Product product) {
        if (product.getType() == ProductType.VARIABLE) {
            return ofVariable(product.getVariations().stream().filter(Product::isPublished).toList()).price();
        }
        return boxed(product.getPricing().current(now));
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static Long min(List<Product> products, Function<Product, OptionalLong> price) {
        return boxed(products.stream().map(price).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).min());
    }

    private static Long max(List<Product> products, Function<Product, OptionalLong> price) {
        return boxed(products.stream().map(price).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).max());
    }
}
