package org.headlesscart.console.carts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.headlesscart.cart.boundary.CartAdminService;
import org.headlesscart.cart.boundary.CartAdminService.SessionPage;
import org.headlesscart.cart.boundary.CartAdminService.SessionQuery;
import org.headlesscart.cart.boundary.CartAdminService.SessionSummary;
import org.headlesscart.cart.boundary.CartAdminService.Status;
import org.headlesscart.cart.model.SessionSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The carts in session for a lazy {@code p:dataTable}: filtered, sorted and paged in the database by
 * {@link CartAdminService#sessions} (the sessions route's own method), so a page costs the same few statements
 * whatever its size. The table's filter and sort fields are the whitelist: {@code status} (active, expiring,
 * expired), {@code email} (a part of the billing e-mail), and the sort columns of {@link SessionSort}; anything else
 * a request names is ignored.
 */
public class SessionsModel extends LazyDataModel<SessionSummary> {

    private static final long serialVersionUID = 1L;

    /** A page no store reaches: the boundary then runs its count statement alone. */
    private static final int PAST_THE_END = Integer.MAX_VALUE;

    private final CartAdminService carts;

    public SessionsModel(CartAdminService carts) {
        this.carts = carts;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        SessionPage counted = carts.sessions(new SessionQuery(PAST_THE_END, 1, status(filterBy), email(filterBy)));
        return (int) Math.min(Integer.MAX_VALUE, counted.total());
    }

    @Override
    public List<SessionSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        int perPage = Math.max(1, Math.min(CartAdminService.MAX_PAGE_SIZE, pageSize));
        SessionSort sort = SessionSort.ID;
        boolean descending = false;
        for (SortMeta meta : sortBy.values()) {
            SessionSort named = sort(meta.getField());
            if (named != null && meta.getOrder() != SortOrder.UNSORTED) {
                sort = named;
                descending = meta.getOrder() == SortOrder.DESCENDING;
                break;
            }
        }
        SessionPage page = carts.sessions(new SessionQuery(first / perPage + 1, perPage, status(filterBy),
                email(filterBy), sort, descending));
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.sessions();
    }

    @Override
    public String getRowKey(SessionSummary row) {
        return row.cartKey();
    }

    @Override
    public SessionSummary getRowData(String rowKey) {
        List<SessionSummary> shown = getWrappedData();
        return shown == null ? null
                : shown.stream().filter(s -> s.cartKey().equals(rowKey)).findFirst().orElse(null);
    }

    static SessionSort sort(String field) {
        return switch (field == null ? "" : field) {
            case "cartId" -> SessionSort.ID;
            case "created" -> SessionSort.CREATED;
            case "expiry" -> SessionSort.EXPIRY;
            case "customerEmail" -> SessionSort.EMAIL;
            case "valueMinor" -> SessionSort.VALUE;
            default -> null;
        };
    }

    static Status status(Map<String, FilterMeta> filterBy) {
        Object value = filterValue(filterBy, "status");
        if (value == null) {
            return null;
        }
        try {
            return Status.valueOf(value.toString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAStatus) {
            return null;
        }
    }

    static String email(Map<String, FilterMeta> filterBy) {
        Object value = filterValue(filterBy, "customerEmail");
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static Object filterValue(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy == null ? null : filterBy.get(field);
        return meta == null ? null : meta.getFilterValue();
    }
}
