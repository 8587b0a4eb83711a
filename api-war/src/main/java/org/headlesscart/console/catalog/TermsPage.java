package org.headlesscart.console.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.headlesscart.catalog.boundary.CatalogException;
import org.headlesscart.catalog.boundary.TaxonomyAdminService;
import org.headlesscart.catalog.boundary.TaxonomyService;
import org.headlesscart.catalog.model.Taxonomy;
import org.headlesscart.catalog.model.TermDraft;
import org.headlesscart.catalog.model.TermPage;
import org.headlesscart.catalog.model.TermQuery;
import org.headlesscart.catalog.model.TermView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Categories or tags: a table paged by the database, create, rename and delete through the admin boundary (the
 * rules of {@code wc/v3/products/categories} and {@code /tags}: a sibling with the same name, an empty name...).
 * Each outcome is a message; a refusal is shown next to the field it concerns.
 */
public abstract class TermsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Longest name a term column holds (docs/api.md). */
    static final int MAX_NAME = 200;

    @EJB
    TaxonomyService taxonomies;

    @EJB
    TaxonomyAdminService admin;

    private String search;
    private String newName;
    private Long renamingId;
    private String renamingFrom;
    private String renameTo;
    private final Terms terms = new Terms();

    abstract Taxonomy taxonomy();

    /** "Category" or "Tag", for messages. */
    abstract String noun();

    public void create() {
        String name = newName == null ? "" : newName.strip();
        if (!validName("create:new-name", name)) {
            return;
        }
        try {
            TermView created = admin.createTerm(taxonomy(), new TermDraft(name, null, null, null, null, null));
            info(noun() + " \u201c" + created.name() + "\u201d created.");
            newName = null;
        } catch (CatalogException e) {
            error("create:new-name", e.getMessage());
        }
    }

    public void startRename(TermView term) {
        renamingId = term.id();
        renamingFrom = term.name();
        renameTo = term.name();
    }

    public void cancelRename() {
        renamingId = null;
    }

    public void rename() {
        if (renamingId == null) {
            return;
        }
        String name = renameTo == null ? "" : renameTo.strip();
        if (!validName("rename:rename-to", name)) {
            return;
        }
        try {
            TermView renamed = admin.updateTerm(taxonomy(), renamingId, new TermDraft(name, null, null, null, null,
                    null));
            info(noun() + " \u201c" + renamingFrom + "\u201d renamed to \u201c" + renamed.name() + "\u201d.");
            renamingId = null;
        } catch (CatalogException e) {
            error("rename:rename-to", e.getMessage());
        }
    }

    public void delete(TermView term) {
        try {
            admin.deleteTerm(taxonomy(), term.id());
            info(noun() + " \u201c" + term.name() + "\u201d deleted.");
            if (renamingId != null && renamingId == term.id()) {
                renamingId = null;
            }
        } catch (CatalogException e) {
            error(null, noun() + " \u201c" + term.name() + "\u201d was not deleted: " + e.getMessage());
        }
    }

    private boolean validName(String field, String name) {
        if (name.isEmpty()) {
            error(field, "Enter a name.");
            return false;
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            error(field, "A name has at most " + MAX_NAME + " characters.");
            return false;
        }
        return true;
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static void error(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** The terms, a page per request from the database, sorted by name, slug, count or id. */
    public final class Terms extends LazyDataModel<TermView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, page(0, 1, Map.of()).total());
        }

        @Override
        public List<TermView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            TermPage page = page(first, pageSize, sortBy);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.terms();
        }

        private TermPage page(int first, int pageSize, Map<String, SortMeta> sortBy) {
            String orderBy = "name";
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                if (meta.getOrder() != SortOrder.UNSORTED && TermQuery.ORDER_BY.contains(meta.getField())) {
                    orderBy = meta.getField();
                    ascending = meta.getOrder() == SortOrder.ASCENDING;
                    break;
                }
            }
            String term = search == null || search.isBlank() ? null : search.strip();
            int size = Math.max(1, Math.min(100, pageSize));
            return taxonomies.listTerms(taxonomy(), new TermQuery(1, size, first, term, List.of(),
                    List.of(), orderBy, ascending, false, null, null, null));
        }

        @Override
        public String getRowKey(TermView term) {
            return Long.toString(term.id());
        }

        @Override
        public TermView getRowData(String rowKey) {
            List<TermView> shown = getWrappedData();
            return shown == null ? null : shown.stream().filter(t -> getRowKey(t).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public Terms getTerms() { return terms; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public Long getRenamingId() { return renamingId; }
    public String getRenamingFrom() { return renamingFrom; }
    public String getRenameTo() { return renameTo; }
    public void setRenameTo(String renameTo) { this.renameTo = renameTo; }
}
