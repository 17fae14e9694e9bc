package io.arrears.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A household's position as of a date: one row of the stage history and of the arrears
 * export (SPEC §7), with the overdue charges behind it.
 *
 * @param daysOverdue 0 and {@code oldestDueDate} null when {@code CURRENT}
 * @param principalOverdue as SPEC §3, also when below the minimum
 * @param team null when none
 */
public record Assessment(String householdCode, LocalDate asOf, Stage stage, int daysOverdue, LocalDate oldestDueDate,
		BigDecimal principalOverdue, BigDecimal lateFeePosted, BigDecimal lateFeeOutstanding,
		BigDecimal priorYearPrincipal, Team team, List<ArrearsLine> lines) {

	public Assessment {
		lines = List.copyOf(lines);
	}
}
