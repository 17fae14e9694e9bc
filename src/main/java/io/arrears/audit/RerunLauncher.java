package io.arrears.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.ObjectProvider;

import io.arrears.audit.AuditedJob.DayResult;
import io.arrears.batch.JobRunner;
import io.arrears.batch.JobRunner.JobRun;

/**
 * Starts a re-run: records the audit run, then starts its {@code rerun-<job>} job
 * instance (identified by the audit run) and waits for it. Everything the run computes
 * goes through the job's steps into the database; what comes back here is read from it.
 */
class RerunLauncher {

	/**
	 * What a step that answers for a date puts in its execution context: the date, and
	 * its households, differences and corrections.
	 */
	static final String DAY = "day";

	static final String HOUSEHOLDS = "households";

	private final ObjectProvider<RerunJob> jobs;

	private final JobRunner jobRunner;

	private final AuditRuns auditRuns;

	private final Clock clock;

	/**
	 * @param jobs looked up when a re-run starts: the jobs are built from the re-runs
	 */
	RerunLauncher(ObjectProvider<RerunJob> jobs, JobRunner jobRunner, AuditRuns auditRuns, Clock clock) {
		this.jobs = jobs;
		this.jobRunner = jobRunner;
		this.auditRuns = auditRuns;
		this.clock = clock;
	}

	/**
	 * @param festival the festival of a mailing's re-run, null for the others
	 * @param eachDay told each date that answers (every date of a dunning re-run, the
	 * posting dates of a document re-run, the mailing date of a festival re-run) once the
	 * job is done
	 */
	RerunSummary launch(String job, RerunRequest request, String festival, int year, Consumer<DayResult> eachDay)
			throws Exception {
		RerunJob rerunJob = jobs.stream()
			.filter(j -> j.getName().equals(RerunConfiguration.JOB_PREFIX + job))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no re-run job for " + job));
		long runId = auditRuns.start(job, request, LocalDateTime.now(clock));
		// through the one start every job takes: its lock, recovery, and a clean stop on
		// SIGTERM
		JobRun run = jobRunner.start(rerunJob, new RerunRun(runId, request, festival, year).parameters());
		if (run.refused()) {
			throw new IllegalStateException("audit run " + runId + " refused: " + run.message());
		}
		JobExecution execution = run.execution();
		if (run.status() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("audit run " + runId + " (" + execution.getJobInstance().getJobName()
					+ " execution " + execution.getId() + ") " + run.status() + ": " + run.message()
					+ "; `jobs restart " + execution.getId() + "` goes on from where it stopped");
		}
		return summary(runId, execution, eachDay);
	}

	/** What a completed run found, from the database and the job repository. */
	RerunSummary summary(long runId, JobExecution execution, Consumer<DayResult> eachDay) {
		List<DayResult> days = execution.getStepExecutions()
			.stream()
			.filter(s -> s.getExecutionContext().containsKey(DAY))
			.map(RerunLauncher::day)
			.sorted(Comparator.comparing(DayResult::asOf))
			.toList();
		days.forEach(eachDay);
		List<String> report = auditRuns.report(runId);
		List<Difference> rows = auditRuns.rows(runId);
		return new RerunSummary(runId, rows.stream().filter(Difference::isDifference).toList(),
				rows.stream().filter(d -> !d.isDifference()).toList(),
				days.stream().mapToInt(DayResult::corrections).sum(), Path.of(report.get(0)), Path.of(report.get(1)));
	}

	private static DayResult day(StepExecution step) {
		ExecutionContext context = step.getExecutionContext();
		return new DayResult(LocalDate.parse(context.getString(DAY)), context.getInt(HOUSEHOLDS),
				context.getInt(RerunWriter.DIFFERENCES, 0), context.getInt(RerunWriter.CORRECTIONS, 0));
	}

}
