package io.arrears.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.VectorLoader;
import io.arrears.estate.EstateDocumentRuns;
import io.arrears.estate.EstateDocumentRuns.FestivalSummary;
import io.arrears.festival.Festival;
import io.arrears.ledger.FileSummary;
import io.arrears.ledger.ImportRequest;
import io.arrears.ledger.LedgerImport;
import io.arrears.testing.DeadRuns;
import io.arrears.testing.H2Test;
import io.arrears.testing.TestDatabase;

/**
 * Every kind of job starts through {@link JobRunner}, and so recovers the same way an
 * execution left {@code STARTED} by a process that died: here left so in the job
 * repository as a killed process leaves it, its last write backdated rather than waited
 * for ({@code arrears.recovery.stale-after} is its default, 2 minutes). Also what a
 * refused run says: how long to wait, and who is running it.
 */
@H2Test
class JobRunnerH2Test {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	RunLock runLock;

	@Autowired
	LedgerImport ledgerImport;

	@Autowired
	EstateDocumentRuns estateRuns;

	@Autowired
	DunningRuns dunningRuns;

	@BeforeEach
	void basic() {
		TestDatabase.wipe(dataSource);
	}

	@Test
	void anImportLeftRunningByADeadProcessIsMarkedFailedAndTheSameImportRunsToTheUninterruptedResult()
			throws Exception {
		Path estates = Path.of("src/test/resources/vectors/basic/estates.csv").toAbsolutePath().normalize();
		JobExecution dead = leftStarted("import-estates",
				new JobParametersBuilder().addString("file", estates.toString(), true)
					.addString("encoding", StandardCharsets.UTF_8.name(), true)
					.addString("run", UUID.randomUUID().toString(), true)
					.toJobParameters(),
				"import-estates", Duration.ofMinutes(10));

		List<FileSummary> files = ledgerImport.run(new ImportRequest(estates, null, null, StandardCharsets.UTF_8))
			.files();

		assertThat(status(dead)).isEqualTo(BatchStatus.FAILED);
		assertThat(files).singleElement().satisfies(file -> {
			assertThat(file.imported()).isEqualTo(count("SELECT COUNT(*) FROM estate"));
			assertThat(file.rejected()).isZero();
		});
		assertThat(count("SELECT COUNT(*) FROM estate")).isEqualTo(1);
		assertThat(running()).isZero();
	}

	@Test
	void aFestivalMailingLeftRunningByADeadProcessRestartsToTheUninterruptedResult() throws Exception {
		VectorLoader.load(jdbc, "basic");
		JobParameters parameters = EstateDocumentRuns.festivalParameters(Festival.LANTERN, 2026);
		JobExecution dead = leftStarted("festival", parameters, "record-cards", Duration.ofMinutes(10));

		FestivalSummary summary = estateRuns.festival(Festival.LANTERN, 2026);

		assertThat(summary.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(summary.alreadyDone()).isFalse();
		assertThat(status(dead)).isEqualTo(BatchStatus.FAILED);
		// the same instance, restarted: not a second mailing
		assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'festival'")).isEqualTo(1);
		assertThat(summary.cards()).isEqualTo(count("SELECT COUNT(*) FROM household")).isEqualTo(8);
		assertThat(count("SELECT COUNT(*) FROM festival_card")).isEqualTo(8);
		assertThat(estateRuns.festival(Festival.LANTERN, 2026).alreadyDone()).isTrue();
	}

	@Test
	void aRunRefusedBecauseADeadLookingExecutionIsTooRecentSaysHowLongToWait() throws Exception {
		LocalDate asOf = LocalDate.parse("2026-02-28");
		JobExecution quiet = leftStarted("dunning", DunningRuns.parameters(asOf), "assess", Duration.ofSeconds(20));

		DunningRuns.RunSummary refused = dunningRuns.run(asOf);

		assertThat(refused.status()).isEqualTo(BatchStatus.STARTED);
		assertThat(refused.failure()).matches(".*execution " + quiet.getId() + " is STARTED.*last written at"
				+ " \\d\\d:\\d\\d:\\d\\d, less than 2 min ago \\(arrears.recovery.stale-after\\).*retry in 1 min"
				+ " (39|40) s, or after \\d\\d:\\d\\d:\\d\\d.*");
		assertThat(status(quiet)).as("left alone").isEqualTo(BatchStatus.STARTED);
		assertThat(JobRunner.duration(100)).isEqualTo("1 min 40 s");
		assertThat(JobRunner.duration(45)).isEqualTo("45 s");
		assertThat(JobRunner.duration(120)).isEqualTo("2 min");
	}

	@Test
	void aRunRefusedBecauseAnotherProcessHoldsItsLockSaysWhoRunsItAndNotToRunItAgain() throws Exception {
		LocalDate asOf = LocalDate.parse("2026-03-01");
		JobExecution live = leftStarted("dunning", DunningRuns.parameters(asOf), "assess", Duration.ofSeconds(5));
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Object> holder = CompletableFuture.supplyAsync(() -> {
			try {
				return runLock.holding("dunning:" + asOf, () -> {
					held.countDown();
					return release.await(30, TimeUnit.SECONDS);
				});
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		try {
			assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
			DunningRuns.RunSummary refused = dunningRuns.run(asOf);

			assertThat(refused.status()).isEqualTo(BatchStatus.STARTED);
			assertThat(refused.failure())
				.contains("dunning [as-of=" + asOf + "] is running in another process, " + DatabaseLock.THIS_PROCESS
						+ " (since ")
				.contains("execution " + live.getId() + ", last written at ")
				.contains("it will be done when that one finishes")
				.doesNotContainIgnoringCase("run the same command")
				.doesNotContainIgnoringCase("again");
		}
		finally {
			release.countDown();
			holder.get(30, TimeUnit.SECONDS);
		}
	}

	private JobExecution leftStarted(String job, JobParameters parameters, String step, Duration ago) throws Exception {
		return DeadRuns.leftStarted(jobRepository, jdbc, job, parameters, step, ago);
	}

	private BatchStatus status(JobExecution execution) {
		return jobRepository.getJobExecution(execution.getId()).getStatus();
	}

	private int running() {
		return count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')");
	}

	private int count(String sql) {
		Integer n = jdbc.queryForObject(sql, Integer.class);
		return n == null ? 0 : n;
	}

}
