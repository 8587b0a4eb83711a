package org.headlesscart.pricing.control.coupon;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Coupon;

/** Small builders so each test states only what its arithmetic depends on. */
final class Fixtures {

    private Fixtures() {
    }

    static CartInput.Line line(String key, long productId, long unitPriceMinor, int quantity) {
        return line(key, productId, 0, unitPriceMinor, BigDecimal.valueOf(quantity), Set.of(), false);
    }

    static CartInput.Line line(String key, long productId, long parentId, long unitPriceMinor, BigDecimal quantity,
            Set<Long> categoryIds, boolean onSale) {
        long amount = quantity.multiply(BigDecimal.valueOf(unitPriceMinor))
                .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        return new CartInput.Line(key, productId, parentId, "Product " + productId, unitPriceMinor, quantity, amount,
                "taxable", "", onSale, categoryIds, true, 0);
    }

    static CouponBuilder coupon(long id, String code, String type, String amount) {
        return new CouponBuilder(id, code, type, new BigDecimal(amount));
    }

    /** WooCommerce's defaults, changed one restriction at a time. */
    static final class CouponBuilder {
        private final long id;
        private final String code;
        private final String type;
        private final BigDecimal amount;
        private Set<Long> productIds = Set.of();
        private Set<Long> excludedProductIds = Set.of();
        private Set<Long> categoryIds = Set.of();
        private Set<Long> excludedCategoryIds = Set.of();
        private boolean excludeSaleItems;
        private Integer limit;

        private CouponBuilder(long id, String code, String type, BigDecimal amount) {
            this.id = id;
            this.code = code;
            this.type = type;
            this.amount = amount;
        }

        CouponBuilder products(Long... ids) {
            productIds = Set.of(ids);
            return this;
        }

        CouponBuilder excludedProducts(Long... ids) {
            excludedProductIds = Set.of(ids);
            return this;
        }

        CouponBuilder categories(Long... ids) {
            categoryIds = Set.of(ids);
            return this;
        }

        CouponBuilder excludedCategories(Long... ids) {
            excludedCategoryIds = Set.of(ids);
            return this;
        }

        CouponBuilder excludeSaleItems() {
            excludeSaleItems = true;
            return this;
        }

        CouponBuilder limit(int items) {
            limit = items;
            return this;
        }

        Coupon build() {
            return new Coupon(id, code, type, amount, null, false, productIds, excludedProductIds, categoryIds,
                    excludedCategoryIds, excludeSaleItems, null, null, 0, 0, limit, false, List.of(), 0, List.of());
        }
    }
}
