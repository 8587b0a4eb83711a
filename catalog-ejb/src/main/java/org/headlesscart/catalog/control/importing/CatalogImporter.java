package org.headlesscart.catalog.control.importing;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.catalog.control.ProductStore;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.platform.outbox.Outbox;

/**
 * The import's transactions. Each row, and later each row's links, commits on its own (REQUIRES_NEW), so a row
 * that fails leaves nothing of itself behind and the rows before and after it still land. A rejected row is rolled
 * back too, whatever it created before the problem showed (a category, say). A transaction that changes the
 * catalog bumps its revision, which invalidates cached Products API responses; one that changes nothing (the same
 * file imported again) leaves it. Called by {@link ImportRun} through the container, which is what starts the
 * transactions; a call from inside this class would not.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CatalogImporter {

    @Inject
    ImportStore store;

    @Inject
    ProductStore products;

    @Inject
    Outbox outbox;

    @Resource
    SessionContext context;

    /**
     * Writes one row in a transaction of its own.
     *
     * @return what the row did, or its problems; a broken database constraint is thrown after the rollback, as it
     *         was raised (ejb-jar.xml) or, if the commit broke it, in the container's {@code EJBException}
     */
    public RowOutcome write(RowTask task) {
        RowOutcome outcome = new ProductWriter(store).write(task);
        if (outcome.isRejected()) {
            context.setRollbackOnly();
        } else if (outcome.changed()) {
            announce(outcome);
            products.bumpRevision(Instant.now());       // last: the revision row stays locked until the commit
        }
        return outcome;
    }

    /**
     * The webhook event of a written row (docs/webhooks.md), as WooCommerce's importer saves products:
     * {@code product.created} or {@code product.updated}; a variation's row is its product's {@code product.updated},
     * as for the Products API's writes (AdminProducts).
     */
    private void announce(RowOutcome outcome) {
        long parent = products.find(outcome.productId()).map(Product::getParentId).orElse(0L);
        if (parent > 0) {
            outbox.record("product.updated", parent);
        } else {
            outbox.record(outcome.created() ? "product.created" : "product.updated", outcome.productId());
        }
    }

    /**
     * Links a written product to the products its row names, in a transaction of its own.
     *
     * @return references that found nothing; the others are linked
     */
    public List<String> link(LinkTask task) {
        ProductLinker.Linked linked = new ProductLinker(store).link(task);
        if (linked.changed()) {
            products.bumpRevision(Instant.now());
        }
        return linked.problems();
    }
}
