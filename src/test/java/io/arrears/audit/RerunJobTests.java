package io.arrears.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.audit.AuditedJob.DayResult;
import io.arrears.audit.JobExecutions.Restarted;
import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.VectorLoader;
import io.arrears.estate.EstateDocumentRuns;
import io.arrears.festival.Festival;
import io.arrears.testing.TestDatabase;

/**
 * The re-run as a job, on the {@code basic} vector: a re-run that fails half way restarts
 * from the date it stopped at and ends as an uninterrupted one would; the re-run of a
 * festival mailing, card by card.
 */
abstract class RerunJobTests {

	static final LocalDate FROM = LocalDate.parse("2026-02-01");

	static final LocalDate TO = LocalDate.parse("2026-02-28");

	/** Where the injected failure strikes: a household half way through February. */
	static final LocalDate FAILS_ON = LocalDate.parse("2026-02-15");

	static final String FAILS_FOR = "H5";

	static final LocalDate MAILED = LocalDate.parse("2026-02-10");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DunningRuns runs;

	@Autowired
	EstateDocumentRuns estateDocuments;

	@Autowired
	DunningRerun dunning;

	@Autowired
	FestivalRerun festival;

	@Autowired
	JobExecutions jobExecutions;

	@Value("${arrears.output-dir}")
	Path outputDir;

	/** Makes inserting the re-run's standing of the household on the date fail. */
	abstract void injectFailure(String household, LocalDate asOf);

	abstract void removeFailure();

	@BeforeEach
	void emptyDatabase() {
		TestDatabase.wipe(dataSource);
	}

	@Test
	void aReRunThatFailsHalfWayRestartsFromTheDateItStoppedAtAndEndsAsAnUninterruptedOne() throws Exception {
		season();
		injectFailure(FAILS_FOR, FAILS_ON);
		try {
			assertThatThrownBy(() -> dunning.rerun(new RerunRequest(FROM, TO, Mode.RESTATE, false), day -> {
			})).hasMessageContaining("FAILED").hasMessageContaining("jobs restart");
		}
		finally {
			removeFailure();
		}
		long runId = jdbc.queryForObject("SELECT MAX(run_id) FROM audit_run", Long.class);
		assertThat(jdbc.queryForObject("SELECT status FROM audit_run WHERE run_id = ?", String.class, runId))
			.isEqualTo("FAILED");
		long failed = jdbc.queryForObject(
				"SELECT MAX(job_execution_id) FROM BATCH_JOB_EXECUTION WHERE status = 'FAILED'", Long.class);
		assertThat(steps(failed)).as("the dates before the failure completed, the failing one did not")
			.startsWith("day-2026-02-01 COMPLETED")
			.endsWith("day-2026-02-14 COMPLETED", "day-2026-02-15 FAILED");

		Restarted restarted = jobExecutions.restart(failed);
		assertThat(restarted.status()).isEqualTo("COMPLETED");
		List<String> again = steps(restarted.id());
		assertThat(again).as("the restart goes on from the date it stopped at")
			.startsWith("day-2026-02-15 COMPLETED")
			.endsWith("day-2026-02-28 COMPLETED", "report COMPLETED")
			.hasSize(15);
		Outcome restartedOutcome = outcome(runId);
		assertThat(restartedOutcome.differences()).isNotEmpty();
		assertThat(restartedOutcome.corrections()).as("late fees reversed and reposted").isNotEmpty();

		season();
		RerunSummary uninterrupted = dunning.rerun(new RerunRequest(FROM, TO, Mode.RESTATE, false), day -> {
		});
		Outcome whole = outcome(uninterrupted.runId());
		assertThat(restartedOutcome).isEqualTo(whole);
		assertThat(uninterrupted.differences()).hasSize(whole.differences().size());
	}

