package org.headlesscart.catalog.control;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.headlesscart.catalog.model.NewReview;
import org.headlesscart.catalog.model.ReviewPage;
import org.headlesscart.catalog.model.ReviewQuery;
import org.headlesscart.catalog.model.ReviewView;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductType;
import org.headlesscart.catalog.entity.Review;

/**
 * Finds public reviews (approved, of a published product) and turns them into views; adds reviews. A page costs
 * three statements: count, page, and the slugs of its products.
 */
@ApplicationScoped
public class ReviewLookup {

    @Inject
    ReviewStore reviews;

    @Inject
    ProductStore products;

    Clock clock = Clock.systemUTC();

    public ReviewPage page(ReviewQuery query) {
        ReviewStore.Page page = reviews.page(query);
        Collection<Long> productIds = page.reviews().stream().map(Review::getProductId).collect(Collectors.toSet());
        Map<Long, String> slugs = products.findAll(productIds).stream()
                .collect(Collectors.toMap(Product::getId, Product::getSlug));
        List<ReviewView> views = page.reviews().stream().map(r -> view(r, slugs.get(r.getProductId()))).toList();
        return new ReviewPage(views, page.total(), query.page(), query.perPage());
    }

    public Optional<ReviewView> find(long id) {
        return reviews.find(id).filter(Review::isApproved).flatMap(review -> products.find(review.getProductId())
                .filter(Product::isPublished).map(product -> view(review, product.getSlug())));
    }

    /** A product that can be reviewed: published, and a product of its own rather than a variation. */
    public Optional<Product> reviewable(long productId) {
        return products.find(productId).filter(Product::isPublished)
                .filter(product -> product.getType() != ProductType.VARIATION);
    }

    /** Adds an approved review (there is no moderation queue) and marks the catalog changed. */
    public ReviewView add(Product product, NewReview review, boolean verified) {
        int rating = review.rating() == null ? 0 : review.rating();      // no rating is 0, as WooCommerce stores it
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);    // WordPress dates comments to the second
        Review added = reviews.add(new Review(product.getId(), review.reviewer(), review.reviewerEmail(),
                review.review(), rating, verified, now));
        products.bumpRevision(now);                   // product responses show review counts and ratings
        return view(added, product.getSlug());
    }

    private static ReviewView view(Review r, String productSlug) {
        return new ReviewView(r.getId(), r.getCreatedAt(), r.getProductId(), productSlug, r.getStatus(),
                r.getReviewer(), r.getReviewerEmail(), r.getReview(), r.getRating(), r.isVerified());
    }
}
