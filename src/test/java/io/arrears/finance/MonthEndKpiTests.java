package io.arrears.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.testing.TestDatabase;

/**
 * The collection figures of a small estate made by hand, its assessments and notices
 * written straight into the tables, each figure worked out by hand in the comments. The
 * queries are the subject here, not the dunning run; run on H2 and MariaDB by the
 * subclasses.
 */
abstract class MonthEndKpiTests {

	private static final LocalDate D = LocalDate.parse("2026-06-30");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MonthEndQueries queries;

	@BeforeEach
	void tenHouseholds() {
		TestDatabase.wipe(dataSource);
		jdbc.update("INSERT INTO estate (estate_code, name, company_name) VALUES ('K1', '测试小区', '测试物业')");
		jdbc.update("INSERT INTO estate (estate_code, name, company_name) VALUES ('K2', '空小区', '测试物业')");
		for (int i = 1; i <= 10; i++) {
			jdbc.update(
					"INSERT INTO household (household_code, estate_code, building, unit, room) VALUES (?, 'K1', '1', '1', ?)",
					h(i), "10" + i);
		}
		// As of D. Charged in June before D: H01, H02 (paid, CURRENT), H03, H04, H09 (not
		// paid).
		// Not charged in June before D: H05 (no June charge), H06 (due on D itself), H07
		// (charge
		// reversed), H08 (May only), H10 (no charge).
		stage(D, 1, "CURRENT", 0, null, "0.00");
		stage(D, 2, "CURRENT", 0, null, "0.00");
		stage(D, 3, "REMINDER_5", 29, "2026-06-01", "300.00");
		stage(D, 4, "LAWYER_LETTER", 70, "2026-04-21", "900.00");
		stage(D, 5, "LEGAL", 120, "2026-03-02", "1200.00");
		stage(D, 6, "CURRENT", 0, null, "0.00");
		stage(D, 7, "CURRENT", 0, null, "0.50");
		stage(D, 8, "CURRENT", 0, null, "0.00");
		stage(D, 9, "BULLETIN", 10, "2026-06-20", "150.00");
		stage(D, 10, "CURRENT", 0, null, "0.00");
		charge("C1", 1, "2026-06-01");
		charge("C2", 2, "2026-06-15");
		charge("C3", 3, "2026-06-01");
		charge("C4", 4, "2026-06-01");
		charge("C5", 5, "2026-05-01");
		charge("C6", 6, "2026-06-30");
		charge("C7", 7, "2026-06-10");
		jdbc.update(
				"INSERT INTO ledger_entry (reference, household_code, entry_type, amount, effective_date, recorded_at,"
						+ " reverses) VALUES ('R7', ?, 'REVERSAL', 100.00, DATE '2026-06-12', TIMESTAMP '2026-06-12 09:00:00', 'C7')",
				h(7));
		charge("C8", 8, "2026-05-15");
		charge("C9", 9, "2026-06-20");
	}

	@Test
	void paidThisPeriodIsTheChargedHouseholdsWithNothingOverdue() {
		// charged in June before D: H01 H02 H03 H04 H09; of them CURRENT: H01 H02
		assertThat(kpis().paidThisPeriod()).isEqualTo(new Share(2, 5));
		assertThat(kpis().paidThisPeriod().percent()).isEqualTo("40.0%");
	}

	@Test
	void inArrearsIsEveryHouseholdNotCurrentAndTheTargetCountsTwoMonthsOverdue() {
		// not CURRENT: H03 H04 H05 H09; 60 days or more: H04 (70) and H05 (120)
		assertThat(kpis().inArrears()).isEqualTo(new Share(4, 10));
		assertThat(kpis().beyondTarget()).isEqualTo(new Share(2, 10));
		assertThat(kpis().beyondTarget().below(new BigDecimal("0.10"))).isFalse();
	}

