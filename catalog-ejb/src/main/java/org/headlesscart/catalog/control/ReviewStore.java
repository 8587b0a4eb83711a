package org.headlesscart.catalog.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.headlesscart.catalog.model.ReviewQuery;
import org.headlesscart.catalog.entity.Review;

/** Reads and adds product reviews in the catalog unit; the list is the one dynamic query. */
@ApplicationScoped
public class ReviewStore {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    public Optional<Review> find(long id) {
        return Optional.ofNullable(em.find(Review.class, id));
    }

    /** Persists the review; its id is assigned at once (identity column). */
    public Review add(Review review) {
        em.persist(review);
        return review;
    }

    /** One page of the public reviews that match, and how many match in all: two statements. */
    public Page page(ReviewQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        ReviewFilter filter = new ReviewFilter(cb, query);

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Review> counted = count.from(Review.class);
        count.select(cb.count(counted)).where(filter.where(counted, count));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<Review> select = cb.createQuery(Review.class);
        Root<Review> r = select.from(Review.class);
        select.select(r).where(filter.where(r, select)).orderBy(filter.order(r));
        List<Review> reviews = total == 0 ? List.of() : em.createQuery(select)
                .setFirstResult(query.firstResult()).setMaxResults(query.perPage()).getResultList();
        return new Page(reviews, total);
    }

    public record Page(List<Review> reviews, long total) {
    }
}
