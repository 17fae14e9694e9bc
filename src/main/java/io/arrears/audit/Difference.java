package io.arrears.audit;

import java.time.LocalDate;

/**
 * One difference between what a re-run computes for a household on a date and what was
 * recorded.
 *
 * @param subject what differs within the kind: the charge of a late fee, the notice's
 * kind and number, "stage"
 * @param expected what the re-run computes, in words an auditor can read ("none" when
 * nothing)
 * @param recorded what the ledger, stage history or registry holds ("none" when nothing)
 */
public record Difference(LocalDate asOf, String householdCode, Kind kind, String subject, String expected,
		String recorded) {

	/** What differs. */
	public enum Kind {

		/** The stage row: stage, days overdue, oldest due date, amounts, team. */
		STAGE,
		/** The late fee posted on the date for one charge. */
		LATE_FEE,
		/** A notice issued on the date, or not, or another one. */
		NOTICE,
		/** The same notice, stating other amounts or lines. */
		NOTICE_CONTENT

	}
}
