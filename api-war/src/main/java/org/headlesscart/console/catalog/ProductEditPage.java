package org.headlesscart.console.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.headlesscart.catalog.boundary.CatalogAdminService;
import org.headlesscart.catalog.boundary.CatalogException;
import org.headlesscart.catalog.boundary.CatalogFailure;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.model.AdminProductView;
import org.headlesscart.catalog.model.ProductDraft;
import org.headlesscart.catalog.model.ProductUpdate;

/**
 * Edits a product's prices, stock and status ({@code console/catalog/product.xhtml?id=N}). The form remembers the
 * product's modification time as it was read; the save goes through
 * {@link CatalogAdminService#updateProductIfUnmodified}, so a product changed meanwhile is not overwritten: the
 * page says so, shows the saved values and keeps the user's input, which a second save then applies.
 */
@Named
@ViewScoped
public class ProductEditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** The draft's field names (the admin API's) and the form's ids, for messages next to the field. */
    private static final Map<String, String> FIELDS = Map.of("regular_price", "regular-price", "sale_price",
            "sale-price", "manage_stock", "manage-stock", "stock_quantity", "stock-quantity", "status", "status");

    @EJB
    CatalogAdminService admin;

    @EJB
    CatalogService catalog;

    private Long id;
    private AdminProductView product;
    private Instant readModified;
    private Money money;
    private boolean stale;

    private String regularPrice;
    private String salePrice;
    private boolean manageStock;
    private String stockQuantity;
    private String status;

    /** The view action: reads the product once per view; an unknown id shows a message, not an error page. */
    public void load() {
        if (product != null) {
            return;
        }
        money = new Money(catalog.storeDetails().currency().minorUnit());
        if (id == null) {
            error(null, "No product was chosen. Open one from the product list.");
            return;
        }
        try {
            show(admin.getProduct(id));
        } catch (CatalogException e) {
            error(null, "There is no product " + id + ".");
        }
    }

    private void show(AdminProductView view) {
        product = view;
        readModified = view.modified();
        regularPrice = money.format(view.regularPrice());
        salePrice = money.format(view.salePrice());
        manageStock = view.manageStock();
        stockQuantity = view.stockQuantity() == null ? "" : view.stockQuantity().toString();
        status = view.status();
    }

    public void save() {
        if (product == null) {
            return;
        }
        Map<String, String> problems = check();
        if (!problems.isEmpty()) {
            problems.forEach(this::fieldError);
            error(null, "Nothing was saved: correct the fields marked below.");
            return;
        }
        try {
            ProductUpdate update = admin.updateProductIfUnmodified(product.id(), readModified, draft());
            if (update.applied()) {
                stale = false;
                show(admin.getProduct(product.id()));
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                        "Saved " + product.name() + ".", null));
            } else {
                stale = true;
                product = update.product();
                readModified = update.product().modified();   // a second save applies the input kept below
                error(null, "This product was changed by someone else (at " + WHEN.format(readModified)
                        + ") since you opened it, so nothing was saved. Your input is kept below; the values now "
                        + "saved are shown next to it. Save again to replace them with your input.");
            }
        } catch (CatalogException e) {
            if (e.failure() == CatalogFailure.INVALID_FIELDS && !e.fields().isEmpty()) {
                e.fields().forEach(this::fieldError);
                error(null, "Nothing was saved: correct the fields marked below.");
            } else {
                error(null, "Nothing was saved: " + e.getMessage());
            }
        } catch (RuntimeException e) {
            // An optimistic-lock conflict at the commit: someone saved at the very same moment.
            error(null, "Nothing was saved: the product changed while saving. Reload it and try again.");
        }
    }

    /** The form's own checks, before the catalog's: numbers that parse, a sale below the regular price. */
    Map<String, String> check() {
        Map<String, String> problems = new LinkedHashMap<>();
        BigDecimal regular = decimal("regular_price", regularPrice, problems);
        BigDecimal sale = decimal("sale_price", salePrice, problems);
        if (regular != null && sale != null && sale.compareTo(regular) >= 0) {
            problems.put("sale_price", "The sale price must be lower than the regular price.");
        }
        if (manageStock) {
            String quantity = stockQuantity == null ? "" : stockQuantity.strip();
            if (quantity.isEmpty()) {
                problems.put("stock_quantity", "Enter the quantity in stock when stock is managed.");
            } else if (!quantity.matches("\\d{1,9}")) {
                problems.put("stock_quantity", "Enter a whole number of 0 or more.");
            }
        }
        return problems;
    }

    private static BigDecimal decimal(String field, String value, Map<String, String> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,12}(\\.\\d{1,8})?")) {
            problems.put(field, "Enter a price such as 18.50 (digits and a point), or leave it empty.");
            return null;
        }
        return new BigDecimal(text);
    }

    private ProductDraft draft() {
        Integer quantity = manageStock ? Integer.valueOf(stockQuantity.strip()) : null;
        return new ProductDraft(null, null, null, status, null, null, null, null, null, strip(regularPrice),
                strip(salePrice), null, null, null, null, manageStock, quantity, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private void fieldError(String field, String message) {
        String component = FIELDS.get(field);
        FacesContext.getCurrentInstance().addMessage(component == null ? null : "edit:" + component,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, component == null ? field + ": " + message : message,
                        null));
    }

    private static void error(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public String price(Long minor) {
        return money.format(minor);
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public AdminProductView getProduct() { return product; }
    public boolean isStale() { return stale; }
    public String getRegularPrice() { return regularPrice; }
    public void setRegularPrice(String regularPrice) { this.regularPrice = regularPrice; }
    public String getSalePrice() { return salePrice; }
    public void setSalePrice(String salePrice) { this.salePrice = salePrice; }
    public boolean isManageStock() { return manageStock; }
    public void setManageStock(boolean manageStock) { this.manageStock = manageStock; }
    public String getStockQuantity() { return stockQuantity; }
    public void setStockQuantity(String stockQuantity) { this.stockQuantity = stockQuantity; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