	@Test
	void aLawyersLetterCountsAsPaidWhenThirtyDaysOnNothingItStatedIsOverdue() {
		// window: the 30 days ending 30 days before D, 2026-05-02 … 2026-05-31
		letter(6, "2026-05-10", "2026-03-10");
		stage(LocalDate.parse("2026-06-09"), 6, "CURRENT", 0, null, "0.00"); // paid
		letter(7, "2026-05-20", "2026-03-21");
		// only a charge due on the letter's own day is overdue: the letter did not state
		// it. Paid
		stage(LocalDate.parse("2026-06-19"), 7, "REMINDER_7", 30, "2026-05-20", "100.00");
		letter(9, "2026-05-31", "2026-04-01");
		// checked on D itself: oldest overdue due 06-20, after the letter. Paid
		letter(3, "2026-05-15", "2026-03-16");
		// still owes the letter's oldest charge 30 days on (paid later, by D: too late).
		// Not paid
		stage(LocalDate.parse("2026-06-14"), 3, "LEGAL", 90, "2026-03-16", "600.00");
		letter(10, "2026-05-02", "2026-03-03");
		// paid the oldest charge (its episode is over) but one the letter stated, due
		// 04-15, is still overdue. Not paid
		stage(LocalDate.parse("2026-06-01"), 10, "REMINDER_10", 47, "2026-04-15", "300.00");
		letter(1, "2026-05-25", "2026-03-26");
		// no assessment on 06-24: not measured
		letter(5, "2026-05-01", "2026-03-02"); // before the window
		letter(2, "2026-06-05", "2026-04-06"); // after the window

		Kpis kpis = kpis();

		assertThat(kpis.lawyerWindowFrom()).isEqualTo("2026-05-02");
		assertThat(kpis.lawyerWindowTo()).isEqualTo("2026-05-31");
		assertThat(kpis.lawyerLetterPaid()).isEqualTo(new Share(3, 5));
		assertThat(kpis.lawyerLettersUnmeasured()).isEqualTo(1);
	}

	@Test
	void noticesAreCountedPerKindForTheMonthUpToTheDate() {
		notice(3, "REMINDER", 1, "2026-06-16", "2026-06-01");
		notice(3, "REMINDER", 2, "2026-06-19", "2026-06-01");
		notice(9, "REMINDER", 1, "2026-05-31", "2026-05-16"); // May
		notice(9, "REMINDER", 2, "2026-07-01", "2026-05-16"); // after D
		letter(2, "2026-06-05", "2026-04-06");

		assertThat(kpis().notices()).containsExactly(Map.entry("REMINDER", 2), Map.entry("LAWYER_LETTER", 1),
				Map.entry("CASE_FILE", 0));
	}

	@Test
	void theTrendReadsEachMonthsLastDayAndLeavesMonthsNeverAssessedEmpty() {
		stage(LocalDate.parse("2026-04-30"), 1, "CURRENT", 0, null, "0.00");
		stage(LocalDate.parse("2026-04-30"), 2, "CURRENT", 0, null, "0.00");
		stage(LocalDate.parse("2026-04-30"), 3, "CURRENT", 0, null, "0.00");
		stage(LocalDate.parse("2026-04-30"), 4, "BULLETIN", 9, "2026-04-21", "300.00");
		stage(LocalDate.parse("2026-05-31"), 1, "CURRENT", 0, null, "0.00");
		stage(LocalDate.parse("2026-05-31"), 2, "GRACE", 2, "2026-05-29", "100.00");
		stage(LocalDate.parse("2026-05-31"), 3, "CURRENT", 0, null, "0.00");
		stage(LocalDate.parse("2026-05-31"), 4, "OPEN_LETTER", 65, "2026-03-27", "600.00");
		stage(LocalDate.parse("2026-05-31"), 5, "CURRENT", 0, null, "0.00");
		// not a month's end: not in the chart
		stage(LocalDate.parse("2026-05-30"), 6, "LEGAL", 100, "2026-02-19", "900.00");

		List<TrendPoint> trend = pack("K1").trend();

		assertThat(trend).extracting(TrendPoint::asOf)
			.extracting(LocalDate::toString)
			.containsExactly("2025-07-31", "2025-08-31", "2025-09-30", "2025-10-31", "2025-11-30", "2025-12-31",
					"2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30");
		assertThat(trend.subList(0, 9)).allMatch(p -> !p.measured());
		assertThat(trend.get(9).inArrears()).isEqualTo(new Share(1, 4));
		assertThat(trend.get(9).beyondTarget()).isEqualTo(new Share(0, 4));
		assertThat(trend.get(10).inArrears()).isEqualTo(new Share(2, 5));
		assertThat(trend.get(10).beyondTarget()).isEqualTo(new Share(1, 5));
		assertThat(trend.get(11).inArrears()).isEqualTo(new Share(4, 10));
	}

