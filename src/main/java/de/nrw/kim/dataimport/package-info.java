/**
 * Spreadsheet import (Tabellenimport) for municipalities moving from Excel: a case manager uploads
 * clients (and whether to open a case for each) as XLSX or CSV, maps the columns (suggested from
 * German or English headers), runs a dry run that lists every row's problems in German, and imports
 * all rows in one transaction or none.
 * <p>
 * Rows go through the public APIs of {@code client} ({@link de.nrw.kim.client.ClientImport}: the same
 * validation, duplicate check and audit as the client API) and {@code casework}
 * ({@link de.nrw.kim.casework.CaseWork#openCase}); the importing case manager becomes the case manager
 * of every created client and case (ADR 0614). Uploaded cells wait in {@code import_upload} (own
 * municipality, own user) only until the import (ADR 0615).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tabellenimport", allowedDependencies = { "platform", "client", "casework" })
package de.nrw.kim.dataimport;
