package org.headlesscart.catalog.model;

import java.util.List;

/** Category, tag or brand references (ids or slugs, never empty) and how they combine. */
public record TermFilter(List<String> terms, TermOperator operator) {
}