	@Test
	void theAgingShowsEveryStageAndBucketAndTotalsToTheFen() {
		MonthEndPack pack = pack("K1");

		assertThat(pack.byStage()).hasSize(16);
		assertThat(pack.byStage().get(0)).isEqualTo(new AgingRow("CURRENT", 6, new BigDecimal("0.50"),
				new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00")));
		assertThat(pack.byStage()).filteredOn(r -> r.households() == 0).hasSize(11);
		assertThat(pack.byDays()).extracting(AgingRow::key, AgingRow::households)
			.containsExactly(Tuple.tuple("0", 6), Tuple.tuple("1-30", 2), Tuple.tuple("31-60", 0),
					Tuple.tuple("61-90", 1), Tuple.tuple("91-180", 1), Tuple.tuple("181-365", 0),
					Tuple.tuple(">365", 0));
		assertThat(pack.total().households()).isEqualTo(10);
		assertThat(pack.total().principalOverdue()).isEqualByComparingTo("2550.50");

		MonthEndPack empty = pack("K2");
		assertThat(empty.total().households()).isZero();
		assertThat(empty.kpis().inArrears().measured()).isFalse();
		assertThat(MonthEndCsv.kpis(empty, new FinanceProperties(List.of(1, 31, 61, 91, 181, 366),
				new BigDecimal("0.10"), 60, 30, new BigDecimal("0.15"))))
			.contains("K2,2026-06-30,in_arrears,0,0,,,\n");
	}

	private Kpis kpis() {
		return pack("K1").kpis();
	}

	private MonthEndPack pack(String estate) {
		return queries.packs(D).stream().filter(p -> p.estate().code().equals(estate)).findFirst().orElseThrow();
	}

	private static String h(int i) {
		return String.format("H%02d", i);
	}

	private void stage(LocalDate asOf, int household, String stage, int days, String oldestDue, String principal) {
		jdbc.update(
				"INSERT INTO stage_history (as_of, household_code, stage, days_overdue, oldest_due_date,"
						+ " principal_overdue, late_fee_posted, late_fee_outstanding, prior_year_principal, team)"
						+ " VALUES (?, ?, ?, ?, ?, ?, 0.00, 0.00, 0.00, NULL)",
				asOf, h(household), stage, days, oldestDue == null ? null : LocalDate.parse(oldestDue),
				new BigDecimal(principal));
	}

	private void charge(String reference, int household, String due) {
		jdbc.update(
				"INSERT INTO ledger_entry (reference, household_code, entry_type, fee_item, period, amount,"
						+ " effective_date, recorded_at) VALUES (?, ?, 'CHARGE', '物业费', ?, 100.00, ?, ?)",
				reference, h(household), due.substring(0, 7), LocalDate.parse(due),
				LocalDate.parse(due).minusDays(10).atStartOfDay());
	}

	private void letter(int household, String issuedOn, String episode) {
		notice(household, "LAWYER_LETTER", 0, issuedOn, episode);
	}

	private void notice(int household, String kind, int number, String issuedOn, String episode) {
		jdbc.update(
				"INSERT INTO notice (household_code, kind, number, episode_due_date, issued_on, principal, late_fee,"
						+ " total) VALUES (?, ?, ?, ?, ?, 100.00, 0.00, 100.00)",
				h(household), kind, number, LocalDate.parse(episode), LocalDate.parse(issuedOn));
	}

}
