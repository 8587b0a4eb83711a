package org.headlesscart.catalog.model;

/**
 * How a list of terms filters products (contract §5.3 {@code category_operator}, {@code tag_operator},
 * {@code brand_operator}, {@code attributes[][operator]}): carrying any of them, none of them, or every one.
 */
public enum TermOperator {
    IN, NOT_IN, AND
}
