package io.arrears.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.cli.Main;
import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.DunningRuns.RangeSummary;
import io.arrears.dunning.VectorLoader;
import io.arrears.testing.MySqlAvailable;
import io.arrears.testing.MySqlTest;
import io.arrears.testing.SleepingConnection;
import io.arrears.testing.TestDatabase;

/**
 * Dunning runs that die or lose their database half-way end, once run again, exactly as a
 * run that never failed: the ledger, the stage history and the notice registry
 * (fingerprints and files included) are the same. On MariaDB, over estate60 from
 * 2026-02-21 to 2026-02-28, a month-end that posts late fees.
 */
@MySqlTest
@Tag("slow")
class RunRecoveryMySqlTest {

	static final LocalDate FROM = LocalDate.parse("2026-02-21");

	static final LocalDate TO = LocalDate.parse("2026-02-28");

	/** The uninterrupted run's tables, computed once. */
	private static List<String> uninterrupted;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DunningRuns runs;

	@BeforeEach
	void uninterruptedRun() throws Exception {
		if (uninterrupted == null) {
			TestDatabase.wipe(dataSource);
			VectorLoader.load(jdbc, "estate60");
			assertThat(runs.run(FROM, TO, day -> {
			}).failed()).isNull();
			uninterrupted = tables();
		}
		TestDatabase.wipe(dataSource);
		VectorLoader.load(jdbc, "estate60");
	}

	@AfterEach
	void noTrigger() {
		jdbc.execute("DROP TRIGGER IF EXISTS slow_stage");
	}

