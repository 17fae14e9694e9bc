/**
 * Every CSV file the pipeline writes (exports, rejects, reports, the demo's input files)
 * goes through {@link io.arrears.csv.CsvWriter}: RFC 4180 quoting, {@code \n} line ends
 * and formula cells defused (SPEC §7). It depends on no other module, so that every
 * module may use it. Reading CSV is the import's business, not this module's.
 */
package io.arrears.csv;
