package org.headlesscart.console.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.headlesscart.catalog.model.ProductTableQuery;
import org.junit.jupiter.api.Test;

/** The edit form's own checks, made before the catalog's, and the table's sort columns. */
class ProductEditPageTest {

    private static ProductEditPage form(String regular, String sale, boolean manageStock, String quantity) {
        ProductEditPage page = new ProductEditPage();
        page.setRegularPrice(regular);
        page.setSalePrice(sale);
        page.setManageStock(manageStock);
        page.setStockQuantity(quantity);
        return page;
    }

    @Test
    void acceptsPricesWithAPointEmptyPricesAndAWholeQuantity() {
        assertEquals(Map.of(), form("18.50", "", true, "7").check());
        assertEquals(Map.of(), form("", "", false, "not read when stock is not managed").check());
        assertEquals(Map.of(), form(" 20 ", "19.99", true, "0").check());
    }

    @Test
    void refusesWhatIsNoPriceNextToItsField() {
        Map<String, String> problems = form("12,5x", "-1", false, "").check();

        assertEquals("Enter a price such as 18.50 (digits and a point), or leave it empty.",
                problems.get("regular_price"));
        assertEquals(problems.get("regular_price"), problems.get("sale_price"));
    }

    @Test
    void refusesASaleThatIsNotBelowTheRegularPrice() {
        assertEquals(Map.of("sale_price", "The sale price must be lower than the regular price."),
                form("10.00", "10", false, "").check());
    }

    @Test
    void aManagedStockNeedsAWholeQuantityOfZeroOrMore() {
        assertEquals(Map.of("stock_quantity", "Enter the quantity in stock when stock is managed."),
                form("", "", true, " ").check());
        assertEquals(Map.of("stock_quantity", "Enter a whole number of 0 or more."), form("", "", true, "-3").check());
        assertEquals(Map.of("stock_quantity", "Enter a whole number of 0 or more."), form("", "", true, "2.5").check());
    }

    @Test
    void theTableSortsByItsColumnsAndByDefaultNewestFirst() {
        assertEquals(ProductTableQuery.Sort.PRICE, ProductsPage.sortOf("regularPrice"));
        assertEquals(ProductTableQuery.Sort.STOCK, ProductsPage.sortOf("stockQuantity"));
        assertEquals(ProductTableQuery.Sort.CREATED, ProductsPage.sortOf("whatever a forged request names"));
        assertEquals(ProductTableQuery.Sort.CREATED, ProductsPage.sortOf(null));
    }
}
