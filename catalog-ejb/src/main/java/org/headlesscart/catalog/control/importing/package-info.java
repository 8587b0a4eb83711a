/**
 * WooCommerce product CSV files: reading them (the parser) and writing their rows into the catalog (the importer).
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
 * <p>Parsing leaves references between rows ({@link org.headlesscart.catalog.control.importing.ProductRef}: an
 * {@code id:N} or a SKU) unresolved and writes nothing. Headers in languages other than English, and prices written
 * with a decimal comma (stores whose decimal separator is a comma export them so), are not understood yet.
 *
 * <p>The parser is plain Java with no dependencies beyond the JDK; no JPA, no EJB, nothing from the boundary.
 *
 * <p>Writing the rows is the other half. {@link org.headlesscart.catalog.control.importing.ImportRun} drives one
 * import: every row that is not a variation, then the variations, then the links between products; each step is a
 * transaction of its own in {@link org.headlesscart.catalog.control.importing.CatalogImporter} (REQUIRES_NEW), so a
 * bad row is reported and leaves nothing behind. {@code ProductWriter} maps a row onto its product (matched by SKU),
 * {@code Taxonomies} finds or creates categories, tags, global attributes and terms, {@code ProductLinker} sets
 * grouped products, upsells and cross-sells. The rules that need no database live in small pure classes with unit
 * tests: {@code Slugs}, {@code CategoryPaths}, {@code AttributeMapping}, {@code RowChecks}.
 *
 * <p>Not written, because the schema has no place for them yet: downloads and their limits, purchase notes, the
 * reviews flag, shipping classes and meta columns. Weights and dimensions are stored as written, without converting
 * the units the file's headers name to the store's.
 */
package org.headlesscart.catalog.control.importing;
