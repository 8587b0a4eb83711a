package org.headlesscart.api.wc.v3;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.CouponAdminView;

/**
 * WooCommerce's REST coupon object ({@code wc/v3/coupons}), in its field order: amounts with 2 decimals as
 * WooCommerce writes them ({@code wc_format_decimal($x, 2)}, so no minimum is {@code "0.00"}), unlimited counts
 * {@code null}, dates {@code Y-m-d\TH:i:s} in the store's zone and in UTC. No coupon meta is kept.
 */
@JsonbPropertyOrder({"id", "code", "amount", "status", "dateCreated", "dateCreatedGmt", "dateModified",
        "dateModifiedGmt", "discountType", "description", "dateExpires", "dateExpiresGmt", "usageCount",
        "individualUse", "productIds", "excludedProductIds", "usageLimit", "usageLimitPerUser", "limitUsageToXItems",
        "freeShipping", "productCategories", "excludedProductCategories", "excludeSaleItems", "minimumAmount",
        "maximumAmount", "emailRestrictions", "usedBy", "metaData", "links"})
public record CouponResponse(long id, String code, String amount, String status, String dateCreated,
        String dateCreatedGmt, String dateModified, String dateModifiedGmt, String discountType, String description,
        String dateExpires, String dateExpiresGmt, int usageCount, boolean individualUse, List<Long> productIds,
        List<Long> excludedProductIds, Integer usageLimit, Integer usageLimitPerUser,
        @JsonbNillable @JsonbProperty("limit_usage_to_x_items") Integer limitUsageToXItems,
        boolean freeShipping, List<Long> productCategories, List<Long> excludedProductCategories,
        boolean excludeSaleItems, String minimumAmount, String maximumAmount, List<String> emailRestrictions,
        List<String> usedBy, @JsonbProperty("meta_data") List<Object> metaData,
        @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

    static CouponResponse from(CouponAdminView view, ProductResponse.Format f, String self, String collection) {
        Coupon c = view.coupon();
        return new CouponResponse(c.id(), c.code(), decimal(c.amount()), view.status(), f.local(view.created()),
                f.gmt(view.created()), f.local(view.modified()), f.gmt(view.modified()), c.discountType(),
                view.description(), f.local(c.expires()), f.gmt(c.expires()), c.usageCount(), c.individualUse(),
                view.ids().products(), view.ids().excludedProducts(), orNull(c.usageLimit()),
                orNull(c.usageLimitPerUser()), c.limitUsageToXItems(), c.freeShipping(), view.ids().categories(),
                view.ids().excludedCategories(), c.excludeSaleItems(), decimal(c.minimumAmount()),
                decimal(c.maximumAmount()), c.emailRestrictions(), c.usedBy(), List.of(), links(self, collection));
    }

    private static String decimal(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Integer orNull(int count) {
        return count == 0 ? null : count;
    }

    private static Map<String, List<Map<String, String>>> links(String self, String collection) {
        Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
        links.put("self", List.of(Map.of("href", self)));
        links.put("collection", List.of(Map.of("href", collection)));
        return links;
    }
}
