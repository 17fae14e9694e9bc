package io.arrears.collection;

import java.time.LocalDate;

import io.arrears.dunning.NoticeDue;

/**
 * A per-household notice the stage called for and a promise or hold kept back: what the
 * run records ({@code notice_suppression}) so that an audit can say why it was not
 * issued. The stage calls for its notice on every day of the stage, so the rule reports
 * one on each held day; the run records it only when the registry has not issued that
 * notice in the episode yet (else nothing was kept back).
 *
 * @param cause {@code PROMISE} or {@code HOLD}
 * @param reason the hold's reason, or {@code PROMISED}
 * @param reference the contact or hold that kept it back
 * @param until the promise's date or the hold's until date: when the ladder speaks again
 */
public record Suppression(NoticeDue notice, Cause cause, String reason, String reference, LocalDate until) {

	/** What kept a notice back. */
	public enum Cause {

		PROMISE, HOLD

	}
}
