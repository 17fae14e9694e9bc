package io.arrears.audit;

import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One audit run as its {@code rerun-*} job instance knows it: the job parameters are the
 * whole request, so that a restart (from {@code jobs restart ID} or another process)
 * rebuilds the same steps and goes on where the failed execution stopped.
 *
 * @param festival the festival of a festival mailing's re-run; null for the others
 * @param year its year; 0 for the others
 */
record RerunRun(long runId, RerunRequest request, String festival, int year) {

	static final String RUN_ID = "run-id";

	static final String FROM = "from";

	static final String TO = "to";

	static final String MODE = "mode";

	static final String DRY_RUN = "dry-run";

	static final String FESTIVAL = "festival";

	static final String YEAR = "year";

	static RerunRun of(JobParameters parameters) {
		RerunRequest request = new RerunRequest(parameters.getLocalDate(FROM), parameters.getLocalDate(TO),
				Mode.valueOf(parameters.getString(MODE)), Boolean.parseBoolean(parameters.getString(DRY_RUN)));
		Long year = parameters.getLong(YEAR);
		return new RerunRun(parameters.getLong(RUN_ID), request, parameters.getString(FESTIVAL),
				year == null ? 0 : year.intValue());
	}

	/**
	 * All identifying: the audit run alone would identify the instance, the rest is there
	 * so that the job repository shows what was asked.
	 */
	JobParameters parameters() {
		JobParametersBuilder builder = new JobParametersBuilder().addLong(RUN_ID, runId, true)
			.addLocalDate(FROM, request.from(), true)
			.addLocalDate(TO, request.to(), true)
			.addString(MODE, request.mode().name(), true)
			.addString(DRY_RUN, String.valueOf(request.dryRun()), true);
		if (festival != null) {
			builder.addString(FESTIVAL, festival, true).addLong(YEAR, (long) year, true);
		}
		return builder.toJobParameters();
	}

	Mode mode() {
		return request.mode();
	}

	boolean dryRun() {
		return request.dryRun();
	}

	/** The "R&lt;run&gt;" tag of what a non-dry run issues. */
	String tag() {
		return "R" + runId;
	}

	/**
	 * The end of a replayed date: what its run could have seen. Null in a restatement.
	 */
	java.time.LocalDateTime recordedBefore(LocalDate day) {
		return RerunLedgerReader.recordedBefore(request.mode(), day);
	}

}
