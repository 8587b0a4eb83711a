package org.headlesscart.cart.control;

import java.util.ArrayList;
import java.util.List;

import org.headlesscart.catalog.model.Purchasable;

/** The name a line shows: the product's, or for a variation "Parent - Value, Value" (see {@link VariationNames}). */
public final class LineNames {

    private LineNames() {
    }

    public static String of(Purchasable product) {
        if (!product.isVariation()) {
            return product.title();
        }
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Purchasable.VariationAttribute attribute : product.attributes()) {
            String slug = product.variationValues().getOrDefault(attribute.key(), "");
            names.add(attribute.key());
            labels.add(slug.isEmpty() ? "" : attribute.options().getOrDefault(slug, slug));
        }
        return VariationNames.of(product.title(), names, labels);
    }
}
