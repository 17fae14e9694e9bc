package io.arrears.finance;

import java.math.BigDecimal;

/**
 * One line of the aging report: the households of a stage or a days-overdue bucket and
 * what they owe, summed to the fen.
 *
 * @param key the stage name or the bucket label; "TOTAL" for the total line
 */
record AgingRow(String key, int households, BigDecimal principalOverdue, BigDecimal lateFeePosted,
		BigDecimal lateFeeOutstanding, BigDecimal priorYearPrincipal) {

	static final String TOTAL = "TOTAL";

	private static final BigDecimal ZERO = new BigDecimal("0.00");

	static AgingRow empty(String key) {
		return new AgingRow(key, 0, ZERO, ZERO, ZERO, ZERO);
	}

	AgingRow plus(AgingRow other, String key) {
		return new AgingRow(key, households + other.households, principalOverdue.add(other.principalOverdue),
				lateFeePosted.add(other.lateFeePosted), lateFeeOutstanding.add(other.lateFeeOutstanding),
				priorYearPrincipal.add(other.priorYearPrincipal));
	}
}
