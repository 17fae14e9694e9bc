package io.arrears.dunning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import io.arrears.batch.JobRunner;
import io.arrears.batch.JobRunner.JobRun;
import io.arrears.dunning.internal.HouseholdRanges;

/**
 * Starts the dunning job for a date or for each date of a range, in order. A date already
 * done is reported and left alone; a date whose last run failed, or was left running by a
 * process that died, is restarted from its last committed chunk.
 */
@Component
public class DunningRuns {

	/** The job parameter that identifies a dunning run. */
	public static final String AS_OF = "as-of";

	private final JobRunner jobRunner;

	private final Job dunningJob;

	private final JobRepository jobRepository;

	DunningRuns(JobRunner jobRunner, Job dunningJob, JobRepository jobRepository) {
		this.jobRunner = jobRunner;
		this.dunningJob = dunningJob;
		this.jobRepository = jobRepository;
	}

	/** The identifying parameters of the dunning run for a date. */
	public static JobParameters parameters(LocalDate asOf) {
		return new JobParametersBuilder().addLocalDate(AS_OF, asOf, true).toJobParameters();
	}

	/**
	 * Whether the dunning run for the date has completed: the jobs that read its stage
	 * history (the bulletin board, the open letter) refuse to run before it.
	 */
	public boolean completed(LocalDate asOf) {
		JobExecution last = jobRepository.getLastJobExecution(DunningJobConfiguration.JOB_NAME, parameters(asOf));
		return last != null && last.getStatus() == BatchStatus.COMPLETED;
	}

	/**
	 * Runs each date from {@code from} through {@code to}; stops at the first that fails.
	 */
	public RangeSummary run(LocalDate from, LocalDate to, Consumer<RunSummary> eachDay) throws Exception {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("--to " + to + " is before --from " + from);
		}
		return run(from.datesUntil(to.plusDays(1)).toList(), eachDay);
	}

	/**
	 * Runs each of the dates in the order given (a schedule that skips days: what was not
	 * run is not back-filled); stops at the first that fails.
	 */
	public RangeSummary run(List<LocalDate> dates, Consumer<RunSummary> eachDay) throws Exception {
		int done = 0;
		int skipped = 0;
		for (LocalDate day : dates) {
			RunSummary summary = run(day);
			eachDay.accept(summary);
			if (summary.alreadyDone()) {
				skipped++;
			}
			else if (summary.status() == BatchStatus.COMPLETED) {
				done++;
			}
			else {
				return new RangeSummary(done, skipped, summary);
			}
		}
		return new RangeSummary(done, skipped, null);
	}

	/**
	 * The key under which a step of the dunning job lists, one per line, the notices it
	 * refused to render and took back (the notice module's render step): they are
	 * reported with the run and not counted as issued.
	 */
	public static final String REFUSED_NOTICES = "notices.refused";

	/**
	 * Runs one date through the {@link JobRunner}: holding the date's lock, so that no
	 * two processes run it at once and a run left {@code STARTED} by a dead process can
	 * be told from a live one and restarted.
	 */
	public RunSummary run(LocalDate asOf) throws Exception {
		JobRun run = jobRunner.start(dunningJob, parameters(asOf));
		if (run.refused() || run.execution() == null) {
			return new RunSummary(asOf, run.status(), false, DunningTotals.NONE, Duration.ZERO, run.message());
		}
		return new RunSummary(asOf, run.status(), run.alreadyDone(), totals(run.execution().getJobInstance()),
				run.took(), run.message(), run.alreadyDone() ? Map.of() : stepTimes(run.execution()),
				run.alreadyDone() ? List.of() : refused(run.execution()));
	}

	/**
	 * The notices this run's document steps refused to render, each with why (a character
	 * the font lacks, docs/documents.md), as they recorded them under
	 * {@link #REFUSED_NOTICES}.
	 */
	private static List<String> refused(JobExecution execution) {
		List<String> refused = new ArrayList<>();
		for (StepExecution step : execution.getStepExecutions()) {
			String messages = step.getExecutionContext().getString(REFUSED_NOTICES, "");
			messages.lines().filter(line -> !line.isBlank()).forEach(refused::add);
		}
		return refused;
	}

	/**
	 * The totals of the assessment: kept by the plain step, or by each partition of a
	 * partitioned one, the last execution of each counting (a restarted partition carries
	 * its earlier chunks).
	 */
	private DunningTotals totals(JobInstance instance) {
		StepExecution step = jobRepository.getLastStepExecution(instance, DunningJobConfiguration.STEP_NAME);
		DunningTotals totals = step == null ? DunningTotals.NONE : DunningTotals.from(step.getExecutionContext());
		for (int i = 0;; i++) {
			StepExecution partition = jobRepository.getLastStepExecution(instance,
					DunningJobConfiguration.WORKER_STEP_NAME + ":" + HouseholdRanges.PARTITION + i);
			if (partition == null) {
				return totals;
			}
			totals = totals.plus(DunningTotals.from(partition.getExecutionContext()));
		}
	}

	/**
	 * How long each step of this run took, from the executions in memory: the job
	 * repository on MariaDB keeps whole seconds only.
	 */
	private static Map<String, Duration> stepTimes(JobExecution execution) {
		Map<String, Duration> times = new LinkedHashMap<>();
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStartTime() != null && step.getEndTime() != null) {
				times.put(step.getStepName(), Duration.between(step.getStartTime(), step.getEndTime()));
			}
		}
		return times;
	}

	/**
	 * What one date's run did, for the operator.
	 *
	 * @param stepTimes how long each step of this run took, by step name (empty when
	 * already done)
	 */
	public record RunSummary(LocalDate asOf, BatchStatus status, boolean alreadyDone, DunningTotals totals,
			Duration took, String failure, Map<String, Duration> stepTimes, List<String> refusedNotices) {

		public RunSummary {
			stepTimes = Collections.unmodifiableMap(new LinkedHashMap<>(stepTimes));
			refusedNotices = List.copyOf(refusedNotices);
		}

		public RunSummary(LocalDate asOf, BatchStatus status, boolean alreadyDone, DunningTotals totals, Duration took,
				String failure) {
			this(asOf, status, alreadyDone, totals, took, failure, Map.of(), List.of());
		}

		/**
		 * The notices issued by the run: those the assessment recorded, less those the
		 * render step refused and took back.
		 */
		public int noticesIssued() {
			return totals.notices() - refusedNotices.size();
		}
	}

	/**
	 * @param failed the run that failed and stopped the range, or null
	 */
	public record RangeSummary(int done, int alreadyDone, RunSummary failed) {
	}

}
