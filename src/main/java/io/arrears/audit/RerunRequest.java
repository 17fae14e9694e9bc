package io.arrears.audit;

import java.time.LocalDate;

/**
 * An auditor's request: re-run a job for each date of a range, in order.
 *
 * @param dryRun write nothing to the ledger, the stage history or the notice registry;
 * only record the audit run and its report
 */
public record RerunRequest(LocalDate from, LocalDate to, Mode mode, boolean dryRun) {

	public RerunRequest {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("--to " + to + " is before --from " + from);
		}
	}
}
