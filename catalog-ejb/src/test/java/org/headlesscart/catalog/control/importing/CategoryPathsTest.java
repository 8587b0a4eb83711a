package org.headlesscart.catalog.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.headlesscart.catalog.control.importing.CategoryPaths.Node;
import org.headlesscart.catalog.control.importing.CategoryPaths.Resolution;
import org.junit.jupiter.api.Test;

class CategoryPathsTest {

    static final Node CLOTHING = new Node(1L, null, "Clothing", "clothing");
    static final Node TSHIRTS = new Node(2L, 1L, "Tshirts", "tshirts");
    static final Node CLOTHING_ACCESSORIES = new Node(3L, 1L, "Accessories", "accessories");
    static final Node DECOR = new Node(4L, 0L, "Decor", "decor");
    static final Node DECOR_ACCESSORIES = new Node(5L, 4L, "Accessories", "accessories-2");
    static final List<Node> TREE = List.of(CLOTHING, TSHIRTS, CLOTHING_ACCESSORIES, DECOR, DECOR_ACCESSORIES);

    @Test
    void findsAWholePathFromTheTop() {
        Resolution found = CategoryPaths.resolve(TREE, List.of("Clothing", "Tshirts"));

        assertEquals(List.of(CLOTHING, TSHIRTS), found.found());
        assertEquals(List.of(), found.missing());
        assertEquals(2L, found.deepestId());
    }

    @Test
    void looksUpEachNameAmongTheChildrenOfTheOneBefore() {
        assertEquals(3L, CategoryPaths.resolve(TREE, List.of("Clothing", "Accessories")).deepestId());
        assertEquals(5L, CategoryPaths.resolve(TREE, List.of("Decor", "Accessories")).deepestId(),
                "a parent of 0 is the top level too");
    }

    @Test
    void reportsTheNamesBelowTheDeepestFoundAsMissing() {
        Resolution partly = CategoryPaths.resolve(TREE, List.of("Clothing", "Hoodies", "Zipped"));

        assertEquals(List.of(CLOTHING), partly.found());
        assertEquals(List.of("Hoodies", "Zipped"), partly.missing());
        assertEquals(1L, partly.deepestId(), "the parent of the first missing category");
    }

    @Test
    void aChildNameIsNotFoundAtTheTopLevel() {
        Resolution top = CategoryPaths.resolve(TREE, List.of("Tshirts"));

        assertEquals(List.of("Tshirts"), top.missing());
        assertNull(top.deepestId());
    }

    @Test
    void matchesNamesIgnoringCaseAndThenBySlug() {
        assertEquals(1L, CategoryPaths.resolve(TREE, List.of("CLOTHING")).deepestId());
        List<Node> tree = List.of(new Node(7L, null, "T-Shirts & Tops", "t-shirts-tops"));
        assertEquals(7L, CategoryPaths.resolve(tree, List.of("T Shirts Tops")).deepestId(), "same slug");
    }

    @Test
    void prefersAnExactNameOverOneThatDiffersInCase() {
        List<Node> tree = List.of(new Node(1L, null, "sale", "sale"), new Node(2L, null, "Sale", "sale-2"));

        assertEquals(2L, CategoryPaths.resolve(tree, List.of("Sale")).deepestId());
    }

    @Test
    void anEmptyStoreHasEverythingMissing() {
        assertEquals(List.of("Music"), CategoryPaths.resolve(List.of(), List.of("Music")).missing());
    }
}
