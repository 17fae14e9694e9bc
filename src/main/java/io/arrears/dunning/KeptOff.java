package io.arrears.dunning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why a household in arrears is kept off the bulletin and the open letter on a date (SPEC
 * §9): the promise that holds or the hold that is active. Carried with the day's dunning
 * so that an audit of the public lists can say which household a hold kept off, as it
 * says which notice a hold kept back ({@link Withheld}).
 *
 * @param cause {@code PROMISE} or {@code HOLD}
 * @param reason the hold's reason, or {@code PROMISED}
 * @param reference the contact or hold that keeps it off
 * @param until the promise date or the hold's until date, null for a hold without one
 */
public record KeptOff(String cause, String reason, String reference, LocalDate until) {

	public KeptOff {
		Objects.requireNonNull(cause, "cause");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(reference, "reference");
	}

}
