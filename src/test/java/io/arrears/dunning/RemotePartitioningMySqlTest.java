package io.arrears.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.ArrearsApplication;
import io.arrears.cli.Main;
import io.arrears.dunning.DunningRuns.RangeSummary;
import io.arrears.testing.MySqlAvailable;
import io.arrears.testing.RabbitAvailable;
import io.arrears.testing.SleepingConnection;
import io.arrears.testing.TestDatabase;
import io.arrears.dunning.internal.RemotePartitioningConfiguration;
import io.arrears.dunning.internal.HouseholdRanges;

/**
 * Remote partitioning over RabbitMQ: two {@code work} processes, each a JVM of its own,
 * assess the ranges that a manager ({@code arrears.dunning.partitioning=remote}, grid 4)
 * sends them, and the dunning run writes exactly what a one-process run writes. On
 * MariaDB, over estate60 from 2026-02-26 to 2026-03-01 (a month-end that posts late
 * fees), on a queue of this run's own, deleted afterwards.
 */
@Tag("mysql")
@Tag("rabbit")
@ExtendWith({ MySqlAvailable.class, RabbitAvailable.class })
class RemotePartitioningMySqlTest {

	private static final LocalDate FROM = LocalDate.parse("2026-02-26");

	private static final LocalDate TO = LocalDate.parse("2026-03-01");

	private static final int GRID_SIZE = 4;

	private static final List<String> WORKERS = List.of("worker-1", "worker-2");

	private static final String QUEUE = "arrears.assess.test-" + ProcessHandle.current().pid() + "-"
			+ System.currentTimeMillis();

	private static final List<Process> workers = new ArrayList<>();

	private static final List<Path> logs = new ArrayList<>();

	/** Started first: a JVM takes a few seconds, while the one-process run goes on. */
	@BeforeAll
	static void startWorkers() throws Exception {
		for (String name : WORKERS) {
			Path log = Path.of("target", "remote-" + name + "-" + System.nanoTime() + ".log");
			logs.add(log);
			workers.add(work(name, QUEUE, log));
		}
	}

	@AfterAll
	static void stopWorkers() throws Exception {
		// SIGTERM, as an operator stops them
		workers.forEach(Process::destroy);
		for (Process worker : workers) {
			if (!worker.waitFor(30, TimeUnit.SECONDS)) {
				worker.destroyForcibly();
			}
		}
		RabbitAvailable.deleteQueue(QUEUE);
	}

	@Test
	void twoWorkerProcessesWriteTheSameLedgerStagesAndNoticesAsOneProcess() throws Exception {
		Map<String, String> plain = season("--arrears.dunning.grid-size=1");

		assertThat(RabbitAvailable.awaitConsumers(QUEUE, WORKERS.size(), Duration.ofSeconds(60)))
			.as(() -> "both workers consume queue " + QUEUE + "; their logs: " + workerLogs())
			.isTrue();
		Map<String, String> remote = season(remote(QUEUE, "60s"));

		System.out.println("partitions by date, signed by their workers: " + remote.get("signatures"));
		assertThat(remote.get("ledger_entry")).isEqualTo(plain.get("ledger_entry"));
		assertThat(remote.get("stage_history")).isEqualTo(plain.get("stage_history"));
		assertThat(remote.get("notice")).isEqualTo(plain.get("notice"));
		assertThat(remote.get("notice_line")).isEqualTo(plain.get("notice_line"));
		assertThat(remote.get("totals")).isEqualTo(plain.get("totals"));
		assertThat(remote.get("signatures")).as("every partition of every date was run by a worker that signed it")
			.doesNotContain("null");
		for (String worker : WORKERS) {
			assertThat(remote.get("signatures")).as("%s ran partitions; by date: %s", worker, remote.get("signatures"))
				.contains(worker);
		}
	}

	@Test
	void aRunWhoseRequestsNoWorkerTakesFailsSayingSoAndTheSameCommandThenRestartsIt() throws Exception {
		String nobody = QUEUE + "-nobody";
		try (ConfigurableApplicationContext context = start(remote(nobody, "2s"))) {
			TestDatabase.wipe(context.getBean(DataSource.class));
			VectorLoader.load(context.getBean(JdbcTemplate.class), "estate60");
			DunningRuns.RunSummary failed = context.getBean(DunningRuns.class).run(FROM);

			assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
			assertThat(failed.failure()).contains("within PT2S")
				.contains(GRID_SIZE + " of " + GRID_SIZE + " partitions were never picked up from queue '" + nobody
						+ "'");
		}
		finally {
			RabbitAvailable.deleteQueue(nobody);
		}

		assertThat(RabbitAvailable.awaitConsumers(QUEUE, WORKERS.size(), Duration.ofSeconds(60)))
			.as(() -> "both workers consume queue " + QUEUE + "; their logs: " + workerLogs())
			.isTrue();
		try (ConfigurableApplicationContext context = start(remote(QUEUE, "60s"))) {
			DunningRuns.RunSummary restarted = context.getBean(DunningRuns.class).run(FROM);

			assertThat(restarted.status()).as(() -> restarted.failure() + "; worker logs: " + workerLogs())
				.isEqualTo(BatchStatus.COMPLETED);
			assertThat(restarted.totals().households()).isEqualTo(60);
			assertThat(signatures(context.getBean(JobRepository.class), FROM, FROM)).doesNotContain("null");
		}
	}

