package io.arrears.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.LiveVector;
import io.arrears.dunning.VectorLoader;
import io.arrears.ledger.LedgerEntry;
import io.arrears.testing.H2Test;
import io.arrears.testing.TestDatabase;

/**
 * Audit re-runs of the dunning job over the estate60 vector, 2026-01-01 … 2026-03-31.
 * <p>
 * The vector records most payments a day or three after their effective date, and the
 * normal run of the vector (as the shared expected results require) sees every entry from
 * the start. So a replay, which sees only what was recorded by the end of each date,
 * legitimately differs from that run: those differences are asserted to be exactly the
 * ones late recording explains. Against a run made as the system would have run live
 * (each day seeing what was recorded by then) a replay is clean.
 */
@H2Test
class DunningRerunH2Test {

	static final LocalDate FROM = LocalDate.parse("2026-01-01");

	static final LocalDate TO = LocalDate.parse("2026-03-31");

	/** The vector's whole range: its daily runs go from FROM to here. */
	static final LocalDate LAST = LocalDate.parse("2026-06-30");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DunningRuns runs;

	@Autowired
	DunningRerun rerun;

	@BeforeEach
	void emptyDatabase() {
		TestDatabase.wipe(dataSource);
	}

	@Test
	void replayOfTheNormalRunDiffersExactlyWhereEntriesWereRecordedLate() throws Exception {
		VectorLoader.load(jdbc, "estate60");
		runs.run(FROM, TO, day -> {
		});

		RerunSummary restate = rerun.rerun(new RerunRequest(FROM, TO, Mode.RESTATE, true), day -> {
		});
		assertThat(restate.differences()).as("restate sees what the normal run saw").isEmpty();

		RerunSummary replay = rerun.rerun(new RerunRequest(FROM, TO, Mode.REPLAY, true), day -> {
		});
		assertThat(replay.differences()).isNotEmpty();
		Map<String, Set<LocalDate>> differing = byHousehold(replay.differences());
		for (Map.Entry<String, Set<LocalDate>> household : differing.entrySet()) {
			for (LocalDate day : household.getValue()) {
				// an entry effective by the day and recorded after the end of a day of
				// the range up
				// to it: the replay of that day could not see it, and what it did or did
				// not issue
				// then (a notice, a late fee) carries on to the following days
				List<LedgerEntry> late = LiveVector.recordedLate("estate60", FROM, day)
					.stream()
					.filter(e -> e.householdCode().equals(household.getKey()))
					.toList();
				assertThat(late)
					.as("%s on %s differs only because an entry was recorded late: %s", household.getKey(), day,
							replay.differences()
								.stream()
								.filter(d -> d.householdCode().equals(household.getKey()))
								.toList())
					.isNotEmpty();
			}
		}
		System.out.printf(
				"replay of the normal estate60 run, %s..%s: %d differences, %d households, %d" + " household-dates%n",
				FROM, TO, replay.differences().size(), differing.size(),
				differing.values().stream().mapToInt(Set::size).sum());
		differing.forEach((h, days) -> System.out.println("  " + h + " " + days.size() + " dates: " + days));
		assertThat(Files.readAllLines(replay.csv())).hasSize(replay.differences().size() + 1);
		assertThat(Files.size(replay.pdf())).isPositive();
		assertThat(jdbc.queryForObject("SELECT differences FROM audit_run WHERE run_id = ?", Integer.class,
				replay.runId()))
			.isEqualTo(replay.differences().size());
	}

