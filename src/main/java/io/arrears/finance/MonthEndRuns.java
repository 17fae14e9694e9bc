package io.arrears.finance;

import java.nio.file.Path;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.batch.JobRunner;
import io.arrears.batch.JobRunner.JobRun;
import io.arrears.dunning.ArrearsProperties;
import io.arrears.dunning.DunningRuns;

/**
 * Runs the month-end for a date: first the dunning assessment of that date (already done
 * is fine), then the month-end job that writes each estate's finance pack. The assessment
 * runs here, before the job, rather than as a step inside it: Spring Batch refuses to
 * start a job from inside another job's step transaction. The job's first step checks it
 * is complete.
 */
@Component
public class MonthEndRuns {

	private final DunningRuns dunningRuns;

	private final JobRunner jobRunner;

	private final Job monthEndJob;

	private final JobRepository jobRepository;

	private final JdbcTemplate jdbc;

	private final Path outputDir;

	MonthEndRuns(DunningRuns dunningRuns, JobRunner jobRunner, Job monthEndJob, JobRepository jobRepository,
			JdbcTemplate jdbc, ArrearsProperties arrears) {
		this.dunningRuns = dunningRuns;
		this.jobRunner = jobRunner;
		this.monthEndJob = monthEndJob;
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.outputDir = arrears.outputDir();
	}

	/**
	 * Runs the month-end as of the date; a date already done is reported and left alone.
	 */
	public MonthEndSummary run(LocalDate asOf) throws Exception {
		long started = System.nanoTime();
		DunningRuns.RunSummary assessment = dunningRuns.run(asOf);
		if (!assessment.alreadyDone() && assessment.status() != BatchStatus.COMPLETED) {
			return new MonthEndSummary(
					asOf, assessment.status(), false, assessment, 0, 0, 0, 0, outputDir, "the dunning assessment as of "
							+ asOf + " " + assessment.status().name().toLowerCase() + ": " + assessment.failure(),
					Duration.ofNanos(System.nanoTime() - started));
		}
		JobRun run = jobRunner.start(monthEndJob, DunningRuns.parameters(asOf));
		boolean alreadyDone = run.alreadyDone();
		JobExecution execution = run.execution();
		String failure = run.message();
		StepExecution pack = execution == null || run.refused() ? null
				: jobRepository.getLastStepExecution(execution.getJobInstance(), MonthEndJobConfiguration.PACK_STEP);
		int estates = pack == null ? 0 : (int) pack.getWriteCount();
		Map<String, Object> counts = jdbc.queryForMap("""
				SELECT COUNT(*) AS households,
				       COALESCE(SUM(CASE WHEN stage <> 'CURRENT' THEN 1 ELSE 0 END), 0) AS in_arrears
				  FROM stage_history WHERE as_of = ?
				""", Date.valueOf(asOf));
		return new MonthEndSummary(asOf, run.status(), alreadyDone, assessment, estates,
				((Number) counts.get("households")).intValue(), ((Number) counts.get("in_arrears")).intValue(),
				estates * MonthEndPackWriter.FILES_PER_ESTATE, outputDir.toAbsolutePath().normalize(), failure,
				alreadyDone ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * What a month-end run did, for the operator.
	 *
	 * @param assessment the dunning run of the date that the month-end made sure of
	 * @param estates estates whose pack was written
	 * @param households households assessed as of the date
	 * @param inArrears of which not CURRENT
	 * @param files files written
	 * @param outputDir under which: {@code <estate>/<date>/MONTH_END/}
	 * @param failure why it failed, or null
	 */
	public record MonthEndSummary(LocalDate asOf, BatchStatus status, boolean alreadyDone,
			DunningRuns.RunSummary assessment, int estates, int households, int inArrears, int files, Path outputDir,
			String failure, Duration took) {

		/** The folder pattern the files are in. */
		public String where() {
			return outputDir.resolve("<estate>").resolve(asOf.toString()).resolve(MonthEndPackWriter.FOLDER).toString();
		}
	}

}
