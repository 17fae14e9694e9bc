package io.arrears.dunning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A notice the stage called for and the run did not issue, and why (SPEC §9): kept for
 * {@code notice_suppression}, so that an audit can explain a notice that did not go out.
 *
 * @param cause {@code PROMISE} or {@code HOLD}
 * @param reason the hold's reason, or {@code PROMISED}
 * @param causeReference the contact or hold that kept it back
 * @param until the promise date or the hold's until date
 */
public record Withheld(NoticeDue notice, String cause, String reason, String causeReference, LocalDate until) {

	public Withheld {
		Objects.requireNonNull(notice, "notice");
		Objects.requireNonNull(cause, "cause");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(causeReference, "causeReference");
	}
}
