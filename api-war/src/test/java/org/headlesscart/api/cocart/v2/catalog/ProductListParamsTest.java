package org.headlesscart.api.cocart.v2.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.catalog.boundary.ProductQuery;
import org.junit.jupiter.api.Test;

/** The products list's parameters, which now share ParamCheck with the taxonomy and review lists. */
class ProductListParamsTest {

    @Test
    void withoutParametersTheNewestTenFirst() {
        assertEquals(ProductQuery.firstPage(10), new ProductListParams().toQuery());
    }

    @Test
    void valuesAreRead() {
        ProductListParams params = new ProductListParams();
        params.order = "ASC";
        params.orderBy = "price";
        params.featured = "yes";
        params.minPrice = "10.5";
        params.includeArray = List.of("1", "2");
        params.sku = "A, B";

        ProductQuery query = params.toQuery();

        assertEquals(true, query.ascending());
        assertEquals("price", query.orderBy());
        assertEquals(true, query.featured());
        assertEquals(new BigDecimal("10.5"), query.minPrice());
        assertEquals(List.of(1L, 2L), query.include());
        assertEquals(List.of("A", "B"), query.skus());
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        ProductListParams params = new ProductListParams();
        params.page = "0";
        params.type = "bundle";
        params.onSale = "perhaps";
        params.maxPrice = "-1";
        params.parent = List.of("x");

        InvalidParamException e = assertThrows(InvalidParamException.class, params::toQuery);

        assertEquals(Set.of("page", "type", "on_sale", "max_price", "parent"), e.params().keySet());
        assertEquals("page must be greater than or equal to 1", e.params().get("page"));
        assertEquals("parent[0] is not of type integer.", e.params().get("parent"));
    }
}
