/**
 * The web console (issue 14): finance, collectors, auditors and the administrator work in
 * a browser. Served by {@code serve} and {@code console} only; users live in the database
 * ({@code users add}), every view of a household and every download of a document naming
 * owners is written to {@code access_log}. It reads what the jobs wrote and writes only
 * through the modules' own rules (a contact, a hold, a waiver go through their import's);
 * the runs it starts (dry-run re-runs, month-end, restarts) go through the job runner.
 */
@ApplicationModule(displayName = "Web console")
package io.arrears.console;

import org.springframework.modulith.ApplicationModule;
