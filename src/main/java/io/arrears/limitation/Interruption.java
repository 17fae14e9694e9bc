package io.arrears.limitation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day on which the limitation period of a household's charges starts again, with what
 * proves it: the case file states it as the evidence of the interruption.
 *
 * @param evidence the payment's or contact's reference, the hold's reference, or a
 * receipt's method and tracking number
 */
public record Interruption(StartKind kind, LocalDate on, String evidence) {

	public Interruption {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(on, "on");
		if (kind == StartKind.DUE) {
			throw new IllegalArgumentException("a due date is not an interruption: the clock starts there anyway");
		}
	}
}
