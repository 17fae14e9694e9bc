package io.arrears.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What every re-run does around its own work: records the audit run when it starts, each
 * date's differences as they are found, the report (CSV and PDF) and how the run ended. A
 * re-run that fails is recorded as {@code FAILED} with the differences found so far.
 */
class AuditRecorder {

	private final AuditRuns auditRuns;

	private final ReconciliationReport report;

	private final Clock clock;

	AuditRecorder(AuditRuns auditRuns, ReconciliationReport report, Clock clock) {
		this.auditRuns = auditRuns;
		this.report = report;
		this.clock = clock;
	}

	/** A re-run's own work; it returns how many corrections it posted. */
	interface Work {

		int run(long runId, Differences differences) throws Exception;

	}

	/** The differences of an audit run, recorded date by date. */
	final class Differences {

		private final long runId;

		private final List<Difference> all = new ArrayList<>();

		private Differences(long runId) {
			this.runId = runId;
		}

		void add(List<Difference> found) {
			auditRuns.addDifferences(runId, all.size() + 1, found);
			all.addAll(found);
		}

	}

	RerunSummary run(String job, RerunRequest request, Work work) throws Exception {
		long runId = auditRuns.start(job, request, LocalDateTime.now(clock));
		Differences differences = new Differences(runId);
		String status = "FAILED";
		Path csv = null;
		Path pdf = null;
		try {
			int corrections = work.run(runId, differences);
			csv = report.writeCsv(runId, job, request, differences.all);
			pdf = report.writePdf(runId, job, request, differences.all);
			status = "COMPLETED";
			return new RerunSummary(runId, differences.all, corrections, csv, pdf);
		}
		finally {
			auditRuns.finish(runId, status, differences.all.size(), csv, pdf, LocalDateTime.now(clock));
		}
	}

}
