package org.headlesscart.pricing.control.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;

import org.headlesscart.catalog.model.StoreView;
import org.headlesscart.pricing.control.settings.StoreOptions;
import org.headlesscart.pricing.control.tax.TaxClassStore;
import org.headlesscart.pricing.control.tax.TaxRateStore;
import org.headlesscart.pricing.control.zones.ZoneStore;
import org.headlesscart.pricing.entity.StoreOption;
import org.headlesscart.pricing.model.PricingRules;
import org.headlesscart.pricing.model.ShippingZone;
import org.headlesscart.pricing.model.TaxClass;
import org.headlesscart.pricing.model.TaxRate;

/**
 * Reads the store's pricing rules from the database: settings, tax classes, tax rates, shipping zones, a
 * statement or two each, whatever the size of the cart.
 *
 * <p>Outside any transaction, in an entity manager of its own closed at once: the first cart write after an
 * admin change reloads the rules while it holds the cart row's lock and the two connections of its units, and
 * joining its transaction would take a third connection and hold it until that write commits (cart-ejb's
 * persistence.xml: requests queued on the lock may have emptied the pool). The reads are not one snapshot;
 * an admin write that commits meanwhile bumps the catalog revision, so the next request loads again.
 */
@ApplicationScoped
public class RulesLoader {

    @PersistenceUnit(unitName = "pricing")
    EntityManagerFactory factory;

    /** The rules as stored now, kept by the caller under {@code revision}, read before this. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PricingRules load(long revision, StoreView store) {
        try (EntityManager reader = factory.createEntityManager()) {
            return new PricingRules(revision,
                    StoreOptions.settings(StoreOptions.withDefaults(options(reader)), store, taxClasses(reader)),
                    taxRates(reader), zones(reader));
        }
    }

    /** The stored options by id. */
    static Map<String, String> options(EntityManager reader) {
        return reader.createNamedQuery(StoreOption.ALL, StoreOption.class).getResultList().stream()
                .collect(Collectors.toMap(StoreOption::getId, StoreOption::getValue));
    }

    /** The tax classes besides standard, in settings order (PricingSettings#taxClasses). */
    static List<TaxClass> taxClasses(EntityManager reader) {
        return TaxClassStore.stored(reader);
    }

    /** Every tax rate in table order (rate_order, id); matching sorts its candidates itself. */
    static List<TaxRate> taxRates(EntityManager reader) {
        return TaxRateStore.all(reader);
    }

    /** Every shipping zone in matching order (zone_order, id), zone 0 last. */
    static List<ShippingZone> zones(EntityManager reader) {
        return ZoneStore.all(reader);
    }
}
