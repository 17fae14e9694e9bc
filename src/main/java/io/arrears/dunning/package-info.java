/**
 * The escalation ladder as ordered data (each rung carries its consequences), the
 * assessment of a household on a date (pure), the dunning job and the arrears export.
 * {@code internal} holds the remote-partitioning wiring.
 */
@ApplicationModule(displayName = "Dunning", allowedDependencies = { "batch", "csv", "latefee", "ledger" })
package io.arrears.dunning;

import org.springframework.modulith.ApplicationModule;
