package io.arrears.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.arrears.dunning.Team;
import io.arrears.collection.CollectionDay.ReviewItem;

/**
 * The daily review's pure rule: what each collector's line counts, the recovery rate,
 * ranks with ties, who is last, and the last-three-days mark.
 */
class DailyReviewTest {

	private static final LocalDate D = LocalDate.parse("2026-03-10");

	private static final LocalDateTime RECORDED = LocalDateTime.parse("2026-03-01T09:00:00");

	private static final Coverage COVERAGE = Coverage
		.of(List.of(collector("C01", Team.SUPERVISOR, "1"), collector("C02", Team.SUPERVISOR, "2"),
				collector("C03", Team.MANAGER, ""), collector("C04", Team.SUPERVISOR, "9")));

	private static Collector collector(String code, Team team, String building) {
		return new Collector(code, "催收员" + code, "139", team, "E01", building.isEmpty() ? Set.of() : Set.of(building),
				true, RECORDED);
	}

	private static ReviewItem item(String code, String building, String listedWith, Team yesterday, boolean current,
			String monthCollector, String opening, String today, String month) {
		return new ReviewItem(code, "E01", building, listedWith, yesterday, current, monthCollector,
				new BigDecimal(opening), new BigDecimal(today), new BigDecimal(month), false, List.of(), List.of());
	}

	private static CollectionDay day(List<ReviewItem> items) {
		Map<String, String> names = Map.of("C01", "催收员C01", "C02", "催收员C02", "C03", "催收员C03", "C04", "催收员C04");
		return new CollectionDay(D, COVERAGE, List.of(), Map.of(), names, items, List.of());
	}

	private static ReviewLine line(List<ReviewLine> lines, String collector) {
		return lines.stream().filter(l -> l.collectorCode().equals(collector)).findFirst().orElseThrow();
	}

	@Test
	void theRateIsRecoveredOverTheOpeningPrincipalToFourDecimalsAndNoneWithNothingToRecover() {
		assertThat(DailyReview.rate(new BigDecimal("100.00"), new BigDecimal("300.00"))).isEqualByComparingTo("0.3333");
		assertThat(DailyReview.rate(new BigDecimal("200.00"), new BigDecimal("300.00"))).isEqualByComparingTo("0.6667");
		assertThat(DailyReview.rate(new BigDecimal("450.00"), new BigDecimal("300.00"))).isEqualByComparingTo("1.5000");
		assertThat(DailyReview.rate(new BigDecimal("50.00"), BigDecimal.ZERO.setScale(2))).isNull();
		assertThat(ReviewPdf.percent(new BigDecimal("0.3333"))).isEqualTo("33.33%");
	}

	@Test
	void eachCollectorCountsItsListItsNewItsClearedAndItsMonth() {
		List<ReviewItem> items = List.of(
				// on C01's list, in arrears yesterday too: 600 to recover, 300 paid today
				item("H1", "1", "C01", Team.SUPERVISOR, false, "C01", "600.00", "300.00", "300.00"),
				// on C01's list since today
				item("H2", "1", "C01", null, false, "C01", "0.00", "0.00", "0.00"),
				// C01's at the start of the month, paid everything today: cleared, and
				// its 300 count for C01
				item("H3", "1", null, Team.SUPERVISOR, true, "C01", "300.00", "300.00", "300.00"),
				// C02's: 900 to recover, 100 paid last week
				item("H4", "2", "C02", Team.SUPERVISOR, false, "C02", "900.00", "0.00", "100.00"),
				// a household no collector covers
				item("H5", "7", "-", Team.SUPERVISOR, false, "-", "300.00", "0.00", "0.00"));
		List<ReviewLine> lines = DailyReview.of(day(items), DailyReview.History.NONE);

		assertThat(lines).extracting(ReviewLine::collectorCode).containsExactly("-", "C01", "C02", "C03", "C04");
		ReviewLine c01 = line(lines, "C01");
		assertThat(c01.households()).isEqualTo(2);
		assertThat(c01.newlyInArrears()).isEqualTo(1);
		assertThat(c01.cleared()).isEqualTo(1);
		assertThat(c01.openingPrincipal()).isEqualByComparingTo("900.00");
		assertThat(c01.recoveredToday()).isEqualByComparingTo("600.00");
		assertThat(c01.recoveredMonth()).isEqualByComparingTo("600.00");
		assertThat(c01.recoveryRate()).isEqualByComparingTo("0.6667");
		assertThat(c01.rank()).isEqualTo(1);
		ReviewLine c02 = line(lines, "C02");
		assertThat(c02.recoveryRate()).isEqualByComparingTo("0.1111");
		assertThat(c02.rank()).isEqualTo(2);
		assertThat(c02.last()).isTrue();
		// nothing to recover: no rate, no rank; the unassigned are never ranked
		assertThat(line(lines, "C03").rank()).isNull();
		assertThat(line(lines, "-").rank()).isNull();
		assertThat(line(lines, "-").households()).isEqualTo(1);
		assertThat(c01.fields()).containsExactly("E01", "C01", "催收员C01", "2", "1", "1", "900.00", "600.00", "600.00",
				"0.6667", "0", "0", "0", "0", "0", "1", "false");
	}