	@Test
	void aRunKilledWithSigkillEndsAsAnUninterruptedRunWhenTheSameCommandRunsAgain() throws Exception {
		Random random = new Random(20260228L);
		for (int trial = 1; trial <= 3; trial++) {
			if (trial > 1) {
				TestDatabase.wipe(dataSource);
				VectorLoader.load(jdbc, "estate60");
			}
			Process first = dunning();
			// wait until it has committed something, then kill it at a random point after
			// that
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (count("SELECT COUNT(*) FROM stage_history") == 0 && first.isAlive()
					&& System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			Thread.sleep(random.nextInt(4000));
			if (trial == 1) {
				aLiveRunIsNotTakenOver();
			}
			first.destroyForcibly();
			first.waitFor(30, TimeUnit.SECONDS);
			int left = count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STARTED'");
			System.out.printf("trial %d: killed after %d stage rows, %d execution(s) left STARTED%n", trial,
					count("SELECT COUNT(*) FROM stage_history"), left);

			// arrears.recovery.stale-after is 3 s here, and MariaDB keeps last_updated to
			// the second:
			// a run is taken for dead only once that much quiet has passed since its last
			// write
			Thread.sleep(4500);
			Process again = dunning();
			assertThat(again.waitFor(180, TimeUnit.SECONDS)).isTrue();
			assertThat(again.exitValue()).as("trial %d: the same command again", trial).isZero();

			assertThat(tables()).as("trial %d", trial).isEqualTo(uninterrupted);
			assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTED', 'STARTING')"))
				.isZero();
		}
	}

	/**
	 * While the child runs a date it holds that date's lock: running the date here finds
	 * it busy and leaves the execution alone (or, if the child finished the date
	 * meanwhile, finds it done).
	 */
	private void aLiveRunIsNotTakenOver() throws Exception {
		List<String> running = jdbc.queryForList("""
				SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION e
				  JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
				 WHERE e.STATUS = 'STARTED' AND p.PARAMETER_NAME = 'as-of'""", String.class);
		if (running.isEmpty()) {
			return;
		}
		DunningRuns.RunSummary here = runs.run(LocalDate.parse(running.get(0)));
		if (!here.alreadyDone()) {
			assertThat(here.status()).isEqualTo(BatchStatus.STARTED);
			assertThat(here.failure()).contains("another process");
		}
	}

	@Test
	void aRunWhoseConnectionIsKilledFailsCleanlyAndRestartsToTheSameResult() throws Exception {
		String victim = jdbc.queryForObject(
				"SELECT household_code FROM household ORDER BY household_code LIMIT 1 OFFSET 35", String.class);
		// holds the insert of one household's stage on the last month-end long enough to
		// kill its
		// connection (the process list then shows the trigger's SLEEP, in state "User
		// sleep")
		jdbc.execute("""
				CREATE TRIGGER slow_stage BEFORE INSERT ON stage_history FOR EACH ROW
				BEGIN
				  IF NEW.household_code = '%s' AND NEW.as_of = '%s' THEN
				    SET @slept = SLEEP(60);
				  END IF;
				END
				""".formatted(victim, TO));
		CompletableFuture<RangeSummary> run = CompletableFuture.supplyAsync(() -> {
			try {
				return runs.run(FROM, TO, day -> {
				});
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		Long thread = SleepingConnection.await(jdbc, Duration.ofSeconds(120));
		assertThat(thread).as("the run reached the slow insert").isNotNull();
		jdbc.execute("KILL CONNECTION " + thread);
		RangeSummary interrupted = run.get(60, TimeUnit.SECONDS);
		assertThat(interrupted.failed()).isNotNull();
		assertThat(interrupted.failed().asOf()).isEqualTo(TO);
		// Batch cannot tell whether a transaction whose connection was lost was committed
		assertThat(interrupted.failed().status()).isIn(BatchStatus.FAILED, BatchStatus.UNKNOWN);

		jdbc.execute("DROP TRIGGER slow_stage");
		RangeSummary resumed = runs.run(FROM, TO, day -> {
		});
		assertThat(resumed.failed()).isNull();
		assertThat(resumed.done()).isEqualTo(1);
		assertThat(tables()).isEqualTo(uninterrupted);
	}

	@Test
	void aSecondRunOfADateDoneChangesNothing() throws Exception {
		runs.run(FROM, TO, day -> {
		});
		List<String> before = tables();
		RangeSummary again = runs.run(FROM, TO, day -> {
		});
		assertThat(again.alreadyDone()).isEqualTo((int) ChronoUnit.DAYS.between(FROM, TO) + 1);
		assertThat(tables()).isEqualTo(before).isEqualTo(uninterrupted);
	}

	/**
	 * {@code run dunning --from FROM --to TO} in a JVM of its own, against the test's
	 * database.
	 */
	private static Process dunning() throws Exception {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
				"dunning", "--from", FROM.toString(), "--to", TO.toString(), "--db=" + MySqlAvailable.url(),
				"--db-user=" + MySqlAvailable.user(), "--db-password=" + MySqlAvailable.password(),
				"--arrears.dunning.chunk-size=5", "--arrears.output-dir=" + MySqlAvailable.outputDir(),
				// a killed run's last chunk is a few seconds old by the time the
				// next JVM has started
				"--arrears.recovery.stale-after=3s"));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(new File("target/killed-run-" + System.nanoTime() + ".log"))
			.start();
	}

	private int count(String sql) {
		Integer n = jdbc.queryForObject(sql, Integer.class);
		return n == null ? 0 : n;
	}

	/** The ledger, the stage history and the registry, without generated ids. */
	private List<String> tables() {
		return List.of(
				snapshot("SELECT reference, household_code, entry_type, fee_item, period, amount, effective_date,"
						+ " recorded_at, reverses FROM ledger_entry ORDER BY reference"),
				snapshot("SELECT * FROM stage_history ORDER BY as_of, household_code"),
				snapshot("SELECT household_code, kind, number, episode_due_date, issued_on, principal, late_fee, total,"
						+ " file_path, fingerprint FROM notice ORDER BY household_code, kind, number, episode_due_date"),
				snapshot("SELECT * FROM notice_line ORDER BY household_code, kind, number, episode_due_date, line_no"));
	}

	private String snapshot(String sql) {
		return String.join("\n", jdbc.query(sql, (rs, n) -> {
			StringBuilder row = new StringBuilder();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				row.append(rs.getString(i)).append('|');
			}
			return row.toString();
		}));
	}

}
