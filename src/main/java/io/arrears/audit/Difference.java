package io.arrears.audit;

import java.time.LocalDate;

/**
 * One difference between what a re-run computes for a household on a date and what was
 * recorded.
 *
 * @param householdCode the household; for a difference about a whole document or one of
 * its estate-wide figures, the estate
 * @param subject what differs within the kind: the charge of a late fee, the notice's
 * kind and number, "stage", a document's kind and line
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
		NOTICE_CONTENT,
		/**
		 * A document of an estate (bulletin, open letter, aging report) posted or not, or
		 * posted from other data than its date's.
		 */
		DOCUMENT,
		/**
		 * A line of a public list: a household listed or not, or with other figures; or
		 * the list's own figures (households, paid, deadline).
		 */
		LISTED,
		/** A line of the month-end aging report: a stage, a bucket or the total. */
		AGING,
		/**
		 * A festival card: sent or not, or stating another warm reminder (code = the
		 * household).
		 */
		CARD

	}
}
