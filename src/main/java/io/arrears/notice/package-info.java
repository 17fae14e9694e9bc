/**
 * The notice registry (SPEC §5), the rendering of per-household notices and case files,
 * print batches, and {@code export notices}. A case file states the limitation period of
 * each charge (SPEC §10) from what the collection module recorded.
 */
@ApplicationModule(displayName = "Notices", allowedDependencies = { "batch", "collection", "csv", "document", "dunning",
		"latefee", "ledger", "limitation" })
package io.arrears.notice;

import org.springframework.modulith.ApplicationModule;
