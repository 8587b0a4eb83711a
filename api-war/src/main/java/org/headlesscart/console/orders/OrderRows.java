package org.headlesscart.console.orders;

import java.util.List;
import java.util.Map;

import org.headlesscart.order.model.OrderPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The orders list's lazy model: each page is one call of the boundary wc/v3/orders uses
 * ({@code OrderAdminService.list}, four statements), the count one more; filters come from the page's filter form,
 * sorting from the table ({@code id} or {@code date}, WooCommerce's {@code orderby}).
 */
class OrderRows extends LazyDataModel<OrderRow> {

    private static final long serialVersionUID = 1L;

    private final OrdersList list;

    OrderRows(OrdersList list) {
        this.list = list;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, list.count());
    }

    @Override
    public List<OrderRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String orderBy = "date";
        boolean ascending = false;
        for (SortMeta sort : sortBy.values()) {
            if (sort.getOrder() != SortOrder.UNSORTED) {
                orderBy = "id".equals(sort.getField()) ? "id" : "date";
                ascending = sort.getOrder() == SortOrder.ASCENDING;
            }
        }
        int size = Math.max(1, Math.min(100, pageSize));
        OrderPage page = list.page(first / size + 1, size, orderBy, ascending);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.orders().stream().map(o -> OrderRow.of(o, list.format())).toList();
    }

    @Override
    public String getRowKey(OrderRow row) {
        return Long.toString(row.id());
    }

    @Override
    public OrderRow getRowData(String rowKey) {
        return getWrappedData().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
