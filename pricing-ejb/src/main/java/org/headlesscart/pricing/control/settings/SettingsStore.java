package org.headlesscart.pricing.control.settings;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.pricing.entity.StoreOption;

/** The stored store options, in the caller's transaction (the admin's): read all, write one. */
@ApplicationScoped
public class SettingsStore {

    @PersistenceContext(unitName = "pricing")
    EntityManager em;

    /** Every known option, the stored value over WooCommerce's default. */
    public Map<String, String> values() {
        return StoreOptions.withDefaults(em.createNamedQuery(StoreOption.ALL, StoreOption.class).getResultList()
                .stream().collect(Collectors.toMap(StoreOption::getId, StoreOption::getValue)));
    }

    public void put(String id, String value) {
        StoreOption option = em.find(StoreOption.class, id);
        if (option == null) {
            em.persist(new StoreOption(id, value));
        } else {
            option.setValue(value);
        }
    }
}
