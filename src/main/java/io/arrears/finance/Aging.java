package io.arrears.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.arrears.dunning.Stage;

/**
 * The aging report's grouping (docs/month-end.md), the one implementation: households
 * counted and their amounts summed per estate by stage and by days-overdue bucket, every
 * stage and bucket shown, empty ones too, and the total. The month-end job feeds it the
 * date's stage history and an audit re-run its own standings, so the re-run compares
 * standings, never two ways of adding them up. Plain Java: it holds one row per estate
 * and group, not one per household.
 */
final class Aging {

	private final AgingBuckets buckets;

	private final Map<String, Map<String, AgingRow>> byStage = new HashMap<>();

	private final Map<String, Map<String, AgingRow>> byDays = new HashMap<>();

	Aging(AgingBuckets buckets) {
		this.buckets = buckets;
	}

	/** Counts one household of the estate as it stood. */
	void add(String estateCode, String stage, int daysOverdue, BigDecimal principalOverdue, BigDecimal lateFeePosted,
			BigDecimal lateFeeOutstanding, BigDecimal priorYearPrincipal) {
		add(byStage, estateCode, stage, principalOverdue, lateFeePosted, lateFeeOutstanding, priorYearPrincipal);
		add(byDays, estateCode, buckets.labelOf(daysOverdue), principalOverdue, lateFeePosted, lateFeeOutstanding,
				priorYearPrincipal);
	}

	/** An estate's report: every stage and bucket, empty ones too, and the total. */
	AgingReport report(String estateCode, LocalDate asOf) {
		List<AgingRow> stages = complete(byStage.get(estateCode), stageKeys());
		List<AgingRow> days = complete(byDays.get(estateCode), buckets.labels());
		AgingRow total = stages.stream().reduce(AgingRow.empty(AgingRow.TOTAL), (a, b) -> a.plus(b, AgingRow.TOTAL));
		return new AgingReport(estateCode, asOf, stages, days, total);
	}

	private static void add(Map<String, Map<String, AgingRow>> rows, String estate, String key, BigDecimal principal,
			BigDecimal lateFeePosted, BigDecimal lateFeeOutstanding, BigDecimal priorYear) {
		AgingRow one = new AgingRow(key, 1, fen(principal), fen(lateFeePosted), fen(lateFeeOutstanding),
				fen(priorYear));
		rows.computeIfAbsent(estate, e -> new HashMap<>()).merge(key, one, (x, y) -> x.plus(y, key));
	}

	/** An amount as the database holds it: to the fen, scale 2. */
	private static BigDecimal fen(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	private static List<String> stageKeys() {
		return Arrays.stream(Stage.values()).map(Stage::name).toList();
	}

	/** Every key in order, a zero row where no household is. */
	private static List<AgingRow> complete(Map<String, AgingRow> found, List<String> keys) {
		Map<String, AgingRow> rows = found == null ? Map.of() : found;
		if (!keys.containsAll(rows.keySet())) {
			// a stage the code does not know would vanish from the totals: refuse rather
			// than misreport
			throw new IllegalStateException("stage_history holds groups the report does not know: " + rows.keySet());
		}
		List<AgingRow> all = new ArrayList<>(keys.size());
		for (String key : keys) {
			all.add(rows.getOrDefault(key, AgingRow.empty(key)));
		}
		return all;
	}

}
