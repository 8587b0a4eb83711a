package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.headlesscart.it.fixtures.micro.StatementCounter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The Products API on Payara Micro, plus the statement budget of a product list (statistics are on here). Answers
 * are not kept here, so that every request renders and is counted; kept answers: ProductAnswersOnMicroIT.
 */
class ProductsOnMicroIT extends TaxonomyContract {

    /** Count and page, then one statement per kind of data the page shows; see ProductViews. */
    static final int LIST_STATEMENT_BUDGET = 20;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle().addClass(StatementCounter.class).addAsResource(
                new StringAsset("config_ordinal=500\nheadlesscart.catalog.response-cache-seconds=0\n"
                        + "headlesscart.catalog.revision-freshness=PT0S\n"),
                "META-INF/microprofile-config.properties");
    }

    @Test
    void aProductListRunsTheSameFewStatementsWhateverThePageSize() {
        long one = statementsFor("products?type=simple&per_page=1");
        long five = statementsFor("products?type=simple&per_page=5");
        long everything = statementsFor("products?per_page=100");
        long filtered = statementsFor("products?per_page=100&category=clothing&min_price=10");

        assertEquals(one, five, "no N+1: the same statements for 1 and for 5 products of a kind");
        assertTrue(everything <= LIST_STATEMENT_BUDGET, "statements for every kind of product: " + everything);
        assertTrue(filtered <= LIST_STATEMENT_BUDGET, "statements with filters: " + filtered);
    }

    @Test
    void theNewFiltersAndOrderingsAddNoStatements() {
        long everything = statementsFor("products?per_page=100");
        // The same eight products, through every subquery-backed filter and an ordering by a subquery.
        long filtered = statementsFor("products?per_page=100&orderby=review_count&hide_free=true&parent_exclude=99"
                + "&brand=acme&brand_operator=not_in&after=2020-01-01T00:00:00&catalog_visibility=visible"
                + "&attributes%5B0%5D%5Battribute%5D=pa_color&attributes%5B0%5D%5Bterm_id%5D%5B%5D=99"
                + "&attributes%5B0%5D%5Boperator%5D=not_in");
        long taxonomies = statementsFor("products?per_page=100&category=clothing,accessories&tag=new"
                + "&tag_operator=not_in&rating=3,4,5&orderby=rating");

        assertEquals(everything, filtered, "filters and orderings are part of the two list statements");
        assertTrue(taxonomies <= LIST_STATEMENT_BUDGET, "statements with term filters: " + taxonomies);
    }

    @Test
    void aSingleProductRunsABoundedNumberOfStatements() {
        assertTrue(statementsFor("products/14") <= LIST_STATEMENT_BUDGET);
    }

    /** Statements of one render: the path is requested once to warm up, then counted. */
    private long statementsFor(String path) {
        object(path);
        long before = counter();
        object(path);
        long used = counter() - before;
        System.out.println("SQL statements for GET " + path + ": " + used);
        return used;
    }

    private long counter() {
        return Long.parseLong(http().get(http().at("wp-json/headlesscart-test/statements"), "text/plain").body().trim());
    }
}
