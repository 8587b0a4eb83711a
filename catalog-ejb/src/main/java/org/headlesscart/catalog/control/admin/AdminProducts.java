package org.headlesscart.catalog.control.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.headlesscart.catalog.model.AdminProductView;
import org.headlesscart.catalog.model.ProductDraft;
import org.headlesscart.catalog.control.StoreSettings;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductType;
import org.headlesscart.platform.outbox.Outbox;

/** The admin API's product work, in the caller's transaction. */
@ApplicationScoped
public class AdminProducts {

    @Inject
    AdminStore store;

    @Inject
    StoreSettings settings;

    @Inject
    Outbox outbox;

    public Product product(long id) {
        return store.product(id).orElseThrow(() -> AdminRefusal.Reason.ADMIN_PRODUCT_NOT_FOUND.exception(id));
    }

    public Product variation(long productId, long variationId) {
        return store.product(variationId).filter(v -> v.getParentId() == productId)
                .orElseThrow(() -> AdminRefusal.Reason.ADMIN_PRODUCT_NOT_FOUND.exception(productId + "/" + variationId));
    }

    public Product variableParent(long productId) {
        Product parent = product(productId);
        if (parent.getType() != ProductType.VARIABLE) {
            throw AdminRefusal.invalidFields(Map.of("product_id", "Variations belong to variable products; product "
                    + productId + " is " + parent.getType().wireName() + "."));
        }
        return parent;
    }

    public AdminProductView.Page page(String status, String type, String sku, String search, int page, int perPage,
            Instant now) {
        long total = store.countProducts(status, type, sku, search);
        List<AdminProductView> views = total == 0 ? List.of()
                : store.products(status, type, sku, search, (page - 1) * perPage, perPage).stream()
                        .map(p -> view(p, now)).toList();
        return new AdminProductView.Page(views, total, (int) ((total + perPage - 1) / perPage));
    }

    public AdminProductView view(Product product, Instant now) {
        List<Product> variations = product.getType() == ProductType.VARIABLE ? store.variations(product.getId()) : List.of();
        return new AdminProductViews(store.attributes(), store.shippingClasses()).of(product, variations, now);
    }

    public List<AdminProductView> variationsOf(Product product, Instant now) {
        AdminProductViews views = new AdminProductViews(store.attributes(), store.shippingClasses());
        return store.variations(product.getId()).stream().map(v -> views.of(v, List.of(), now)).toList();
    }

    public AdminProductView create(ProductDraft draft, Product parent, Instant now) {
        Product created = editor().create(draft, parent);
        store.bumpRevision();
        announce(created, "created");
        return view(created, now);
    }

    public AdminProductView update(Product product, ProductDraft draft, Instant now) {
        boolean trashed = "trash".equals(product.getStatus());
        editor().update(product, draft);
        store.bumpRevision();
        announce(product, trashed && !"trash".equals(product.getStatus()) ? "restored" : "updated");
        return view(product, now);
    }

    public AdminProductView delete(Product product, boolean force, Instant now) {
        AdminProductView before = view(product, now);
        if (force) {
            store.deleteProduct(product.getId());
        } else {
            product.trash();
        }
        store.bumpRevision();
        announce(product, "deleted");
        return force ? before : view(product, now);
    }

    /**
     * The webhook event of a change (docs/webhooks.md), in its transaction: {@code product.<event>}; a variation's
     * change is its product's {@code product.updated}, as WooCommerce has no variation topics.
     */
    private void announce(Product product, String event) {
        long parent = product.getParentId();
        outbox.record(parent == 0 ? "product." + event : "product.updated", parent == 0 ? product.getId() : parent);
    }

    private ProductEditor editor() {
        return new ProductEditor(store, settings.currencyDecimals(), settings.zone());
    }
}
