/**
 * The append-only fee ledger (SPEC §1): entries, the allocation of payments (§2, pure),
 * the one ledger writer, and the CSV imports of estates, households and ledger files
 * (§7).
 */
@ApplicationModule(displayName = "Ledger", allowedDependencies = { "batch", "csv" })
package io.arrears.ledger;

import org.springframework.modulith.ApplicationModule;
