package io.arrears.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.LiveVector;
import io.arrears.finance.MonthEndRuns;
import io.arrears.estate.EstateDocumentRuns;
import io.arrears.testing.TestDatabase;

/**
 * Audit re-runs of the bulletin and month-end jobs over the estate60 vector, run as the
 * system would have run live from 2026-01-01 to 2026-02-28: the dunning run every day,
 * the bulletin on the 20th (the schedule's due day 15 + 5) and the month-end on each
 * month's last day. On H2 here, on MariaDB by the subclass.
 */
abstract class DocumentRerunTests {

	static final LocalDate FROM = LocalDate.parse("2026-01-01");

	static final LocalDate TO = LocalDate.parse("2026-02-28");

	static final Set<LocalDate> BULLETIN_DATES = Set.of(LocalDate.parse("2026-01-20"), LocalDate.parse("2026-02-20"));

	static final Set<LocalDate> MONTH_ENDS = Set.of(LocalDate.parse("2026-01-31"), LocalDate.parse("2026-02-28"));

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DunningRuns runs;

	@Autowired
	EstateDocumentRuns estateDocuments;

	@Autowired
	MonthEndRuns monthEnds;

	@Autowired
	BulletinRerun bulletin;

	@Autowired
	MonthEndRerun monthEnd;

	@Value("${arrears.output-dir:out}")
	Path outputDir;

	@BeforeEach
	void emptyDatabase() {
		TestDatabase.wipe(dataSource);
	}

	@Test
	void replayIsCleanAndRestateFindsExactlyWhatABackdatedPaymentAndAReversedChargeChange() throws Exception {
		runLive();
		String posted = snapshot("SELECT estate_code, kind, as_of, fingerprint FROM estate_document ORDER BY 1, 2, 3");
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT as_of) FROM estate_document", Integer.class))
			.isEqualTo(BULLETIN_DATES.size());

		for (AuditedJob job : List.of(bulletin, monthEnd)) {
			List<LocalDate> dates = new ArrayList<>();
			RerunSummary replay = job.rerun(new RerunRequest(FROM, TO, Mode.REPLAY, true),
					day -> dates.add(day.asOf()));
			assertThat(replay.differences()).as("replay of the live %s", job.name()).isEmpty();
			assertThat(new TreeSet<>(dates)).as("the dates %s posted on", job.name())
				.isEqualTo(new TreeSet<>(job == bulletin ? BULLETIN_DATES : MONTH_ENDS));
			assertThat(Files.readAllLines(replay.csv())).hasSize(1);
		}
		List<Difference> bulletinBefore = bulletin.rerun(new RerunRequest(FROM, TO, Mode.RESTATE, true), day -> {
		}).differences();
		List<Difference> monthEndBefore = monthEnd.rerun(new RerunRequest(FROM, TO, Mode.RESTATE, true), day -> {
		}).differences();

		// a household at a reminder stage on 2026-02-28 pays everything, backdated to
		// 02-10; another's oldest overdue charge is reversed; both imported in April
		List<String> chosen = jdbc.queryForList("""
				SELECT household_code FROM stage_history
				 WHERE as_of = '2026-02-28' AND stage LIKE 'REMINDER%' ORDER BY household_code""", String.class);
		String payer = chosen.get(0);
		String reversed = chosen.get(1);
		Set<String> touched = new HashSet<>(List.of(payer, reversed, estateOf(payer), estateOf(reversed)));
		LocalDate paidOn = LocalDate.parse("2026-02-10");
		LocalDateTime importedAt = LocalDateTime.parse("2026-04-02T09:00:00");
		insert("BACKDATED-P-1", payer, "PAYMENT", new BigDecimal("5000.00"), paidOn, importedAt, null);
		String charge = jdbc.queryForObject("""
				SELECT reference FROM ledger_entry
				 WHERE household_code = ? AND entry_type = 'CHARGE' AND effective_date = (
				       SELECT oldest_due_date FROM stage_history WHERE as_of = '2026-02-28' AND household_code = ?)
				 ORDER BY reference LIMIT 1""", String.class, reversed, reversed);
		LocalDate chargeDue = jdbc.queryForObject("SELECT effective_date FROM ledger_entry WHERE reference = ?",
				LocalDate.class, charge);
		insert("REV-LATE-1", reversed, "REVERSAL", new BigDecimal("0.00"), chargeDue, importedAt, charge);
		LocalDate firstChange = chargeDue.isBefore(paidOn) ? chargeDue : paidOn;

		for (AuditedJob job : List.of(bulletin, monthEnd)) {
			assertThat(job.rerun(new RerunRequest(FROM, TO, Mode.REPLAY, true), day -> {
			}).differences()).as("replay of %s cannot see what was imported after the range", job.name()).isEmpty();
		}

		List<Difference> bulletinAfter = bulletin.rerun(new RerunRequest(FROM, TO, Mode.RESTATE, true), day -> {
		}).differences();
		assertNewDifferencesAreExactlyTheChange(bulletinBefore, bulletinAfter, touched, firstChange);
		assertThat(bulletinAfter).as("the payer leaves the unpaid: the estate's paid figure on 02-20 changes")
			.anySatisfy(d -> {
				assertThat(d.asOf()).isEqualTo(LocalDate.parse("2026-02-20"));
				assertThat(d.householdCode()).isEqualTo(estateOf(payer));
				assertThat(d.kind()).isEqualTo(Difference.Kind.LISTED);
				assertThat(d.subject()).isEqualTo("BULLETIN figures");
			});

