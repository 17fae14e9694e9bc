package io.arrears.audit;

import java.time.LocalDate;

/**
 * One difference between what a re-run computes for a household on a date and what was
 * recorded; or, of kind {@link Kind#WITHHELD}, a notice neither issued that the report
 * explains by the promise or hold that kept it back, and of kind {@link Kind#KEPT_OFF} a
 * household neither public list named that the report explains the same way (not
 * differences).
 *
 * @param householdCode the household; for a difference about a whole document or one of
 * its estate-wide figures, the estate
 * @param subject what differs within the kind: the charge of a late fee, the notice's
 * kind and number, "stage", a document's kind and line
 * @param expected what the re-run computes, in words an auditor can read ("none" when
 * nothing)
 * @param recorded what the ledger, stage history or registry holds ("none" when nothing)
 * @param finding what a notice row means for the owner ({@link Finding}); null for the
 * other kinds, and for a notice replaced by another
 * @param notice the notice the finding is about: kind, number and episode
 * ({@code REMINDER 7 episode 2026-01-05}); null without a finding
 * @param cause the promise or hold behind the finding, null when none is
 */
public record Difference(LocalDate asOf, String householdCode, Kind kind, String subject, String expected,
		String recorded, Finding finding, String notice, Cause cause) {

	public Difference(LocalDate asOf, String householdCode, Kind kind, String subject, String expected,
			String recorded) {
		this(asOf, householdCode, kind, subject, expected, recorded, null, null, null);
	}

	/**
	 * Whether the row counts as a difference: every kind but {@link Kind#WITHHELD} and
	 * {@link Kind#KEPT_OFF}.
	 */
	public boolean isDifference() {
		return kind != Kind.WITHHELD && kind != Kind.KEPT_OFF;
	}

	/** What a notice row says happened, or should have (SPEC §9 with §6). */
	public enum Finding {

		/**
		 * Not a difference: the re-run and the record agree that no notice went out, and
		 * the cause is the promise or hold that kept it back.
		 */
		EXPLAINED,
		/**
		 * The notice was issued on the date but, under the promises and holds the re-run
		 * sees (a restatement: those known now, a backdated hold included), should not
		 * have gone out; the cause is the promise or hold that now covers the date, when
		 * one does.
		 */
		SHOULD_NOT_HAVE_GONE_OUT,
		/**
		 * The re-run issues a notice the date did not: once the hold that covered it ends
		 * (no back-fill), or because the promise or hold that kept it back (the cause, as
		 * recorded) no longer covers the date.
		 */
		WOULD_BE_ISSUED

	}

	/**
	 * The promise or hold behind a notice finding.
	 *
	 * @param type {@code HOLD} or {@code PROMISE}
	 * @param reason the hold's reason ({@code DISPUTE}, {@code HARDSHIP} …) or
	 * {@code PROMISED}
	 * @param reference the hold's or the contact's reference
	 * @param from the hold's from date or the promise's contact date; null until the
	 * report reads the run's rows back (the rules do not carry it)
	 * @param until the hold's until date or the promise date
	 */
	public record Cause(String type, String reason, String reference, LocalDate from, LocalDate until) {

		/** In words, for the expected and recorded columns. */
		String describe() {
			return type + " " + reference + " (" + reason + (until == null ? "" : " until " + until) + ")";
		}

	}

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
		CARD,
		/**
		 * Not a difference: the notice the stage called for, kept back by a promise or a
		 * hold in the re-run and not issued on the date either (finding
		 * {@link Finding#EXPLAINED}).
		 */
		WITHHELD,
		/**
		 * Not a difference: a household a public list would name, kept off it by a
		 * promise or hold in the re-run and not listed on the list posted either (finding
		 * {@link Finding#EXPLAINED}; the notice column holds the list's kind).
		 */
		KEPT_OFF

	}
}
