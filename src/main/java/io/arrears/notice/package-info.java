/**
 * The notice registry (SPEC §5), the rendering of per-household notices and case files,
 * print batches, and {@code export notices}.
 */
@ApplicationModule(displayName = "Notices",
		allowedDependencies = { "batch", "csv", "document", "dunning", "latefee", "ledger" })
package io.arrears.notice;

import org.springframework.modulith.ApplicationModule;
