package io.arrears.arrears;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts the dunning job for a date or for each date of a range, in order. A date already done is
 * reported and left alone; a date whose last run failed is restarted from its last committed
 * chunk.
 */
@Component
public class DunningRuns {

	/** The job parameter that identifies a dunning run. */
	public static final String AS_OF = "as-of";

	private final JobOperator jobOperator;

	private final Job dunningJob;

	private final JdbcTemplate jdbc;

	DunningRuns(JobOperator jobOperator, Job dunningJob, JdbcTemplate jdbc) {
		this.jobOperator = jobOperator;
		this.dunningJob = dunningJob;
		this.jdbc = jdbc;
	}

	/** The identifying parameters of the dunning run for a date. */
	public static JobParameters parameters(LocalDate asOf) {
		return new JobParametersBuilder().addLocalDate(AS_OF, asOf, true).toJobParameters();
	}

	/** Runs each date from {@code from} through {@code to}; stops at the first that fails. */
	public RangeSummary run(LocalDate from, LocalDate to, Consumer<RunSummary> eachDay) throws Exception {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("--to " + to + " is before --from " + from);
		}
		int done = 0;
		int skipped = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
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

	public RunSummary run(LocalDate asOf) throws Exception {
		long started = System.nanoTime();
		try {
			JobExecution execution = jobOperator.start(dunningJob, parameters(asOf));
			String failure = execution.getAllFailureExceptions()
				.stream()
				.map(DunningRuns::rootMessage)
				.findFirst()
				.orElse(null);
			return summarise(asOf, execution.getStatus(), false, Duration.ofNanos(System.nanoTime() - started),
					failure);
		}
		catch (JobInstanceAlreadyCompleteException e) {
			return summarise(asOf, BatchStatus.COMPLETED, true, Duration.ZERO, null);
		}
	}

	private RunSummary summarise(LocalDate asOf, BatchStatus status, boolean alreadyDone, Duration took,
			String failure) {
		Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
		jdbc.query("SELECT stage, COUNT(*) FROM stage_history WHERE as_of = ? GROUP BY stage",
				rs -> {
					stages.put(Stage.valueOf(rs.getString(1)), rs.getInt(2));
				}, asOf);
		Object[] fees = jdbc.queryForObject(
				"SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM ledger_entry WHERE entry_type = 'LATE_FEE' AND effective_date = ?",
				(rs, n) -> new Object[] { rs.getInt(1), rs.getBigDecimal(2) }, asOf);
		Integer notices = jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE issued_on = ?", Integer.class, asOf);
		return new RunSummary(asOf, status, alreadyDone, stages, (Integer) fees[0],
				((BigDecimal) fees[1]).setScale(2), notices == null ? 0 : notices, took, failure);
	}

	private static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	/** What one date's run did, for the operator. */
	public record RunSummary(LocalDate asOf, BatchStatus status, boolean alreadyDone, Map<Stage, Integer> stages,
			int lateFeesPosted, BigDecimal lateFeeAmount, int noticesIssued, Duration took, String failure) {

		public int households() {
			return stages.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int inArrears() {
			return households() - stages.getOrDefault(Stage.CURRENT, 0);
		}
	}

	/**
	 * @param failed the run that failed and stopped the range, or null
	 */
	public record RangeSummary(int done, int alreadyDone, RunSummary failed) {
	}
}
