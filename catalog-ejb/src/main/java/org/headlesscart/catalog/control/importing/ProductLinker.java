package org.headlesscart.catalog.control.importing;

import java.util.ArrayList;
import java.util.List;

import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.entity.ProductLink;

/**
 * The second pass: links a written product to the products its row names as grouped products, upsells and
 * cross-sells, which may be rows further down the file. A reference that finds nothing is a problem of the row;
 * the references that resolve are linked all the same.
 */
final class ProductLinker {

    private final ImportStore store;

    ProductLinker(ImportStore store) {
        this.store = store;
    }

    /**
     * @param problems the row's problems, each a sentence that starts with the column
     * @param changed  whether the product's links changed
     */
    record Linked(List<String> problems, boolean changed) {
    }

    Linked link(LinkTask task) {
        List<String> problems = new ArrayList<>();
        Product product = store.product(task.productId()).orElse(null);
        if (product == null) {
            problems.add("The product of this row was deleted before its links could be set");
            return new Linked(problems, false);
        }
        long versionBefore = product.getVersion();
        References references = new References(store, task.importedIds());
        ImportRow.Links links = task.links();
        product.link(ProductLink.GROUPED, ids("Grouped products", links.groupedProducts(), references, problems));
        product.link(ProductLink.UPSELL, ids("Upsells", links.upsells(), references, problems));
        product.link(ProductLink.CROSS_SELL, ids("Cross-sells", links.crossSells(), references, problems));
        store.flush();
        return new Linked(problems, product.getVersion() != versionBefore);
    }

    private static List<Long> ids(String column, List<ProductRef> refs, References references, List<String> problems) {
        List<Long> ids = new ArrayList<>();
        for (ProductRef ref : refs) {
            references.find(ref).ifPresentOrElse(p -> ids.add(p.getId()),
                    () -> problems.add(References.unknown(column, ref)));
        }
        return ids;
    }
}
