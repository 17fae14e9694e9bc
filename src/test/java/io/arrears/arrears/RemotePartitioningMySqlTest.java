package io.arrears.arrears;

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
import io.arrears.arrears.DunningRuns.RangeSummary;
import io.arrears.testing.MySqlAvailable;
import io.arrears.testing.RabbitAvailable;
import io.arrears.testing.TestDatabase;

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
			workers.add(work(name, log));
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

	/** {@code work} in a JVM of its own, against the test's database and broker. */
	private static Process work(String name, Path log) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						ArrearsApplication.class.getName(), "work", "--db=" + MySqlAvailable.url(),
						"--db-user=" + MySqlAvailable.user(), "--db-password=" + MySqlAvailable.password(),
						"--arrears.dunning.remote.queue=" + QUEUE, "--arrears.dunning.remote.worker-name=" + name,
						"--arrears.dunning.chunk-size=10", "--arrears.output-dir=target/test-out/remote-mysql"));
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
