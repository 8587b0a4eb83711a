package org.headlesscart.catalog.control.importing;

import java.util.Map;
import java.util.Set;

/**
 * One row to write, with what the import knows beyond it.
 *
 * @param row         the parsed row
 * @param importedIds WooCommerce ID → product id of the rows written so far; read during the call only
 * @param varied      for a variable product, the attribute names (lower case) its variations in the file name;
 *                    empty when they name none or the file has none: then all its attributes are used for
 *                    variations
 */
public record RowTask(ImportRow row, Map<Long, Long> importedIds, Set<String> varied) {
}
