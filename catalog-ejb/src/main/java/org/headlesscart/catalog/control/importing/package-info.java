/**
 * Reading WooCommerce product CSV files: the parsing half of the catalog's CSV import.
 *
 * <p>{@link org.headlesscart.catalog.control.importing.WooCommerceCsv#parse(java.io.Reader)} reads the format of
 * WooCommerce's product export (RFC 4180, UTF-8 with or without a byte order mark) into an
 * {@link org.headlesscart.catalog.control.importing.ImportResult}: one typed, immutable
 * {@link org.headlesscart.catalog.control.importing.ImportRow} per good row and a
 * {@link org.headlesscart.catalog.control.importing.RowProblem} (line, column, message) per bad cell. A row with a
 * problem is left out; the other rows still parse, and nothing the file contains makes the parser throw.
 *
 * <p>Columns are found by header, not position, so exports with other column sets or orders work; unknown
 * columns are ignored. Line numbers are physical lines (the header is line 1), so a row whose description spans
 * several lines is reported where it starts, as a spreadsheet or editor shows it.
 *
 * <p>Where the format leaves room, the parser follows what WooCommerce's own exporter writes and its importer
 * reads: {@code \,} escapes a comma inside list cells, a leading {@code '} guards values that start like a
 * spreadsheet formula, descriptions carry line breaks as {@code \n}, Published is 1 publish, 0 private and -1
 * draft.
 *
 * <p>Out of scope: references between rows ({@link org.headlesscart.catalog.control.importing.ProductRef}: an
 * {@code id:N} or a SKU) are not resolved, and nothing is written to the database; the importer that persists the
 * rows does both. Headers in languages other than English, and prices written with a decimal comma (stores whose
 * decimal separator is a comma export them so), are not understood yet.
 *
 * <p>Plain Java with no dependencies beyond the JDK; no JPA, no EJB, nothing from the boundary.
 */
package org.headlesscart.catalog.control.importing;
