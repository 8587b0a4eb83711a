package org.headlesscart.console.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.headlesscart.catalog.model.Taxonomy;

/** {@code console/catalog/tags.xhtml}. */
@Named
@ViewScoped
public class TagsPage extends TermsPage {

    private static final long serialVersionUID = 1L;

    @Override
    Taxonomy taxonomy() {
        return Taxonomy.TAG;
    }

    @Override
    String noun() {
        return "Tag";
    }
}
