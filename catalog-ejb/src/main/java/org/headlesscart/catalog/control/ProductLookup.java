package org.headlesscart.catalog.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.headlesscart.catalog.model.ProductPage;
import org.headlesscart.catalog.model.ProductQuery;
import org.headlesscart.catalog.model.ProductView;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductType;

/** Finds published products and variations and turns them into views; empty results, never exceptions. */
@ApplicationScoped
public class ProductLookup {

    @Inject
    ProductStore products;

    @Inject
    TaxonomyStore taxonomies;

    @Inject
    ProductViews views;

    Clock clock = Clock.systemUTC();

    public ProductPage page(ProductQuery query, int currencyDecimals) {
        Instant now = clock.instant();
        List<Set<Long>> categories = query.categories() == null ? null
                : taxonomies.categoryGroups(query.categories().terms());
        List<Set<Long>> tags = query.tags() == null ? null : taxonomies.tagGroups(query.tags().terms());
        ProductStore.Page page = products.page(query, now, currencyDecimals, categories, tags);
        return new ProductPage(views.of(page.products(), now), page.total(), query.page(), query.perPage());
    }

    /** By id (a variation's id gives the variation), or by SKU when the reference is not a number. */
    public Optional<ProductView> product(String idOrSku) {
        Optional<Product> found = idOrSku.matches("\\d{1,18}")
                ? products.find(Long.parseLong(idOrSku)) : products.findBySku(idOrSku);
        return found.filter(Product::isPublished).flatMap(this::view);
    }

    public Optional<ProductPage> variations(long productId, ProductQuery query, int currencyDecimals) {
        Optional<Product> parent = products.find(productId).filter(Product::isPublished);
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        ProductStore.Page page = products.page(query.forVariationsOf(productId), clock.instant(), currencyDecimals,
                null, null);
        Set<Long> ids = page.products().stream().map(Product::getId).collect(java.util.stream.Collectors.toSet());
        List<ProductView> all = views.of(List.of(parent.get()), clock.instant()).get(0).variations();
        List<ProductView> selected = page.products().stream().map(Product::getId)
                .flatMap(id -> all.stream().filter(v -> v.id() == id)).filter(v -> ids.contains(v.id())).toList();
        return Optional.of(new ProductPage(selected, page.total(), query.page(), query.perPage()));
    }

    public Optional<ProductView> variation(long productId, long variationId) {
        return products.find(variationId)
                .filter(v -> v.getType() == ProductType.VARIATION && v.isPublished() && v.getParentId() == productId)
                .flatMap(this::view);
    }

    private Optional<ProductView> view(Product product) {
        if (product.getType() != ProductType.VARIATION) {
            return Optional.of(views.of(List.of(product), clock.instant()).get(0));
        }
        Product parent = product.getParent();
        if (parent == null || !parent.isPublished()) {
            return Optional.empty();
        }
        return views.of(List.of(parent), clock.instant()).get(0).variations().stream()
                .filter(v -> v.id() == product.getId()).findFirst();
    }
}
