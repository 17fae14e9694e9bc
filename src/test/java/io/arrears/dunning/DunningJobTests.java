package io.arrears.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import io.arrears.dunning.DunningRuns.RangeSummary;
import io.arrears.notice.NoticeExport;
import io.arrears.testing.TestDatabase;

/**
 * The dunning job end to end on a real database: the shared vectors run day by day
 * reproduce the expected export and notices, a date runs once, and a run that fails in
 * the middle restarts to the same result as a run that never failed. Run on H2 and on
 * MariaDB by the subclasses.
 */
@TestPropertySource(properties = "arrears.dunning.chunk-size=10")
abstract class DunningJobTests {

	private static final LocalDate JAN_1 = LocalDate.parse("2026-01-01");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DunningRuns runs;

	@Autowired
	ArrearsExport arrearsExport;

	@Autowired
	NoticeExport noticeExport;

	@BeforeEach
	void emptyDatabase() {
		TestDatabase.wipe(dataSource);
	}

	@AfterEach
	void noInjectedFailure() {
		removeFailure();
	}

	/**
	 * Makes the database refuse this household's stage on this date, as a failing server
	 * would.
	 */
	abstract void failOn(String householdCode, LocalDate asOf);

	abstract void removeFailure();

	@Test
	void basicVectorReproducesExpectedArrearsAndNotices() throws Exception {
		VectorLoader.load(jdbc, "basic");

		RangeSummary range = runs.run(JAN_1, LocalDate.parse("2026-04-30"), day -> {
		});

		assertThat(range.done()).isEqualTo(120);
		assertThat(export(LocalDate.parse("2026-04-30")))
			.isEqualTo(VectorFiles.text("basic", "expected-arrears-2026-04-30.csv"));
		assertThat(noticeColumns(JAN_1, LocalDate.parse("2026-04-30")))
			.isEqualTo(VectorFiles.text("basic", "expected-notices.csv"));
	}

	@Test
	void estate60VectorReproducesExpectedArrearsAndNotices() throws Exception {
		VectorLoader.load(jdbc, "estate60");

		runs.run(JAN_1, LocalDate.parse("2026-06-30"), day -> {
		});

		assertThat(export(LocalDate.parse("2026-06-30")))
			.isEqualTo(VectorFiles.text("estate60", "expected-arrears-2026-06-30.csv"));
		assertThat(noticeColumns(JAN_1, LocalDate.parse("2026-06-30")))
			.isEqualTo(VectorFiles.text("estate60", "expected-notices.csv"));
	}

	@Test
	void runningADateAgainChangesNothing() throws Exception {
		VectorLoader.load(jdbc, "basic");
		LocalDate monthEnd = LocalDate.parse("2026-02-28");
		runs.run(JAN_1, monthEnd, day -> {
		});
		String ledger = snapshot("ledger_entry");
		String stages = snapshot("stage_history");
		String notices = snapshot("notice");

		DunningRuns.RunSummary again = runs.run(monthEnd);

		assertThat(again.alreadyDone()).isTrue();
		assertThat(snapshot("ledger_entry")).isEqualTo(ledger);
		assertThat(snapshot("stage_history")).isEqualTo(stages);
		assertThat(snapshot("notice")).isEqualTo(notices);
	}

	@Test
	void aRunThatFailsInTheMiddleRestartsToTheSameResult() throws Exception {
		LocalDate last = LocalDate.parse("2026-03-31");
		VectorLoader.load(jdbc, "estate60");
		Map<LocalDate, DunningTotals> uninterruptedTotals = new HashMap<>();
		runs.run(JAN_1, last, day -> uninterruptedTotals.put(day.asOf(), day.totals()));
		String ledger = snapshot("ledger_entry");
		String stages = snapshot("stage_history");
		String notices = snapshot("notice");

		TestDatabase.wipe(dataSource);
		VectorLoader.load(jdbc, "estate60");
		// A month-end, so that the failure falls on a day that posts late fees.
		LocalDate failing = LocalDate.parse("2026-02-28");
		String victim = jdbc.queryForObject(
				"SELECT household_code FROM household ORDER BY household_code LIMIT 1 OFFSET 35", String.class);
		failOn(victim, failing);
		RangeSummary interrupted = runs.run(JAN_1, last, day -> {
		});
		assertThat(interrupted.failed()).isNotNull();
		assertThat(interrupted.failed().asOf()).isEqualTo(failing);
		assertThat(interrupted.failed().status()).isEqualTo(BatchStatus.FAILED);
		Integer committed = jdbc.queryForObject("SELECT COUNT(*) FROM stage_history WHERE as_of = ?", Integer.class,
				failing);
		assertThat(committed).as("three chunks of ten committed before the failing one").isEqualTo(30);

		removeFailure();
		Map<LocalDate, DunningTotals> resumedTotals = new HashMap<>();
		RangeSummary resumed = runs.run(JAN_1, last, day -> resumedTotals.put(day.asOf(), day.totals()));

		assertThat(resumed.failed()).isNull();
		assertThat(resumed.alreadyDone()).isEqualTo(failing.getDayOfYear() - 1);
		assertThat(resumed.done()).isEqualTo(last.getDayOfYear() - failing.getDayOfYear() + 1);
		assertThat(snapshot("ledger_entry")).isEqualTo(ledger);
		assertThat(snapshot("stage_history")).isEqualTo(stages);
		assertThat(snapshot("notice")).isEqualTo(notices);
		assertThat(runs.run(failing).alreadyDone()).isTrue();
		assertThat(resumedTotals.get(failing)).as("totals of the restarted run include the chunks before the failure")
			.isEqualTo(uninterruptedTotals.get(failing));
		assertThat(uninterruptedTotals.get(failing).lateFees()).as("the failing day posts late fees").isPositive();
	}

	String export(LocalDate asOf) {
		StringWriter out = new StringWriter();
		arrearsExport.write(asOf, out);
		return out.toString();
	}

	String noticeColumns(LocalDate from, LocalDate to) {
		StringWriter out = new StringWriter();
		noticeExport.write(from, to, out);
		StringBuilder firstFive = new StringBuilder();
		for (String line : out.toString().split("\n")) {
			firstFive.append(String.join(",", Arrays.copyOf(line.split(",", -1), 5))).append('\n');
		}
		return firstFive.toString();
	}

	/** A table's business content in a stable order, without generated ids. */
	String snapshot(String table) {
		String sql = switch (table) {
			case "ledger_entry" ->
				"SELECT reference, household_code, entry_type, fee_item, period, amount, effective_date,"
						+ " recorded_at, reverses FROM ledger_entry ORDER BY reference";
			case "stage_history" -> "SELECT * FROM stage_history ORDER BY as_of, household_code";
			case "notice" -> "SELECT household_code, kind, number, episode_due_date, issued_on, principal, late_fee,"
					+ " total FROM notice ORDER BY household_code, kind, number, episode_due_date";
			default -> throw new IllegalArgumentException(table);
		};
		List<String> rows = jdbc.query(sql, (rs, n) -> {
			StringBuilder row = new StringBuilder();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				row.append(rs.getString(i)).append('|');
			}
			return row.toString();
		});
		assertThat(rows).isNotEmpty();
		return String.join("\n", rows);
	}

}
