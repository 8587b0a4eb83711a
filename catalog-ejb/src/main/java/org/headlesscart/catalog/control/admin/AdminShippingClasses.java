package org.headlesscart.catalog.control.admin;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.headlesscart.catalog.entity.ShippingClass;
import org.headlesscart.catalog.model.TermDraft;

/**
 * Creates, changes and deletes shipping classes. WordPress keeps them as a flat taxonomy, so the rules are a tag's
 * ({@link AdminTaxonomies}): a unique name, an explicit slug must be free, a name's slug gets a number when taken,
 * no parent. Products name their class by id, so a new slug changes nothing else; a deleted class leaves its
 * products without one. Each change bumps the catalog revision, as cart lines carry the class.
 */
@ApplicationScoped
public class AdminShippingClasses {

    private static final String WHAT = "shipping class";

    @Inject
    AdminStore store;

    public long create(TermDraft draft) {
        AdminTaxonomies.refuseParent(draft, WHAT);
        String name = AdminTaxonomies.requiredName(draft.name());
        AdminTaxonomies.checkSizes(draft);
        List<ShippingClass> all = store.shippingClasses();
        AdminTaxonomies.refuseSiblingName(all.stream().map(ShippingClass::getName).toList(), name);
        ShippingClass created = new ShippingClass(name, AdminTaxonomies.slug(draft.slug(), name, "shipping-class",
                all.stream().map(ShippingClass::getSlug).toList()));
        created.rename(name, created.getSlug(), Objects.requireNonNullElse(draft.description(), ""));
        store.add(created);
        store.bumpRevision();
        return created.getId();
    }

    public void update(long id, TermDraft draft) {
        ShippingClass existing = find(id);
        AdminTaxonomies.refuseParent(draft, WHAT);
        String name = draft.name() == null ? existing.getName() : AdminTaxonomies.requiredName(draft.name());
        AdminTaxonomies.checkSizes(draft);
        List<ShippingClass> others = store.shippingClasses().stream().filter(c -> !c.getId().equals(id)).toList();
        AdminTaxonomies.refuseSiblingName(others.stream().map(ShippingClass::getName).toList(), name);
        String slug = draft.slug() == null ? existing.getSlug()
                : AdminTaxonomies.slug(draft.slug(), name, "shipping-class",
                        others.stream().map(ShippingClass::getSlug).toList());
        existing.rename(name, slug, draft.description() == null ? existing.getDescription() : draft.description());
        store.bumpRevision();
    }

    public void delete(long id) {
        ShippingClass existing = find(id);
        store.forgetShippingClass(id);
        store.remove(existing);
        store.bumpRevision();
    }

    private ShippingClass find(long id) {
        return store.shippingClass(id)
                .orElseThrow(() -> AdminRefusal.Reason.ADMIN_TERM_NOT_FOUND.exception(WHAT + " " + id));
    }
}
