package org.headlesscart.console.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.headlesscart.catalog.boundary.CatalogAdminService;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.boundary.TaxonomyService;
import org.headlesscart.catalog.model.ProductRow;
import org.headlesscart.catalog.model.ProductTableQuery;
import org.headlesscart.catalog.model.Taxonomy;
import org.headlesscart.catalog.model.TermQuery;
import org.headlesscart.catalog.model.TermView;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The product table ({@code console/catalog/products.xhtml}): search, filters, sort and paging all done by the
 * database through {@link CatalogAdminService#productTable}, one page of rows in memory at a time.
 */
@Named
@ViewScoped
public class ProductsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The categories the filter offers: by name, as many as a select can sensibly show. */
    static final int CATEGORY_CHOICES = 100;
    static final String TABLE = "products:table";

    @EJB
    CatalogAdminService admin;

    @EJB
    CatalogService catalog;

    @EJB
    TaxonomyService taxonomies;

    private String search;
    private String status;
    private String type;
    private String stockStatus;
    private Long categoryId;
    private List<TermView> categories;
    private Money money;
    private final Rows rows = new Rows();

    @PostConstruct
    void init() {
        money = new Money(catalog.storeDetails().currency().minorUnit());
        categories = taxonomies.listTerms(Taxonomy.CATEGORY, TermQuery.firstPage(CATEGORY_CHOICES)).terms();
    }

    public String price(Long minor) {
        return money.format(minor);
    }

    /** The filters changed: the table goes back to its first page. */
    public void filter() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public String categoriesOf(ProductRow row) {
        return String.join(", ", row.categories());
    }

    /** "In stock (12)", "Out of stock", "On backorder": the status, and the count when stock is counted. */
    public String stockOf(ProductRow row) {
        String status = switch (row.stockStatus()) {
            case "outofstock" -> "Out of stock";
            case "onbackorder" -> "On backorder";
            default -> "In stock";
        };
        return row.manageStock() && row.stockQuantity() != null ? status + " (" + row.stockQuantity() + ")" : status;
    }

    public void clear() {
        filter();
        search = null;
        status = null;
        type = null;
        stockStatus = null;
        categoryId = null;
    }

    ProductTableQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
        ProductTableQuery.Sort sort = ProductTableQuery.Sort.CREATED;
        boolean ascending = false;
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() != SortOrder.UNSORTED) {
                sort = sortOf(meta.getField());
                ascending = meta.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        return new ProductTableQuery(search, status, type, stockStatus, categoryId, sort, ascending, first, pageSize);
    }

    static ProductTableQuery.Sort sortOf(String field) {
        return switch (field == null ? "" : field) {
            case "name" -> ProductTableQuery.Sort.NAME;
            case "sku" -> ProductTableQuery.Sort.SKU;
            case "regularPrice" -> ProductTableQuery.Sort.PRICE;
            case "stockQuantity" -> ProductTableQuery.Sort.STOCK;
            case "status" -> ProductTableQuery.Sort.STATUS;
            case "modified" -> ProductTableQuery.Sort.MODIFIED;
            default -> ProductTableQuery.Sort.CREATED;
        };
    }

    /** The table's rows: the count and one page per request, from the database. */
    public final class Rows extends LazyDataModel<ProductRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE,
                    admin.countProductTable(query(0, 1, Map.of())));
        }

        @Override
        public List<ProductRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            ProductRow.Page page = admin.productTable(query(first, pageSize, sortBy));
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.rows();
        }

        @Override
        public String getRowKey(ProductRow row) {
            return Long.toString(row.id());
        }

        @Override
        public ProductRow getRowData(String rowKey) {
            List<ProductRow> shown = getWrappedData();
            return shown == null ? null : shown.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public Rows getRows() { return rows; }
    public List<TermView> getCategories() { return categories; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getStockStatus() { return stockStatus; }
    public void setStockStatus(String stockStatus) { this.stockStatus = stockStatus; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
}
