package org.headlesscart.console.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.headlesscart.pricing.boundary.CouponAdminService;
import org.headlesscart.pricing.model.CouponAdminView;
import org.headlesscart.pricing.model.CouponPage;
import org.headlesscart.pricing.model.CouponQuery;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The coupons list: search, sorting and paging in the database, by the boundary {@code wc/v3/coupons} uses. */
@Named
@ViewScoped
public class CouponList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CouponAdminService coupons;

    private String search = "";
    private final Coupons model = new Coupons();

    public LazyDataModel<CouponAdminView> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = Forms.text(search);
    }

    public void apply() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":list:coupons") instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    public String amount(CouponAdminView row) {
        BigDecimal amount = row.coupon().amount();
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString()
                + ("percent".equals(row.coupon().discountType()) ? " %" : "");
    }

    public String expiry(CouponAdminView row) {
        return row.coupon().expires() == null ? "never"
                : row.coupon().expires().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    public String usage(CouponAdminView row) {
        return row.coupon().usageCount() + " / " + (row.coupon().usageLimit() == 0 ? "∞" : row.coupon().usageLimit());
    }

    CouponPage load(int first, int pageSize, String orderBy, boolean ascending) {
        int perPage = Math.max(1, Math.min(100, pageSize));
        return coupons.list(new CouponQuery(first / perPage + 1, perPage, search.isEmpty() ? null : search, null,
                orderBy, ascending));
    }

    /** PrimeFaces asks the count before the page, so the count is a boundary call of its own (one row). */
    final class Coupons extends LazyDataModel<CouponAdminView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, CouponList.this.load(0, 1, "id", true).total());
        }

        @Override
        public List<CouponAdminView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            String orderBy = "date";
            boolean ascending = false;
            for (SortMeta sort : sortBy.values()) {
                orderBy = "code".equals(sort.getField()) ? "code" : "id".equals(sort.getField()) ? "id" : "date";
                ascending = sort.getOrder() == SortOrder.ASCENDING;
            }
            return CouponList.this.load(first, pageSize, orderBy, ascending).coupons();
        }

        @Override
        public String getRowKey(CouponAdminView row) {
            return Long.toString(row.coupon().id());
        }
    }
}
