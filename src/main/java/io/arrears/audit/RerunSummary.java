package io.arrears.audit;

import java.nio.file.Path;
import java.util.List;

/**
 * What a re-run found: its audit run id, every difference, and where its reconciliation
 * report was written.
 *
 * @param corrections ledger entries posted (0 for a dry run)
 */
public record RerunSummary(long runId, List<Difference> differences, int corrections, Path csv, Path pdf) {

	public RerunSummary {
		differences = List.copyOf(differences);
	}
}
