package io.arrears.finance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An estate's aging report as of a date (docs/month-end.md): every stage, every
 * days-overdue bucket and the total, as the month-end pack prints them.
 */
public record AgingReport(String estateCode, LocalDate asOf, List<AgingRow> byStage, List<AgingRow> byDays,
		AgingRow total) {

	public AgingReport {
		byStage = List.copyOf(byStage);
		byDays = List.copyOf(byDays);
	}

	/**
	 * What the report states, a line per subject ({@code stage REMINDER_1},
	 * {@code days_overdue 31-60}, {@code stage TOTAL} …), in the order printed: what an
	 * audit compares.
	 */
	public Map<String, String> lines() {
		Map<String, String> lines = new LinkedHashMap<>();
		lines(lines, MonthEndCsv.STAGE, byStage);
		lines(lines, MonthEndCsv.DAYS_OVERDUE, byDays);
		return lines;
	}

	private void lines(Map<String, String> lines, String dimension, List<AgingRow> rows) {
		for (AgingRow row : rows) {
			lines.put(dimension + " " + row.key(), describe(row));
		}
		lines.put(dimension + " " + total.key(), describe(total));
	}

	private static String describe(AgingRow row) {
		return "households=" + row.households() + " principal=" + row.principalOverdue() + " late-fee-posted="
				+ row.lateFeePosted() + " late-fee-outstanding=" + row.lateFeeOutstanding() + " prior-year="
				+ row.priorYearPrincipal();
	}

}
