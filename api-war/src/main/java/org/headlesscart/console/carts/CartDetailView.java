package org.headlesscart.console.carts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.headlesscart.cart.boundary.CartAdminService;
import org.headlesscart.cart.boundary.CartAdminService.SessionDetail;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.model.CurrencyView;

/**
 * A cart's page ({@code #{cart}}, {@code carts/cart.xhtml?key=…}): its row (source, owner, times, status), its lines
 * and totals as the cart shows them now, its customer; and deleting it. An unknown key shows a clear page with
 * status 404.
 */
@Named("cart")
@ViewScoped
public class CartDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CartAdminService service;

    @EJB
    CatalogService catalog;

    private String key;
    private transient SessionDetail detail;
    private transient CurrencyView currency;
    private boolean loaded;

    /** The view action: reads the cart once per view; 404 when none is stored under the key. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        detail = key == null || key.isBlank() ? null : service.detail(key.strip()).orElse(null);
        if (detail == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            ((HttpServletResponse) context.getExternalContext().getResponse())
                    .setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Deletes the cart, then shows the list with the outcome. */
    public String delete() {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        if (service.delete(key)) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Cart " + key + " deleted.", null));
        } else {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    "Cart " + key + " was already gone: nothing was deleted.", null));
        }
        return "/console/carts/index?faces-redirect=true";
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public boolean isFound() {
        return detail != null;
    }

    public SessionDetail getDetail() {
        return detail;
    }

    public CartView getCart() {
        return detail == null ? null : detail.cart();
    }

    public List<CartView.Line> getLines() {
        return detail == null ? List.of() : detail.cart().items();
    }

    /** The billing fields that are filled in, in WooCommerce's order. */
    public List<Map.Entry<String, String>> getBilling() {
        return detail == null ? List.of() : detail.cart().customer().billing().entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank()).toList();
    }

    public String money(long minor) {
        if (currency == null) {
            currency = catalog.storeDetails().currency();
        }
        return currency.format(minor);
    }

    /** A time as the console shows it: UTC, to the minute. */
    public String time(java.time.Instant at) {
        return at == null ? "" : CartsView.TIME.format(at) + " UTC";
    }

    public String quantity(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }

    /** "billing_first_name" → "First name". */
    public String fieldLabel(String field) {
        String name = field.replaceFirst("^billing_", "").replace('_', ' ');
        return name.isEmpty() ? field : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
