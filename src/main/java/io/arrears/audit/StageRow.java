package io.arrears.audit;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.arrears.document.Money;
import io.arrears.dunning.Assessment;

/**
 * A stage-history row, as recorded or as a re-run computes it; compared field by field.
 */
record StageRow(String stage, int daysOverdue, LocalDate oldestDueDate, BigDecimal principalOverdue,
		BigDecimal lateFeePosted, BigDecimal lateFeeOutstanding, BigDecimal priorYearPrincipal, String team) {

	StageRow {
		principalOverdue = Money.of(principalOverdue);
		lateFeePosted = Money.of(lateFeePosted);
		lateFeeOutstanding = Money.of(lateFeeOutstanding);
		priorYearPrincipal = Money.of(priorYearPrincipal);
	}

	static StageRow of(Assessment a) {
		return new StageRow(a.stage().name(), a.daysOverdue(), a.oldestDueDate(), a.principalOverdue(),
				a.lateFeePosted(), a.lateFeeOutstanding(), a.priorYearPrincipal(),
				a.team() == null ? null : a.team().name());
	}

	/** The row in words, the same for both sides of a difference. */
	String describe() {
		return stage + " days=" + daysOverdue + " oldest-due=" + (oldestDueDate == null ? "-" : oldestDueDate)
				+ " principal=" + principalOverdue + " late-fee-posted=" + lateFeePosted + " late-fee-outstanding="
				+ lateFeeOutstanding + " prior-year=" + priorYearPrincipal + " team=" + (team == null ? "-" : team);
	}
}