	@Test
	void paymentsCountAsRecoveredOnlyUpToEachHouseholdsArrearsOnTheFirstSoTheRateNeverExceedsOne() {
		List<ReviewItem> items = List.of(
				// owed 300 on the first, paid 200 last week and 700 today (its new
				// charges
				// too): 300 recovered, 100 of it today
				item("H1", "1", "C01", Team.SUPERVISOR, false, "C01", "300.00", "700.00", "900.00"),
				// newly in arrears in the month: its 500 paid nothing overdue on the
				// first
				item("H2", "1", "C01", null, false, "C01", "0.00", "500.00", "500.00"),
				// owed 600, paid nothing: another household's surplus does not make up
				// for it
				item("H3", "1", "C01", Team.SUPERVISOR, false, "C01", "600.00", "0.00", "0.00"),
				// C02's: owed 400, paid 250 today, and a reversal of last month's 50
				item("H4", "2", "C02", Team.SUPERVISOR, false, "C02", "400.00", "250.00", "200.00"));
		List<ReviewLine> lines = DailyReview.of(day(items), DailyReview.History.NONE);

		ReviewLine c01 = line(lines, "C01");
		assertThat(c01.openingPrincipal()).isEqualByComparingTo("900.00");
		assertThat(c01.recoveredMonth()).isEqualByComparingTo("300.00");
		assertThat(c01.recoveredToday()).isEqualByComparingTo("100.00");
		assertThat(c01.recoveryRate()).isEqualByComparingTo("0.3333");
		ReviewLine c02 = line(lines, "C02");
		assertThat(c02.recoveredMonth()).isEqualByComparingTo("200.00");
		assertThat(c02.recoveredToday()).isEqualByComparingTo("250.00");
		assertThat(c02.recoveryRate()).isEqualByComparingTo("0.5000");
		assertThat(c02.rank()).isEqualTo(1);
		assertThat(c01.last()).isTrue();
		// one household that paid everything and more: exactly 1
		assertThat(line(DailyReview.of(
				day(List.of(item("H1", "1", "C01", Team.SUPERVISOR, true, "C01", "300.00", "1200.00", "1200.00"))),
				DailyReview.History.NONE), "C01")
			.recoveryRate()).isEqualByComparingTo("1.0000");
	}

