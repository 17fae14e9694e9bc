package io.arrears.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A row of {@code contacts.csv} (催收记录, SPEC §9): one call, visit or message. It counts
 * from {@code contactedOn}; a replay sees it from {@code recordedAt} on.
 *
 * @param promiseDate set exactly when the outcome is {@code PROMISED}
 * @param promiseAmount null for the overdue principal on {@code contactedOn}
 * @param note may hold personal data: never on a public document
 */
public record Contact(String reference, String householdCode, String collectorCode, LocalDate contactedOn,
		Channel channel, Outcome outcome, LocalDate promiseDate, BigDecimal promiseAmount, String note,
		LocalDateTime recordedAt) {

	public Contact {
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(householdCode, "householdCode");
		Objects.requireNonNull(contactedOn, "contactedOn");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(recordedAt, "recordedAt");
		if ((outcome == Outcome.PROMISED) != (promiseDate != null)) {
			throw new IllegalArgumentException(reference + ": a promise date goes with a PROMISED outcome only");
		}
	}

	public boolean isPromise() {
		return outcome == Outcome.PROMISED;
	}
}
