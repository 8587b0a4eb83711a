package org.headlesscart.pricing.control.tax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.headlesscart.pricing.entity.TaxRateRow;
import org.headlesscart.pricing.model.TaxRate;
import org.headlesscart.pricing.model.TaxRateQuery;

/** Reads and writes the tax rate table in the pricing unit; the admin list is the one dynamic query. */
@ApplicationScoped
public class TaxRateStore {

    @PersistenceContext(unitName = "pricing")
    EntityManager em;

    public Optional<TaxRateRow> find(long id) {
        return Optional.ofNullable(em.find(TaxRateRow.class, id));
    }

    public TaxRateRow add(TaxRateRow row) {
        em.persist(row);
        return row;
    }

    public void remove(TaxRateRow row) {
        em.remove(row);
    }

    /** Removes a deleted class's rates, as WooCommerce does, location rows with them (foreign key cascade). */
    public int removeOfClass(String taxClass) {
        return em.createNamedQuery(TaxRateRow.DELETE_OF_CLASS).setParameter("taxClass", taxClass).executeUpdate();
    }

    /** The highest {@code order} in the table, 0 when empty. */
    public int lastOrder() {
        return em.createNamedQuery(TaxRateRow.LAST_ORDER, Integer.class).getSingleResult();
    }

    public long count(String taxClass) {
        return taxClass == null ? em.createNamedQuery(TaxRateRow.COUNT_ALL, Long.class).getSingleResult()
                : em.createNamedQuery(TaxRateRow.COUNT_OF_CLASS, Long.class).setParameter("taxClass", taxClass)
                        .getSingleResult();
    }

    /** One page in the order asked for, ties by id as MySQL's order of a primary key scan would give them. */
    public List<TaxRate> page(TaxRateQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<TaxRateRow> select = cb.createQuery(TaxRateRow.class);
        Root<TaxRateRow> r = select.from(TaxRateRow.class);
        if (query.taxClass() != null) {
            Predicate ofClass = cb.equal(r.get("taxClass"), query.taxClass());
            select.where(ofClass);
        }
        Expression<?> key = switch (query.order()) {
            case ID -> r.get("id");
            case ORDER -> r.get("order");
            case PRIORITY -> r.get("priority");
        };
        select.orderBy(query.descending() ? cb.desc(key) : cb.asc(key),
                query.descending() ? cb.desc(r.get("id")) : cb.asc(r.get("id")));
        List<TaxRateRow> rows = em.createQuery(select).setFirstResult((int) Math.min(query.offset(), Integer.MAX_VALUE))
                .setMaxResults(query.limit()).getResultList();
        return rows.stream().map(TaxRateStore::view).toList();
    }

    /**
     * Every rate in table order with its postcodes and cities: two statements whatever the table's size, for the
     * pricing rules.
     */
    public List<TaxRate> all() {
        return all(em);
    }

    /** As {@link #all()}, in the entity manager given (the rules loader reads outside any transaction). */
    public static List<TaxRate> all(EntityManager em) {
        Map<Long, List<String>> postcodes = new HashMap<>();
        Map<Long, List<String>> cities = new HashMap<>();
        for (Object[] location : em.createNamedQuery(TaxRateRow.ALL_LOCATIONS, Object[].class).getResultList()) {
            Map<Long, List<String>> target = TaxRateRow.CITY.equals(location[1]) ? cities : postcodes;
            target.computeIfAbsent((Long) location[0], id -> new ArrayList<>()).add((String) location[2]);
        }
        return em.createNamedQuery(TaxRateRow.ALL, TaxRateRow.class).getResultList().stream()
                .map(row -> view(row, postcodes.getOrDefault(row.getId(), List.of()),
                        cities.getOrDefault(row.getId(), List.of())))
                .toList();
    }

    public static TaxRate view(TaxRateRow row) {
        return view(row, row.codes(TaxRateRow.POSTCODE), row.codes(TaxRateRow.CITY));
    }

    private static TaxRate view(TaxRateRow row, List<String> postcodes, List<String> cities) {
        return new TaxRate(row.getId(), row.getCountry(), row.getState(), postcodes, cities, row.getRate(),
                row.getName(), row.getPriority(), row.isCompound(), row.isShipping(), row.getTaxClass(),
                row.getOrder());
    }
}