	/**
	 * A worker killed with SIGKILL in the middle of a range: the manager fails after its
	 * timeout, saying what was left; once the dead worker's range has been quiet for
	 * {@code arrears.recovery.stale-after}, the same date run again with live workers
	 * restarts the unfinished ranges, the killed one from its last committed chunk, and
	 * ends as an uninterrupted run.
	 */
	@Test
	void aWorkerKilledMidRangeIsRestartedByKeyByTheSameCommandToTheSameResult() throws Exception {
		LocalDate day = LocalDate.parse("2026-02-28");
		String victimQueue = QUEUE + "-victim";
		Path victimLog = Path.of("target", "remote-victim-" + System.nanoTime() + ".log");
		logs.add(victimLog);
		Process victim = work("victim", victimQueue, victimLog);
		try (ConfigurableApplicationContext context = start(remote(victimQueue, "10s"))) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			TestDatabase.wipe(context.getBean(DataSource.class));
			VectorLoader.load(jdbc, "estate60");
			// the third range holds households 30..44: its first chunk of ten commits,
			// the
			// second stops at this one's stage row
			String slow = jdbc.queryForObject(
					"SELECT household_code FROM household ORDER BY household_code LIMIT 1 OFFSET 42", String.class);
			jdbc.execute("""
					CREATE TRIGGER slow_stage BEFORE INSERT ON stage_history FOR EACH ROW
					BEGIN
					  IF NEW.household_code = '%s' AND NEW.as_of = '%s' THEN
					    SET @slept = SLEEP(60);
					  END IF;
					END
					""".formatted(slow, day));
			try {
				assertThat(RabbitAvailable.awaitConsumers(victimQueue, 1, Duration.ofSeconds(60)))
					.as(() -> "the victim consumes; its log: " + workerLogs())
					.isTrue();
				CompletableFuture<DunningRuns.RunSummary> run = CompletableFuture.supplyAsync(() -> {
					try {
						return context.getBean(DunningRuns.class).run(day);
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
				});
				Long sleeping = SleepingConnection.await(jdbc, Duration.ofSeconds(30));
				assertThat(sleeping).as(() -> "the victim reached the slow row; its log: " + workerLogs()).isNotNull();
				victim.destroyForcibly();
				victim.waitFor(30, TimeUnit.SECONDS);
				jdbc.execute("KILL CONNECTION " + sleeping);

				DunningRuns.RunSummary failed = run.get(60, TimeUnit.SECONDS);
				assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
				// the requests go out in no particular order: the victim ran none, one or
				// two
				// ranges before the killed one
				assertThat(failed.failure())
					.containsPattern("[0-3] of " + GRID_SIZE + " partitions were never picked up")
					.contains("1 still running");
			}
			finally {
				jdbc.execute("DROP TRIGGER IF EXISTS slow_stage");
				victim.destroyForcibly();
				RabbitAvailable.deleteQueue(victimQueue);
			}
		}

		// MariaDB keeps last_updated to the second: more than stale-after of quiet
		Thread.sleep(4500);
		assertThat(RabbitAvailable.awaitConsumers(QUEUE, WORKERS.size(), Duration.ofSeconds(60)))
			.as(() -> "both workers consume queue " + QUEUE + "; their logs: " + workerLogs())
			.isTrue();
		try (ConfigurableApplicationContext context = start(
				concat(remote(QUEUE, "60s"), "--arrears.recovery.stale-after=3s"))) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			DunningRuns runs = context.getBean(DunningRuns.class);
			DunningRuns.RunSummary restarted = runs.run(day);

			assertThat(restarted.status()).as(() -> restarted.failure() + "; worker logs: " + workerLogs())
				.isEqualTo(BatchStatus.COMPLETED);
			assertThat(restarted.totals().households()).isEqualTo(60);
			JobRepository jobRepository = context.getBean(JobRepository.class);
			JobInstance instance = jobRepository.getJobInstance(DunningJobConfiguration.JOB_NAME,
					DunningRuns.parameters(day));
			StepExecution killed = jobRepository.getLastStepExecution(instance,
					DunningJobConfiguration.WORKER_STEP_NAME + ":" + HouseholdRanges.PARTITION + 2);
			assertThat(killed.getReadCount()).as("the killed range resumed after its committed chunk, by key")
				.isEqualTo(5);
			assertThat(killed.getExecutionContext().getString(RemotePartitioningConfiguration.WORKER)).isIn(WORKERS);
			Map<String, String> afterRestart = Tables.snapshots(jdbc);

			TestDatabase.wipe(context.getBean(DataSource.class));
			VectorLoader.load(jdbc, "estate60");
			assertThat(runs.run(day).status()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(afterRestart).as("the same as an uninterrupted run").isEqualTo(Tables.snapshots(jdbc));
		}
	}

