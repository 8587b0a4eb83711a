package org.headlesscart.catalog.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A product review with a 1-5 rating, or 0 for none; only approved reviews are public. */
@Entity
@Table(name = "review")
// A review without a rating stores 0 (as WooCommerce does); like WooCommerce, the average leaves those out.
@NamedQuery(name = Review.STATS_OF_PRODUCTS, query = "SELECT r.productId, COUNT(r), "
        + "COALESCE(AVG(CASE WHEN r.rating > 0 THEN r.rating END), 0.0) FROM Review r "
        + "WHERE r.productId IN :ids AND r.status = 'approved' GROUP BY r.productId")
public class Review {

    public static final String STATS_OF_PRODUCTS = "Review.statsOfProducts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false, length = 200)
    private String reviewer;

    @Column(name = "reviewer_email", nullable = false, length = 200)
    private String reviewerEmail;

    @Column(nullable = false, columnDefinition = "text")
    private String review;

    @Column(nullable = false, columnDefinition = "tinyint")
    private int rating;

    @Column(nullable = false)
    private boolean verified;

    @Column(nullable = false, length = 16)
    private String status = "approved";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Review() {
    }

    public Review(long productId, String reviewer, String reviewerEmail, String review, int rating, boolean verified,
            Instant createdAt) {
        this.productId = productId;
        this.reviewer = reviewer;
        this.reviewerEmail = reviewerEmail;
        this.review = review;
        this.rating = rating;
        this.verified = verified;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getProductId() { return productId; }
    public String getReviewer() { return reviewer; }
    public String getReviewerEmail() { return reviewerEmail; }
    public String getReview() { return review; }
    public int getRating() { return rating; }
    public boolean isVerified() { return verified; }
    public String getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }

    /** Only approved reviews are public. */
    public boolean isApproved() {
        return "approved".equals(status);
    }
}