	@Test
	void aFestivalMailingReplaysCleanAndARestatementNamesTheCardsWhoseWarmReminderChanged() throws Exception {
		VectorLoader.load(jdbc, "basic");
		assertThat(runs.run(LocalDate.parse("2026-01-01"), MAILED, day -> {
		}).failed()).isNull();
		estateDocuments.festival(Festival.SPRING_FESTIVAL, 2026);
		assertThat(festival.mailing("SPRING_FESTIVAL", 2026).asOf()).isEqualTo(MAILED);

		List<DayResult> days = new ArrayList<>();
		RerunSummary replay = festival.rerun("SPRING_FESTIVAL", 2026, Mode.REPLAY, true, days::add);
		assertThat(replay.differences()).as("replay after a normal mailing").isEmpty();
		assertThat(days).containsExactly(new DayResult(MAILED, 8, 0, 0));

		BigDecimal sent = jdbc.queryForObject("SELECT arrears FROM festival_card WHERE household_code = 'H2'"
				+ " AND festival = 'SPRING_FESTIVAL' AND festival_year = 2026", BigDecimal.class);
		assertThat(sent).as("H2 was sent a warm reminder").isPositive();
		insertPayment("BACKDATED-H2", "H2", sent, LocalDate.parse("2026-02-05"),
				LocalDateTime.parse("2026-03-05T10:00:00"));

		assertThat(festival.rerun("SPRING_FESTIVAL", 2026, Mode.REPLAY, true, day -> {
		}).differences()).as("the mailing date could not know a payment recorded in March").isEmpty();
		RerunSummary restate = festival.rerun("SPRING_FESTIVAL", 2026, Mode.RESTATE, true, day -> {
		});
		assertThat(restate.differences()).containsExactly(new Difference(MAILED, "H2", Difference.Kind.CARD,
				"SPRING_FESTIVAL 2026 card", "card, no warm reminder", "card, warm reminder " + sent.toPlainString()));
		assertThat(Files.readAllLines(restate.csv())).hasSize(2);

		String cards = jdbc
			.queryForList("SELECT CONCAT(household_code, arrears, fingerprint) FROM festival_card"
					+ " ORDER BY household_code", String.class)
			.toString();
		RerunSummary corrected = festival.rerun("SPRING_FESTIVAL", 2026, Mode.RESTATE, false, day -> {
		});
		assertThat(corrected.corrections()).isEqualTo(1);
		assertThat(jdbc
			.queryForList("SELECT CONCAT(household_code, arrears, fingerprint) FROM festival_card"
					+ " ORDER BY household_code", String.class)
			.toString()).as("the cards sent stay as they were").isEqualTo(cards);
		String file = jdbc.queryForObject("SELECT file_path FROM audit_card WHERE household_code = 'H2'", String.class);
		assertThat(file).startsWith("E01/2026-02-10/SPRING_FESTIVAL/corrected-R" + corrected.runId() + "/");
		try (PDDocument pdf = Loader.loadPDF(outputDir.resolve(file).toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("恭贺新春").doesNotContain("温馨提醒");
		}
		assertThat(festival.rerun("SPRING_FESTIVAL", 2026, Mode.RESTATE, true, day -> {
		}).differences()).as("a restatement after the corrected card is clean").isEmpty();
	}

	/**
	 * The basic vector's dunning from January to February, then a payment by H2 effective
	 * 02-10 but recorded in March: a restatement of February differs from then on.
	 */
	private void season() throws Exception {
		TestDatabase.wipe(dataSource);
		VectorLoader.load(jdbc, "basic");
		assertThat(runs.run(LocalDate.parse("2026-01-01"), TO, day -> {
		}).failed()).isNull();
		insertPayment("BANK-20260305-0042", "H2", new BigDecimal("2000.00"), LocalDate.parse("2026-02-10"),
				LocalDateTime.parse("2026-03-05T10:00:00"));
	}

	private void insertPayment(String reference, String household, BigDecimal amount, LocalDate effective,
			LocalDateTime recorded) {
		jdbc.update(
				"INSERT INTO ledger_entry (reference, household_code, entry_type, fee_item, period, amount,"
						+ " effective_date, recorded_at, reverses) VALUES (?, ?, 'PAYMENT', NULL, NULL, ?, ?, ?, NULL)",
				reference, household, amount, effective, recorded);
	}

	private List<String> steps(long executionId) {
		return jdbc.queryForList("SELECT CONCAT(step_name, ' ', status) FROM BATCH_STEP_EXECUTION"
				+ " WHERE job_execution_id = ? ORDER BY step_execution_id", String.class, executionId);
	}

	/** What a re-run left: its report rows and its corrections, without its run id. */
	record Outcome(List<String> differences, List<String> corrections, List<String> restated) {
	}

	private Outcome outcome(long runId) {
		String tag = ":R" + runId;
		List<String> differences = jdbc.query("""
				SELECT seq, as_of, household_code, kind, subject, expected, recorded FROM audit_difference
				 WHERE run_id = ? ORDER BY seq""", (rs, n) -> row(rs, 7), runId);
		List<String> corrections = jdbc.query("""
				SELECT reference, household_code, entry_type, amount, effective_date, recorded_at, reverses
				  FROM ledger_entry WHERE reference LIKE ? ORDER BY reference""", (rs, n) -> row(rs, 7), "%" + tag)
			.stream()
			.map(row -> row.replace(tag, ":R"))
			.toList();
		List<String> restated = jdbc.query("""
				SELECT as_of, household_code, stage, principal_overdue, late_fee_posted, notice_kind, notice_number
				  FROM audit_restated WHERE run_id = ? ORDER BY as_of, household_code""", (rs, n) -> row(rs, 7), runId);
		return new Outcome(differences, corrections.stream().map(RerunJobTests::withoutTime).toList(), restated);
	}

	/** The recording time is the audit run's start, which differs between two runs. */
	private static String withoutTime(String row) {
		return row.replaceAll("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?", "<recorded>");
	}

	private static String row(java.sql.ResultSet rs, int columns) throws java.sql.SQLException {
		StringBuilder row = new StringBuilder();
		for (int i = 1; i <= columns; i++) {
			row.append(rs.getString(i)).append('|');
		}
		return row.toString();
	}

}
