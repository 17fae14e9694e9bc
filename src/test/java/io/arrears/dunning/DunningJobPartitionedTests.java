package io.arrears.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.ArrearsApplication;
import io.arrears.dunning.DunningRuns.RangeSummary;
import io.arrears.testing.TestDatabase;
import io.arrears.dunning.internal.HouseholdRanges;

/**
 * The partitioned assessment ({@code arrears.dunning.grid-size} 3) writes exactly what
 * the plain step writes (what it stages for the collection pass too), and a partition
 * that fails restarts by key inside its own range. The grid size is fixed when the
 * context starts, so each run here starts a context of its own on the same database. Run
 * on H2 and on MariaDB by the subclasses.
 * <p>
 * The runs follow a weekly schedule with every month-end (the posting days) rather than
 * every day: what is compared is the two grid sizes on the same dates, and the ladder,
 * notices and late fees of every day are the vectors' end-to-end tests. Every stage is
 * still reached, and the last day's export is the vector's.
 */
abstract class DunningJobPartitionedTests {

	private static final LocalDate JAN_1 = LocalDate.parse("2026-01-01");

	/** The database's settings, as {@code --name=value} arguments. */
	abstract List<String> database();

	abstract void failOn(JdbcTemplate jdbc, String householdCode, LocalDate asOf);

	abstract void removeFailure(JdbcTemplate jdbc);

	@Test
	void gridSizeThreeWritesTheSameLedgerStagesAndNoticesAsGridSizeOne() throws Exception {
		LocalDate last = LocalDate.parse("2026-06-30");
		Map<String, String> plain = seasonOfDunning(1, last);
		Map<String, String> partitioned = seasonOfDunning(3, last);

		assertThat(partitioned.get("ledger_entry")).isEqualTo(plain.get("ledger_entry"));
		assertThat(partitioned.get("stage_history")).isEqualTo(plain.get("stage_history"));
		assertThat(partitioned.get("notice")).isEqualTo(plain.get("notice"));
		assertThat(partitioned.get("notice_line")).isEqualTo(plain.get("notice_line"));
		assertThat(partitioned.get("collection_staged")).as("what the runs staged for the collection pass")
			.isNotEmpty()
			.isEqualTo(plain.get("collection_staged"));
		assertThat(partitioned.get("export"))
			.isEqualTo(VectorFiles.text("estate60", "expected-arrears-2026-06-30.csv"));
		assertThat(partitioned.get("partitions")).as("households read by each partition of the last day")
			.isEqualTo("20,20,20");
		assertThat(partitioned.get("totals")).isEqualTo(plain.get("totals"));
	}