	@Test
	void replayOfALiveRunIsCleanAndRestateCorrectsABackdatedPaymentAndAReversedCharge() throws Exception {
		runLive();
		List<LocalDate> replayed = new java.util.ArrayList<>();
		assertThat(rerun.rerun(new RerunRequest(FROM, LAST, Mode.REPLAY, true), day -> replayed.add(day.asOf()))
			.differences()).as("replay over the vector's whole range of a run that saw what was recorded by then")
			.isEmpty();
		assertThat(replayed).hasSize(181);
		String ledger = snapshot(
				"SELECT reference, amount, effective_date, recorded_at FROM ledger_entry ORDER BY reference");
		String stages = snapshot("SELECT * FROM stage_history ORDER BY as_of, household_code");
		String notices = snapshot("SELECT household_code, kind, number, episode_due_date, issued_on, total FROM notice"
				+ " ORDER BY household_code, kind, number, episode_due_date");

		Map<String, Set<LocalDate>> before = byHousehold(
				rerun.rerun(new RerunRequest(FROM, TO, Mode.RESTATE, true), day -> {
				}).differences());
		assertThat(
				snapshot("SELECT reference, amount, effective_date, recorded_at FROM ledger_entry ORDER BY reference"))
			.as("a dry run writes nothing to the ledger")
			.isEqualTo(ledger);
		assertThat(snapshot("SELECT * FROM stage_history ORDER BY as_of, household_code")).isEqualTo(stages);
		assertThat(snapshot("SELECT household_code, kind, number, episode_due_date, issued_on, total FROM notice"
				+ " ORDER BY household_code, kind, number, episode_due_date"))
			.isEqualTo(notices);

		// two households at a reminder stage at the end of February
		List<String> chosen = jdbc.queryForList("""
				SELECT household_code FROM stage_history
				 WHERE as_of = '2026-02-28' AND stage LIKE 'REMINDER%' ORDER BY household_code""", String.class)
			.stream()
			.limit(2)
			.toList();
		assertThat(chosen).hasSize(2);
		String payer = chosen.get(0);
		String reversed = chosen.get(1);
		LocalDate paidOn = LocalDate.parse("2026-02-10");
		LocalDateTime importedAt = LocalDateTime.parse("2026-07-02T09:00:00");
		insert("BACKDATED-P-1", payer, "PAYMENT", null, new BigDecimal("5000.00"), paidOn, importedAt, null);
		Map<String, Object> charge = jdbc.queryForMap("""
				SELECT reference, effective_date FROM ledger_entry
				 WHERE household_code = ? AND entry_type = 'CHARGE' AND effective_date = (
				       SELECT oldest_due_date FROM stage_history WHERE as_of = '2026-02-28' AND household_code = ?)
				 ORDER BY reference LIMIT 1""", reversed, reversed);
		LocalDate chargeDue = ((java.sql.Date) charge.get("effective_date")).toLocalDate();
		insert("REV-LATE-1", reversed, "REVERSAL", null, new BigDecimal("0.00"), chargeDue, importedAt,
				(String) charge.get("reference"));

		assertThat(rerun.rerun(new RerunRequest(FROM, LAST, Mode.REPLAY, true), day -> {
		}).differences()).as("replay cannot see what was imported after the range").isEmpty();

		Map<String, Set<LocalDate>> after = byHousehold(
				rerun.rerun(new RerunRequest(FROM, TO, Mode.RESTATE, true), day -> {
				}).differences());
		Map<String, Set<LocalDate>> others = new TreeMap<>(after);
		others.keySet().removeAll(Set.of(payer, reversed));
		Map<String, Set<LocalDate>> othersBefore = new TreeMap<>(before);
		othersBefore.keySet().removeAll(Set.of(payer, reversed));
		assertThat(others).as("nobody else changes").isEqualTo(othersBefore);
		LocalDate reversedFrom = chargeDue.isBefore(FROM) ? FROM : chargeDue;
		assertThat(datesFrom(after.get(payer), paidOn)).as("the payer differs from the payment on")
			.isNotEqualTo(datesFrom(before.get(payer), paidOn))
			.contains(paidOn.plusDays(1));
		assertThat(datesBefore(after.get(payer), paidOn)).isEqualTo(datesBefore(before.get(payer), paidOn));
		assertThat(datesFrom(after.get(reversed), reversedFrom)).as("the reversed charge's household differs")
			.isNotEqualTo(datesFrom(before.get(reversed), reversedFrom))
			.contains(TO);
		assertThat(datesBefore(after.get(reversed), reversedFrom))
			.isEqualTo(datesBefore(before.get(reversed), reversedFrom));

		RerunSummary corrected = rerun.rerun(new RerunRequest(FROM, TO, Mode.RESTATE, false), day -> {
		});
		assertThat(corrected.differences()).isNotEmpty();
		assertThat(corrected.corrections()).isPositive();
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM ledger_entry WHERE entry_type = 'REVERSAL'" + " AND reference LIKE 'RV:LF:%'",
				Integer.class))
			.as("wrong late fees reversed, not updated")
			.isPositive();
		// each date of the re-run is a step of its rerun-dunning instance (then the
		// report)
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s
				  JOIN BATCH_JOB_EXECUTION e ON e.job_execution_id = s.job_execution_id
				  JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.job_execution_id = e.job_execution_id
				 WHERE p.parameter_name = 'run-id' AND p.parameter_value = ? AND s.step_name LIKE 'day-%'""",
				Integer.class, String.valueOf(corrected.runId())))
			.isEqualTo((int) java.time.temporal.ChronoUnit.DAYS.between(FROM, TO) + 1);
		assertThat(snapshot("SELECT * FROM stage_history ORDER BY as_of, household_code"))
			.as("the stage history stays as the pipeline wrote it")
			.isEqualTo(stages);

		assertThat(rerun.rerun(new RerunRequest(FROM, TO, Mode.RESTATE, true), day -> {
		}).differences()).as("a restatement after the corrections is clean").isEmpty();
	}

	private void runLive() throws Exception {
		LiveVector live = new LiveVector(jdbc, "estate60");
		for (LocalDate day = FROM; !day.isAfter(LAST); day = day.plusDays(1)) {
			live.recordUntil(day);
			runs.run(day);
		}
	}

	private void insert(String reference, String household, String type, String feeItem, BigDecimal amount,
			LocalDate effective, LocalDateTime recorded, String reverses) {
		jdbc.update(
				"INSERT INTO ledger_entry (reference, household_code, entry_type, fee_item, period, amount,"
						+ " effective_date, recorded_at, reverses) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)",
				reference, household, type, feeItem, amount, effective, recorded, reverses);
	}

	private static Set<LocalDate> datesFrom(Set<LocalDate> dates, LocalDate from) {
		return dates == null ? Set.of() : new TreeSet<>(new TreeSet<>(dates).tailSet(from));
	}

	private static Set<LocalDate> datesBefore(Set<LocalDate> dates, LocalDate before) {
		return dates == null ? Set.of() : new TreeSet<>(new TreeSet<>(dates).headSet(before));
	}

	static Map<String, Set<LocalDate>> byHousehold(List<Difference> differences) {
		return differences.stream()
			.collect(Collectors.groupingBy(Difference::householdCode, TreeMap::new,
					Collectors.mapping(Difference::asOf, Collectors.toCollection(TreeSet::new))));
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
