package io.arrears.collection;

import java.time.LocalDate;

import io.arrears.dunning.NoticeDue;

/**
 * A per-household notice the stage called for and a promise or hold kept back: what the
 * run records so that an audit can say why it was not issued.
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