		List<Difference> monthEndAfter = monthEnd.rerun(new RerunRequest(FROM, TO, Mode.RESTATE, true), day -> {
		}).differences();
		assertNewDifferencesAreExactlyTheChange(monthEndBefore, monthEndAfter, touched, firstChange);
		assertThat(monthEndAfter).as("the payer's estate has one household fewer in arrears at February's end")
			.anySatisfy(d -> {
				assertThat(d.asOf()).isEqualTo(LocalDate.parse("2026-02-28"));
				assertThat(d.householdCode()).isEqualTo(estateOf(payer));
				assertThat(d.subject()).isEqualTo("AGING stage CURRENT");
			});
		assertThat(snapshot("SELECT estate_code, kind, as_of, fingerprint FROM estate_document ORDER BY 1, 2, 3"))
			.as("a dry run posts nothing")
			.isEqualTo(posted);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_document", Integer.class)).isZero();

		RerunSummary correctedBulletins = bulletin.rerun(new RerunRequest(FROM, TO, Mode.RESTATE, false), day -> {
		});
		assertThat(correctedBulletins.corrections()).isPositive();
		RerunSummary correctedMonthEnds = monthEnd.rerun(new RerunRequest(FROM, TO, Mode.RESTATE, false), day -> {
		});
		assertThat(correctedMonthEnds.corrections()).isPositive();
		assertThat(snapshot("SELECT estate_code, kind, as_of, fingerprint FROM estate_document ORDER BY 1, 2, 3"))
			.as("what was posted stays as it was")
			.isEqualTo(posted);
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT job_instance_id) FROM BATCH_JOB_INSTANCE"
				+ " WHERE job_name IN ('rerun-bulletin', 'rerun-month-end')", Integer.class))
			.as("each date's corrections under a job instance of their own")
			.isPositive();

		String file = jdbc.queryForObject("""
				SELECT file_path FROM audit_document
				 WHERE job_name = 'bulletin' AND as_of = '2026-02-20' AND estate_code = ? AND kind = 'BULLETIN'""",
				String.class, estateOf(payer));
		try (PDDocument pdf = Loader.loadPDF(outputDir.resolve(file).toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(estateName(payer));
		}
		String aging = jdbc.queryForObject("""
				SELECT file_path FROM audit_document
				 WHERE job_name = 'month-end' AND as_of = '2026-02-28' AND estate_code = ?""", String.class,
				estateOf(payer));
		List<String> agingLines = Files.readAllLines(outputDir.resolve(aging));
		assertThat(agingLines.get(0)).startsWith("estate_code,as_of,dimension,key,households,principal_overdue");
		int currentNow = Integer.parseInt(
				agingLines.stream().filter(l -> l.contains(",stage,CURRENT,")).findFirst().orElseThrow().split(",")[4]);
		assertThat(currentNow).as("the corrected report counts the payer as paid up")
			.isEqualTo(jdbc.queryForObject("""
					SELECT COUNT(*) FROM stage_history s JOIN household h ON h.household_code = s.household_code
					 WHERE s.as_of = '2026-02-28' AND s.stage = 'CURRENT' AND h.estate_code = ?""", Integer.class,
					estateOf(payer)) + 1);

		for (AuditedJob job : List.of(bulletin, monthEnd)) {
			assertThat(job.rerun(new RerunRequest(FROM, TO, Mode.RESTATE, true), day -> {
			}).differences()).as("a restatement of %s after the corrections is clean", job.name()).isEmpty();
		}
	}

	private static void assertNewDifferencesAreExactlyTheChange(List<Difference> before, List<Difference> after,
			Set<String> touched, LocalDate firstChange) {
		Set<Difference> added = new HashSet<>(after);
		added.removeAll(before);
		Set<Difference> gone = new HashSet<>(before);
		gone.removeAll(after);
		assertThat(added).as("the backdated entries make new differences").isNotEmpty();
		for (Difference d : added) {
			assertThat(touched).as("%s concerns the two households or their estates", d).contains(d.householdCode());
			assertThat(d.asOf()).as("%s is on or after the first entry's date", d).isAfterOrEqualTo(firstChange);
		}
		for (Difference d : gone) {
			assertThat(touched).as("%s concerns the two households or their estates", d).contains(d.householdCode());
		}
	}

	private void runLive() throws Exception {
		LiveVector live = new LiveVector(jdbc, "estate60");
		for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
			live.recordUntil(day);
			runs.run(day);
			if (BULLETIN_DATES.contains(day)) {
				assertThat(estateDocuments.bulletin(day).status().name()).isEqualTo("COMPLETED");
			}
			if (MONTH_ENDS.contains(day)) {
				assertThat(monthEnds.run(day).status().name()).isEqualTo("COMPLETED");
			}
		}
	}

	private String estateOf(String household) {
		return jdbc.queryForObject("SELECT estate_code FROM household WHERE household_code = ?", String.class,
				household);
	}

	private String estateName(String household) {
		return jdbc.queryForObject(
				"SELECT e.name FROM estate e JOIN household h ON h.estate_code = e.estate_code WHERE h.household_code = ?",
				String.class, household);
	}

	private void insert(String reference, String household, String type, BigDecimal amount, LocalDate effective,
			LocalDateTime recorded, String reverses) {
		jdbc.update(
				"INSERT INTO ledger_entry (reference, household_code, entry_type, fee_item, period, amount,"
						+ " effective_date, recorded_at, reverses) VALUES (?, ?, ?, NULL, NULL, ?, ?, ?, ?)",
				reference, household, type, amount, effective, recorded, reverses);
	}

	private String snapshot(String sql) {
		return jdbc.query(sql, (rs, n) -> {
			StringBuilder row = new StringBuilder();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				row.append(rs.getString(i)).append('|');
			}
			return row.toString();
		}).stream().collect(Collectors.joining("\n"));
	}

}
