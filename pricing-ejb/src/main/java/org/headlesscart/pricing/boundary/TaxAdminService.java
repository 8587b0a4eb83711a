package org.headlesscart.pricing.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.pricing.control.tax.ClassSlugs;
import org.headlesscart.pricing.control.tax.TaxClassStore;
import org.headlesscart.pricing.control.tax.TaxRateFields;
import org.headlesscart.pricing.control.tax.TaxRateStore;
import org.headlesscart.pricing.entity.TaxClassRow;
import org.headlesscart.pricing.entity.TaxRateRow;
import org.headlesscart.pricing.model.TaxClass;
import org.headlesscart.pricing.model.TaxRate;
import org.headlesscart.pricing.model.TaxRateDraft;
import org.headlesscart.pricing.model.TaxRatePage;
import org.headlesscart.pricing.model.TaxRateQuery;

/**
 * The admin API's tax rates and tax classes ({@code wc/v3/taxes}, docs/tax-and-shipping-admin.md). Every write
 * moves the pricing revision, so carts are priced with the new table from the next request on.
 */
@Stateless
public class TaxAdminService {

    @Inject
    TaxRateStore rates;

    @Inject
    TaxClassStore classes;

    @Inject
    RulesRevision revision;

    public TaxRatePage list(TaxRateQuery query) {
        return new TaxRatePage(rates.page(query), rates.count(query.taxClass()));
    }

    /**
     * In a transaction, so the rate's postcodes and cities load with it.
     *
     * @throws TaxShippingException {@link TaxShippingFailure#UNKNOWN_TAX_RATE}
     */
    public TaxRate get(long id) {
        return rates.find(id).map(TaxRateStore::view)
                .orElseThrow(() -> new TaxShippingException(TaxShippingFailure.UNKNOWN_TAX_RATE, "No tax rate " + id));
    }

    /** A new rate; WooCommerce's defaults for what is not sent (rate 0, priority 1, shipping on, standard class). */
    public TaxRate create(TaxRateDraft draft) {
        TaxRateRow row = new TaxRateRow(java.math.BigDecimal.ZERO.setScale(4));
        check(TaxRateFields.apply(draft, row, classSlugs()));
        rates.add(row);
        revision.bump();
        return TaxRateStore.view(row);
    }

    public TaxRate update(long id, TaxRateDraft draft) {
        TaxRateRow row = rates.find(id)
                .orElseThrow(() -> new TaxShippingException(TaxShippingFailure.UNKNOWN_TAX_RATE, "No tax rate " + id));
        check(TaxRateFields.apply(draft, row, classSlugs()));
        revision.bump();
        return TaxRateStore.view(row);
    }

    /** @return the rate as it was */
    public TaxRate delete(long id) {
        TaxRateRow row = rates.find(id).orElseThrow(
                () -> new TaxShippingException(TaxShippingFailure.UNKNOWN_TAX_RATE_TO_DELETE, "No tax rate " + id));
        TaxRate deleted = TaxRateStore.view(row);
        rates.remove(row);
        revision.bump();
        return deleted;
    }

    /** Standard first, then the stored classes in settings order, as WooCommerce lists them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TaxClass> classes() {
        List<TaxClass> all = new ArrayList<>();
        all.add(TaxClass.STANDARD);
        all.addAll(classes.stored());
        return all;
    }

    /** WooCommerce's {@code WC_Tax::create_tax_class}, its checks in its order. */
    public TaxClass createClass(String name) {
        String clean = name == null ? "" : ClassSlugs.cleanName(name);
        if (clean.isEmpty()) {
            throw new TaxShippingException(TaxShippingFailure.TAX_CLASS_INVALID_NAME, "Blank tax class name");
        }
        // Names are compared with the stored classes only, as WooCommerce's get_tax_classes() has no Standard.
        List<TaxClass> existing = classes.stored();
        if (existing.stream().anyMatch(c -> c.name().equals(clean))) {
            throw new TaxShippingException(TaxShippingFailure.TAX_CLASS_EXISTS, "Tax class exists");
        }
        String slug = ClassSlugs.of(clean);
        if (slug.isEmpty() || slug.length() > 200) {
            throw new TaxShippingException(TaxShippingFailure.TAX_CLASS_SLUG_INVALID, "No slug for the name");
        }
        if ("standard".equals(slug) || existing.stream().anyMatch(c -> c.slug().equals(slug))) {
            throw new TaxShippingException(TaxShippingFailure.TAX_CLASS_SLUG_EXISTS, "Tax class slug exists");
        }
        TaxClassRow row = classes.add(clean, slug);
        revision.bump();
        return new TaxClass(row.getSlug(), row.getName());
    }

    /** Deletes a stored class and its rates, as WooCommerce does. Standard is never stored, so never deleted. */
    public TaxClass deleteClass(String slug) {
        TaxClassRow row = classes.bySlug(slug).orElseThrow(
                () -> new TaxShippingException(TaxShippingFailure.UNKNOWN_TAX_CLASS, "No tax class " + slug));
        TaxClass deleted = new TaxClass(row.getSlug(), row.getName());
        rates.removeOfClass(row.getSlug());
        classes.remove(row);
        revision.bump();
        return deleted;
    }

    /** The slugs a rate may name, {@code ""} (standard) first. */
    public List<String> classSlugs() {
        return classes().stream().map(TaxClass::slug).toList();
    }

    static void check(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new TaxShippingException(TaxShippingFailure.INVALID_FIELDS, "Invalid parameter(s)", problems);
        }
    }
}
