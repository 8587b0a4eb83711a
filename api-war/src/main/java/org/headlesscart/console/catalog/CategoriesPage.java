package org.headlesscart.console.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.headlesscart.catalog.model.Taxonomy;

/** {@code console/catalog/categories.xhtml}. */
@Named
@ViewScoped
public class CategoriesPage extends TermsPage {

    private static final long serialVersionUID = 1L;

    @Override
    Taxonomy taxonomy() {
        return Taxonomy.CATEGORY;
    }

    @Override
    String noun() {
        return "Category";
    }
}
