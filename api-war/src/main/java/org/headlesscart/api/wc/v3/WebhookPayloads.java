package org.headlesscart.api.wc.v3;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.api.cocart.v2.AvatarUrls;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.cart.boundary.CartAdminService;
import org.headlesscart.catalog.boundary.CatalogAdminService;
import org.headlesscart.catalog.boundary.CatalogException;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.customer.boundary.AccountException;
import org.headlesscart.customer.boundary.CustomerAdminService;
import org.headlesscart.customer.model.CustomerView;
import org.headlesscart.order.boundary.OrderAdminService;
import org.headlesscart.order.boundary.OrderException;
import org.headlesscart.order.model.AdminOrderView;
import org.headlesscart.pricing.boundary.CouponAdminService;
import org.headlesscart.pricing.boundary.PricingException;
import org.headlesscart.webhook.model.PayloadSource;

/**
 * Webhook payloads: the resource as {@code wc/v3}'s GET answers it, links made from the store's URL
 * ({@code headlesscart.webhooks.source-url}, else {@code headlesscart.store.home-url}, else
 * {@code http://localhost:8080/}) since no request is there to take them from. A cart, which WooCommerce has no
 * REST object for, is its row as the sessions list shows it (docs/webhooks.md).
 */
@ApplicationScoped
public class WebhookPayloads implements PayloadSource {

    // @Inject, not @EJB: the bean is first made on the relay timer's thread, and on Payara Server an @EJB reference
    // is then looked up in the timer bean's java:comp/env, where it is not bound.
    @Inject OrderAdminService orders;
    @Inject CatalogAdminService products;
    @Inject CouponAdminService coupons;
    @Inject CustomerAdminService customers;
    @Inject CartAdminService carts;
    @Inject CatalogService catalog;

    @Inject @ConfigProperty(name = "headlesscart.webhooks.source-url") Optional<String> sourceUrl;
    @Inject @ConfigProperty(name = "headlesscart.store.home-url") Optional<String> homeUrl;

    @Override
    public String source() {
        String url = sourceUrl.or(() -> homeUrl).filter(u -> !u.isBlank()).orElse("http://localhost:8080/");
        return url.endsWith("/") ? url : url + "/";
    }

    @Override
    public String render(String resource, String key) {
        try {
            Object payload = switch (resource) {
                case "order" -> order(Long.parseLong(key));
                case "product" -> ProductResponse.from(products.getProduct(Long.parseLong(key)), format());
                case "coupon" -> CouponResponse.from(coupons.get(Long.parseLong(key)), format(), link("coupons/" + key),
                        link("coupons"));
                case "customer" -> customer(customers.get(Long.parseLong(key)));
                case "cart" -> cart(key);
                default -> null;
            };
            return payload == null ? null : JsonbConfiguration.jsonb().toJson(payload);
        } catch (OrderException | CatalogException | PricingException | AccountException | NumberFormatException gone) {
            return null;
        }
    }

    private OrderResponse order(long id) {
        AdminOrderView order = orders.get(id);
        long customer = order.order().customerId();
        return OrderResponse.from(order, format(), link("orders/" + id), link("orders"),
                customer == 0 ? null : link("customers/" + customer));
    }

    private CustomerResponse customer(CustomerView customer) {
        return CustomerResponse.from(customer, format(), link("customers/" + customer.id()), link("customers"),
                AvatarUrls.of(customer.email(), source().startsWith("https")).size96());
    }

    private Map<String, Object> cart(String key) {
        return carts.detail(key).map(detail -> {
            var s = detail.summary();
            DateTimeFormatter gmt = DateTimeFormatter.ISO_INSTANT;
            Map<String, Object> cart = new LinkedHashMap<>();
            cart.put("cart_id", s.cartId());
            cart.put("cart_key", s.cartKey());
            cart.put("customer_id", s.userId() == null ? 0 : s.userId());
            cart.put("customers_name", s.customerName());
            cart.put("customers_email", s.customerEmail());
            cart.put("status", s.status().name().toLowerCase(java.util.Locale.ROOT));
            cart.put("items_count", s.lines());
            cart.put("total_minor", s.valueMinor());
            cart.put("currency", catalog.storeDetails().currency().code());
            cart.put("date_created_gmt", gmt.format(s.created()));
            cart.put("date_modified_gmt", gmt.format(s.modified()));
            cart.put("date_expires_gmt", gmt.format(s.expiry()));
            cart.put("source", s.source());
            return cart;
        }).orElse(null);
    }

    private String link(String route) {
        return source() + "wp-json/" + WooCommerceV3.NAMESPACE + "/" + route;
    }

    private ProductResponse.Format format() {
        return ProductResponse.Format.of(catalog.storeDetails());
    }
}
