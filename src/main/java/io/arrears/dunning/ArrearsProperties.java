package io.arrears.dunning;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.arrears.latefee.LateFeePolicy;
import io.arrears.latefee.Posting;

/**
 * The {@code arrears.*} settings, bound from {@code jobs/rules.yml} and the command line,
 * and turned into validated {@link Rules} at start-up.
 */
@ConfigurationProperties("arrears")
public record ArrearsProperties(BigDecimal minArrears, LateFee lateFee, List<LadderRow> ladder,
		@DefaultValue Dunning dunning, @DefaultValue("out") Path outputDir) {

	/**
	 * {@code arrears.late-fee.*}.
	 *
	 * @param fromStage late fees post from this rung of the ladder on (the seed: the
	 * sixth notice); kept as one setting rather than a flag per row so that it can be
	 * given on the command line, where a list can only be replaced whole
	 */
	public record LateFee(BigDecimal dailyRate, BigDecimal capRatio, Posting posting, Stage fromStage) {
	}

	/**
	 * One row of {@code arrears.ladder}: a stage, the day overdue it starts on and what a
	 * household on it gets (SPEC §3).
	 *
	 * @param notice the per-household notice of the rung, none when absent
	 * @param number the reminder's number, 1 to 10; absent for the other notices
	 * @param team the team of SPEC §3 before the prior-year and dispute rules, none when
	 * absent
	 * @param bulletin listed on the bulletin board
	 * @param openLetter named in the open letter
	 */
	public record LadderRow(Stage stage, int fromDay, NoticeKind notice, @DefaultValue("0") int number, Team team,
			@DefaultValue("false") boolean bulletin, @DefaultValue("false") boolean openLetter) {

		Ladder.Rung rung(Stage lateFeesFrom) {
			return new Ladder.Rung(stage, fromDay, notice == null ? null : new Ladder.Notice(notice, number), team,
					stage != null && stage.isAtLeast(lateFeesFrom), bulletin, openLetter);
		}

	}

	/**
	 * {@code arrears.dunning.*}.
	 *
	 * @param gridSize how many key ranges of households the assessment reads at the same
	 * time, each on its own thread and its own two database connections; 1 is one plain
	 * step
	 */
	public record Dunning(@DefaultValue("500") int chunkSize, @DefaultValue("1") int gridSize,
			@DefaultValue("local") Partitioning partitioning, @DefaultValue Remote remote) {
	}

	/** Where the partitions of the assessment run. */
	public enum Partitioning {

		/** On threads of the process that runs the job. */
		LOCAL,
		/**
		 * In {@code work} processes that share the database, sent to them over RabbitMQ.
		 */
		REMOTE

	}

	/**
	 * {@code arrears.dunning.remote.*}: remote partitioning over RabbitMQ (the broker is
	 * {@code spring.rabbitmq.*}).
	 *
	 * @param queue the queue that carries the partitions' step execution requests from
	 * the manager to the workers
	 * @param timeout how long the manager waits for all partitions to end before it fails
	 * the step; also how long a request waits in the queue, and how long a stopping
	 * worker waits for its running partition
	 * @param pollInterval how often the manager reads the partitions' status from the job
	 * repository
	 * @param worker whether this process is a worker (the {@code work} command sets it)
	 * @param workerName how a worker signs the partitions it runs, in their execution
	 * context; empty for host name and process id
	 * @param workerThreads how many partitions one worker runs at the same time
	 */
	public record Remote(@DefaultValue("arrears.assess.requests") String queue, @DefaultValue("30m") Duration timeout,
			@DefaultValue("2s") Duration pollInterval, @DefaultValue("false") boolean worker,
			@DefaultValue("") String workerName, @DefaultValue("1") int workerThreads) {
	}

	Rules toRules() {
		if (minArrears == null || lateFee == null || ladder == null) {
			throw new IllegalArgumentException(
					"arrears.min-arrears, arrears.late-fee and arrears.ladder must be set (jobs/rules.yml)");
		}
		if (dunning.chunkSize() < 1) {
			throw new IllegalArgumentException("arrears.dunning.chunk-size must be at least 1: " + dunning.chunkSize());
		}
		if (dunning.gridSize() < 1) {
			throw new IllegalArgumentException("arrears.dunning.grid-size must be at least 1: " + dunning.gridSize());
		}
		if (dunning.remote().timeout().isNegative() || dunning.remote().timeout().isZero()
				|| dunning.remote().pollInterval().isNegative() || dunning.remote().pollInterval().isZero()) {
			throw new IllegalArgumentException("arrears.dunning.remote.timeout and poll-interval must be positive");
		}
		if (dunning.remote().workerThreads() < 1) {
			throw new IllegalArgumentException(
					"arrears.dunning.remote.worker-threads must be at least 1: " + dunning.remote().workerThreads());
		}
		if (lateFee.fromStage() == null || lateFee.fromStage() == Stage.CURRENT) {
			throw new IllegalArgumentException(
					"arrears.late-fee.from-stage must name a stage from GRACE to LEGAL: " + lateFee.fromStage());
		}
		List<Ladder.Rung> rungs = ladder.stream().map(row -> row.rung(lateFee.fromStage())).toList();
		return new Rules(new Ladder(rungs), minArrears,
				new LateFeePolicy(lateFee.dailyRate(), lateFee.capRatio(), lateFee.posting()));
	}
}
