package io.arrears.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.arrears.latefee.Posting;
import io.arrears.ledger.LedgerEntry;

/**
 * The rules alone, without a database, replay the shared vectors day by day: the dunning
 * run's arithmetic is right before any job is involved.
 */
class VectorRulesTest {

	@ParameterizedTest
	@CsvSource({ "basic, 2026-01-01, 2026-04-30, MONTH_END, expected-arrears-2026-04-30.csv",
			"basic, 2026-01-01, 2026-04-30, DAILY, expected-arrears-2026-04-30-daily.csv",
			"estate60, 2026-01-01, 2026-06-30, MONTH_END, expected-arrears-2026-06-30.csv" })
	void dailyRunsReproduceTheExpectedArrears(String vector, LocalDate from, LocalDate to, Posting posting,
			String expectedFile) {
		Assessor assessor = new Assessor(ShippedRules.posting(posting));
		Map<String, HouseholdLedger> households = VectorFiles.households(vector);
		TreeSet<String> notices = new TreeSet<>();
		List<String> export = new ArrayList<>();

		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			for (Map.Entry<String, HouseholdLedger> h : households.entrySet()) {
				Dunning dunning = assessor.assess(h.getValue(), day);
				if (!dunning.lateFees().isEmpty()) {
					List<LedgerEntry> entries = new ArrayList<>(h.getValue().entries());
					entries.addAll(dunning.lateFees());
					h.setValue(new HouseholdLedger(h.getKey(), h.getValue().tags(), entries));
				}
				NoticeDue notice = dunning.notice();
				if (notice != null && notice.kind() != NoticeKind.CASE_FILE) {
					String key = String.join(",", h.getKey(), notice.kind().name(), Integer.toString(notice.number()),
							notice.episodeDueDate().toString());
					if (notices.stream().noneMatch(n -> n.startsWith(key + ","))) {
						notices.add(key + "," + day);
					}
				}
				if (day.equals(to)) {
					export.add(ArrearsCsv.line(dunning.assessment()));
				}
			}
		}

		List<String> expected = VectorFiles.lines(vector, expectedFile);
		assertThat(export).containsExactlyElementsOf(expected.subList(1, expected.size()));
		if (posting == Posting.MONTH_END) {
			List<String> expectedNotices = VectorFiles.lines(vector, "expected-notices.csv");
			assertThat(new ArrayList<>(notices))
				.containsExactlyInAnyOrderElementsOf(expectedNotices.subList(1, expectedNotices.size()));
		}
	}

}