	@Test
	void aFailedPartitionRestartsByKeyToTheSameResult() throws Exception {
		LocalDate last = LocalDate.parse("2026-03-31");
		LocalDate failing = LocalDate.parse("2026-02-28");
		Map<String, String> uninterrupted = seasonOfDunning(3, last);

		try (ConfigurableApplicationContext context = start(3)) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			DunningRuns runs = context.getBean(DunningRuns.class);
			TestDatabase.wipe(context.getBean(DataSource.class));
			VectorLoader.load(jdbc, "estate60");
			// the last partition holds households 40..59: its first chunk of ten commits,
			// its second fails
			String victim = jdbc.queryForObject(
					"SELECT household_code FROM household ORDER BY household_code LIMIT 1 OFFSET 55", String.class);
			failOn(jdbc, victim, failing);
			try {
				RangeSummary interrupted = runs.run(schedule(last), day -> {
				});
				assertThat(interrupted.failed()).isNotNull();
				assertThat(interrupted.failed().asOf()).isEqualTo(failing);
				assertThat(interrupted.failed().status()).isEqualTo(BatchStatus.FAILED);
				assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stage_history WHERE as_of = ?", Integer.class,
						failing))
					.as("two whole partitions and one chunk of the third committed")
					.isEqualTo(50);
			}
			finally {
				removeFailure(jdbc);
			}
			Map<LocalDate, DunningTotals> totals = new HashMap<>();
			RangeSummary resumed = runs.run(schedule(last), day -> totals.put(day.asOf(), day.totals()));

			assertThat(resumed.failed()).isNull();
			assertThat(resumed.done()).as("the failed date and those after it")
				.isEqualTo((int) schedule(last).stream().filter(day -> !day.isBefore(failing)).count());
			Map<String, String> restarted = snapshots(context);
			assertThat(restarted.get("ledger_entry")).isEqualTo(uninterrupted.get("ledger_entry"));
			assertThat(restarted.get("stage_history")).isEqualTo(uninterrupted.get("stage_history"));
			assertThat(restarted.get("notice")).isEqualTo(uninterrupted.get("notice"));
			assertThat(restarted.get("notice_line")).isEqualTo(uninterrupted.get("notice_line"));
			assertThat(restarted.get("collection_staged")).as("the restart stages the chunks it assesses again")
				.isEqualTo(uninterrupted.get("collection_staged"));
			assertThat(totals.get(failing).households()).as("the restarted run counts every partition's households")
				.isEqualTo(60);
			assertThat(totals.get(failing).lateFees()).as("the failing day posts late fees").isPositive();
		}
	}

	private Map<String, String> seasonOfDunning(int gridSize, LocalDate last) throws Exception {
		try (ConfigurableApplicationContext context = start(gridSize)) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			TestDatabase.wipe(context.getBean(DataSource.class));
			VectorLoader.load(jdbc, "estate60");
			DunningRuns runs = context.getBean(DunningRuns.class);
			List<String> totals = new ArrayList<>();
			RangeSummary range = runs.run(schedule(last), day -> totals.add(day.asOf() + " " + day.totals()));
			assertThat(range.failed()).isNull();

			Map<String, String> result = snapshots(context);
			result.put("totals", String.join("\n", totals));
			StringWriter export = new StringWriter();
			context.getBean(ArrearsExport.class).write(last, export);
			result.put("export", export.toString());
			result.put("partitions", partitionReads(context.getBean(JobRepository.class), last));
			return result;
		}
	}

	/**
	 * Each Monday from {@link #JAN_1} to {@code last}, and every month-end: the dates a
	 * weekly run would take, with the late-fee posting days.
	 */
	static List<LocalDate> schedule(LocalDate last) {
		TreeSet<LocalDate> dates = new TreeSet<>();
		for (LocalDate day = JAN_1; !day.isAfter(last); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.MONDAY || day.equals(day.with(TemporalAdjusters.lastDayOfMonth()))) {
				dates.add(day);
			}
		}
		dates.add(last);
		return List.copyOf(dates);
	}

	private ConfigurableApplicationContext start(int gridSize) {
		List<String> args = new ArrayList<>(database());
		args.add("--arrears.dunning.grid-size=" + gridSize);
		args.add("--arrears.dunning.chunk-size=10");
		return new SpringApplicationBuilder(ArrearsApplication.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

	private static String partitionReads(JobRepository jobRepository, LocalDate asOf) {
		JobInstance instance = jobRepository.getJobInstance(DunningJobConfiguration.JOB_NAME,
				DunningRuns.parameters(asOf));
		List<String> reads = new ArrayList<>();
		for (int i = 0;; i++) {
			StepExecution partition = jobRepository.getLastStepExecution(instance,
					DunningJobConfiguration.WORKER_STEP_NAME + ":" + HouseholdRanges.PARTITION + i);
			if (partition == null) {
				return String.join(",", reads);
			}
			reads.add(Long.toString(partition.getReadCount()));
		}
	}

	private static Map<String, String> snapshots(ConfigurableApplicationContext context) {
		return Tables.snapshots(context.getBean(JdbcTemplate.class));
	}

}