	@Test
	void contactsAndPromisesCountForWhoRecordedThemOnTheDayTheyWereMadeOrJudged() {
		Contact call = contact("K1", "C02", D, Outcome.NO_ANSWER, null);
		Contact earlier = contact("K2", "C02", D.minusDays(3), Outcome.NO_ANSWER, null);
		Contact promisedToday = contact("K3", "C01", D, Outcome.PROMISED, D.plusDays(5));
		Contact dueYesterday = contact("K4", "C01", D.minusDays(6), Outcome.PROMISED, D.minusDays(1));
		Contact keptYesterday = contact("K5", "C02", D.minusDays(6), Outcome.PROMISED, D.minusDays(1));
		List<Promise> promises = List.of(promise(promisedToday, PromiseStatus.OPEN),
				promise(dueYesterday, PromiseStatus.BROKEN), promise(keptYesterday, PromiseStatus.KEPT));
		ReviewItem item = new ReviewItem("H1", "E01", "1", "C01", Team.SUPERVISOR, false, "C01",
				new BigDecimal("300.00"), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), true,
				List.of(call, earlier, promisedToday, dueYesterday, keptYesterday), promises);
		List<ReviewLine> day = DailyReview.of(day(List.of(item)), DailyReview.History.NONE);
		assertThat(line(day, "C01"))
			.extracting(ReviewLine::contacts, ReviewLine::promisesMade, ReviewLine::promisesKept,
					ReviewLine::promisesBroken, ReviewLine::limitation)
			.containsExactly(1, 1, 0, 1, 1);
		assertThat(line(day, "C02"))
			.extracting(ReviewLine::contacts, ReviewLine::promisesMade, ReviewLine::promisesKept,
					ReviewLine::promisesBroken)
			.containsExactly(1, 0, 1, 0);
		// the month counts from the first: every contact and promise of March
		List<ReviewLine> month = DailyReview.month(day(List.of(item)));
		assertThat(line(month, "C01"))
			.extracting(ReviewLine::contacts, ReviewLine::promisesMade, ReviewLine::promisesKept,
					ReviewLine::promisesBroken)
			.containsExactly(2, 2, 0, 1);
		assertThat(line(month, "C02"))
			.extracting(ReviewLine::contacts, ReviewLine::promisesMade, ReviewLine::promisesKept)
			.containsExactly(3, 1, 1);
	}

	@Test
	void equalRatesShareARankTheNextSkipsAndTiesForLastAreAllLast() {
		List<ReviewLine> ranked = DailyReview
			.rank(List.of(rated("C01", "0.5000"), rated("C02", "0.5000"), rated("C03", "0.2000"),
					rated("C04", "0.2000"), rated("C05", "0.9000"), rated("-", "0.0100"), rated("C06", null)));
		assertThat(ranked).extracting(ReviewLine::collectorCode, ReviewLine::rank, ReviewLine::last)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C01", 2, false),
					org.assertj.core.groups.Tuple.tuple("C02", 2, false),
					org.assertj.core.groups.Tuple.tuple("C03", 4, true),
					org.assertj.core.groups.Tuple.tuple("C04", 4, true),
					org.assertj.core.groups.Tuple.tuple("C05", 1, false),
					org.assertj.core.groups.Tuple.tuple("-", null, false),
					org.assertj.core.groups.Tuple.tuple("C06", null, false));
	}

	@Test
	void aLoneCollectorOrAllEqualIsNotLast() {
		assertThat(DailyReview.rank(List.of(rated("C01", "0.1000"), rated("C02", null))))
			.extracting(ReviewLine::rank, ReviewLine::last)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, false),
					org.assertj.core.groups.Tuple.tuple(null, false));
		assertThat(DailyReview.rank(List.of(rated("C01", "0.1000"), rated("C02", "0.1000"))))
			.extracting(ReviewLine::rank, ReviewLine::last)
			.containsOnly(org.assertj.core.groups.Tuple.tuple(1, false));
	}

	@Test
	void lastTodayAndOnEachOfTheTwoDaysBeforeIsMarkedAndAGapBreaksTheRun() {
		List<ReviewItem> items = List.of(
				item("H1", "1", "C01", Team.SUPERVISOR, false, "C01", "300.00", "0.00", "300.00"),
				item("H2", "2", "C02", Team.SUPERVISOR, false, "C02", "300.00", "0.00", "0.00"));
		DailyReview.History running = (estate, date) -> date.isBefore(D) && !date.isBefore(D.minusDays(2))
				? Set.of("C02") : Set.of();
		assertThat(line(DailyReview.of(day(items), running), "C02").lastThreeDays()).isTrue();
		assertThat(line(DailyReview.of(day(items), running), "C01").lastThreeDays()).isFalse();
		DailyReview.History gap = (estate, date) -> date.equals(D.minusDays(1)) ? Set.of("C02") : Set.of();
		assertThat(line(DailyReview.of(day(items), gap), "C02").lastThreeDays()).isFalse();
		// last on the days before but not today: not marked
		List<ReviewItem> recovered = new ArrayList<>(items);
		recovered.set(1, item("H2", "2", "C02", Team.SUPERVISOR, false, "C02", "300.00", "300.00", "300.00"));
		recovered.set(0, item("H1", "1", "C01", Team.SUPERVISOR, false, "C01", "300.00", "0.00", "0.00"));
		assertThat(line(DailyReview.of(day(recovered), running), "C02").lastThreeDays()).isFalse();
	}

	private static ReviewLine rated(String code, String rate) {
		return new ReviewLine("E01", code, null, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				rate == null ? null : new BigDecimal(rate), 0, 0, 0, 0, 0, null, false, false);
	}

	private static Contact contact(String reference, String collector, LocalDate on, Outcome outcome,
			LocalDate promiseDate) {
		return new Contact(reference, "H1", collector, on, Channel.PHONE, outcome, promiseDate, null, null, RECORDED);
	}

	private static Promise promise(Contact contact, PromiseStatus status) {
		return new Promise(contact, new BigDecimal("300.00"), true, null, status, BigDecimal.ZERO.setScale(2));
	}

}
