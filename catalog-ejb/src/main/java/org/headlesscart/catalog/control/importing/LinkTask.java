package org.headlesscart.catalog.control.importing;

import java.util.Map;

/**
 * The links of one written row, resolved once every row is in.
 *
 * @param productId   the product the row wrote
 * @param importedIds WooCommerce ID → product id of the rows this import wrote; read during the call only
 */
public record LinkTask(long productId, ImportRow.Links links, Map<Long, Long> importedIds) {
}
