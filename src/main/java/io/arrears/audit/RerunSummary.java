package io.arrears.audit;

import java.nio.file.Path;
import java.util.List;

/**
 * What a re-run found: its audit run id, every difference, the notices it explained by
 * the promise or hold that kept them back, and where its reconciliation report was
 * written.
 *
 * @param explained rows of kind {@link Difference.Kind#WITHHELD} and
 * {@link Difference.Kind#KEPT_OFF}: not differences
 * @param corrections ledger entries posted (0 for a dry run)
 */
public record RerunSummary(long runId, List<Difference> differences, List<Difference> explained, int corrections,
		Path csv, Path pdf) {

	public RerunSummary {
		differences = List.copyOf(differences);
		explained = List.copyOf(explained);
	}
}
