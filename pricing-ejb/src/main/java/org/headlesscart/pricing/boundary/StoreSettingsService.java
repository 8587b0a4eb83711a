package org.headlesscart.pricing.boundary;

import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.headlesscart.catalog.boundary.CatalogRevisionService;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.pricing.control.rules.RulesCache;
import org.headlesscart.pricing.control.settings.SettingDefinitions;
import org.headlesscart.pricing.control.settings.SettingDefinitions.Definition;
import org.headlesscart.pricing.control.settings.SettingValues;
import org.headlesscart.pricing.control.settings.SettingsStore;
import org.headlesscart.pricing.model.SettingValue;
import org.headlesscart.pricing.model.SettingView;

/**
 * The store options that change a cart's totals, as {@code wc/v3/settings/general} and {@code tax} show and edit
 * them (docs/pricing-admin.md). For the operator only: the WAR lets only staff call it. Each write is one
 * transaction that also bumps the catalog revision, so kept rules, product and cart answers refresh.
 */
@Stateless
public class StoreSettingsService {

    @Inject
    SettingsStore store;

    @Inject
    RulesCache rules;

    @Inject
    CatalogRevisionService revisions;

    @Inject
    CatalogService catalog;

    /**
     * The group's settings in display order.
     *
     * @throws PricingException SETTING_GROUP_NOT_FOUND
     */
    public List<SettingView> group(String group) {
        if (!SettingDefinitions.isGroup(group)) {
            throw PricingFailure.SETTING_GROUP_NOT_FOUND.exception(group);
        }
        Map<String, String> values = store.values();
        return SettingDefinitions.of(group).stream().map(definition -> view(definition, values)).toList();
    }

    /**
     * One setting.
     *
     * @throws PricingException SETTING_GROUP_NOT_FOUND, SETTING_NOT_FOUND
     */
    public SettingView setting(String group, String id) {
        return view(definition(group, id), store.values());
    }

    /**
     * Stores a setting's new value and bumps the catalog revision.
     *
     * @throws PricingException SETTING_GROUP_NOT_FOUND, SETTING_NOT_FOUND, SETTING_VALUE_INVALID
     */
    public SettingView update(String group, String id, SettingValue value) {
        Definition definition = definition(group, id);
        String stored = SettingValues.stored(definition, options(definition), value)
                .orElseThrow(() -> PricingFailure.SETTING_VALUE_INVALID.exception(id + "=" + value));
        store.put(id, stored);
        revisions.bump();
        return view(definition, store.values());
    }

    private Definition definition(String group, String id) {
        if (!SettingDefinitions.isGroup(group)) {
            throw PricingFailure.SETTING_GROUP_NOT_FOUND.exception(group);
        }
        return SettingDefinitions.find(group, id).orElseThrow(() -> PricingFailure.SETTING_NOT_FOUND.exception(id));
    }

    private SettingView view(Definition definition, Map<String, String> values) {
        return SettingValues.view(definition, options(definition), values);
    }

    // The shipping tax class offers the store's tax classes, which the kept rules hold.
    private Map<String, String> options(Definition definition) {
        return SettingDefinitions.options(definition, rules.rules(revisions.current(), catalog::storeDetails)
                .settings().taxClasses());
    }
}