	private static String[] concat(String[] settings, String... more) {
		List<String> all = new ArrayList<>(Arrays.asList(settings));
		all.addAll(Arrays.asList(more));
		return all.toArray(String[]::new);
	}

	/** The manager's settings: remote partitioning on a queue, with a timeout. */
	private static String[] remote(String queue, String timeout) {
		return new String[] { "--arrears.dunning.partitioning=remote", "--arrears.dunning.grid-size=" + GRID_SIZE,
				"--arrears.dunning.remote.queue=" + queue, "--arrears.dunning.remote.poll-interval=100ms",
				"--arrears.dunning.remote.timeout=" + timeout };
	}

	/**
	 * Runs the dunning job for each date on a fresh estate60, in a context of its own
	 * with the given settings; returns the tables, the totals and, by date, which worker
	 * signed each partition.
	 */
	private static Map<String, String> season(String... settings) throws Exception {
		try (ConfigurableApplicationContext context = start(settings)) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			TestDatabase.wipe(context.getBean(DataSource.class));
			VectorLoader.load(jdbc, "estate60");
			List<String> totals = new ArrayList<>();
			long started = System.nanoTime();
			RangeSummary range = context.getBean(DunningRuns.class)
				.run(FROM, TO, day -> totals.add(day.asOf() + " " + day.totals()));
			System.out.printf("dunning %s..%s with %s: %d ms%n", FROM, TO, String.join(" ", settings),
					(System.nanoTime() - started) / 1_000_000);
			assertThat(range.failed()).as(() -> range.failed() + "; worker logs: " + workerLogs()).isNull();

			Map<String, String> result = Tables.snapshots(jdbc);
			result.put("totals", String.join("\n", totals));
			result.put("signatures", signatures(context.getBean(JobRepository.class), FROM, TO));
			return result;
		}
	}

	/** A context on the test's database and broker, with the given settings. */
	private static ConfigurableApplicationContext start(String... settings) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + MySqlAvailable.url(),
				"--spring.datasource.username=" + MySqlAvailable.user(),
				"--spring.datasource.password=" + MySqlAvailable.password(),
				"--spring.datasource.hikari.data-source-properties.rewriteBatchedStatements=true",
				"--arrears.output-dir=target/test-out/remote-mysql", "--arrears.dunning.chunk-size=10"));
		args.addAll(Arrays.asList(RabbitAvailable.springArguments()));
		args.addAll(Arrays.asList(settings));
		return new SpringApplicationBuilder(ArrearsApplication.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

	/**
	 * By date, the worker that ran each partition, e.g.
	 * {@code 2026-02-26=[worker-2, worker-1, ...]}.
	 */
	private static String signatures(JobRepository jobRepository, LocalDate from, LocalDate to) {
		Map<LocalDate, List<String>> byDate = new TreeMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			JobInstance instance = jobRepository.getJobInstance(DunningJobConfiguration.JOB_NAME,
					DunningRuns.parameters(day));
			List<String> signed = new ArrayList<>();
			for (int i = 0;; i++) {
				StepExecution partition = jobRepository.getLastStepExecution(instance,
						DunningJobConfiguration.WORKER_STEP_NAME + ":" + HouseholdRanges.PARTITION + i);
				if (partition == null) {
					break;
				}
				assertThat(partition.getStatus()).isEqualTo(BatchStatus.COMPLETED);
				signed.add(partition.getExecutionContext().getString(RemotePartitioningConfiguration.WORKER, "null"));
			}
			byDate.put(day, signed);
		}
		return byDate.toString();
	}

	/**
	 * {@code work} in a JVM of its own, against the test's database and broker, on a
	 * queue.
	 */
	private static Process work(String name, String queue, Path log) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
						"work", "--db=" + MySqlAvailable.url(), "--db-user=" + MySqlAvailable.user(),
						"--db-password=" + MySqlAvailable.password(), "--arrears.dunning.remote.queue=" + queue,
						"--arrears.dunning.remote.worker-name=" + name, "--arrears.dunning.chunk-size=10",
						"--arrears.output-dir=target/test-out/remote-mysql"));
		command.addAll(Arrays.asList(RabbitAvailable.springArguments()));
		Files.createDirectories(log.getParent());
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File(log.toString())).start();
	}

	private static String workerLogs() {
		StringBuilder text = new StringBuilder();
		for (Path log : logs) {
			try {
				text.append("\n--- ").append(log).append('\n').append(Files.readString(log));
			}
			catch (Exception e) {
				text.append("\n--- ").append(log).append(": ").append(e.getMessage());
			}
		}
		return text.toString();
	}

}
