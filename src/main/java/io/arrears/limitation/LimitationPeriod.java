package io.arrears.limitation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One overdue charge's limitation period as of a date: a line of
 * {@code export limitation} (SPEC §10) and what the case file states of it.
 *
 * @param outstanding its unpaid principal at the end of the as-of date
 * @param lastStartDate the due date, or the latest interruption on or before the as-of
 * date
 * @param ends the last day on which the charge can still be claimed in court
 * @param daysLeft {@code ends − asOf}, negative once the period has ended
 * @param interruptions every interruption that restarted this charge's period, in date
 * order: the evidence the case file states
 */
public record LimitationPeriod(String householdCode, String chargeReference, LocalDate dueDate, BigDecimal outstanding,
		StartKind lastStartKind, LocalDate lastStartDate, LocalDate ends, long daysLeft,
		List<Interruption> interruptions) {

	public LimitationPeriod {
		interruptions = List.copyOf(interruptions);
	}

	/** Whether the charge can no longer be claimed in court. */
	public boolean hasEnded() {
		return daysLeft < 0;
	}
}
