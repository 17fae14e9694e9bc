package io.arrears.collection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A row of {@code holds.csv} (暂停催缴, SPEC §9), or a {@code RELEASE} that ends the
 * household's holds early.
 *
 * @param untilDate null for a {@code RELEASE}, set for every other reason
 */
public record Hold(String reference, String householdCode, HoldReason reason, LocalDate fromDate, LocalDate untilDate,
		String approvedBy, String note, LocalDateTime recordedAt) {

	public Hold {
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(householdCode, "householdCode");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(fromDate, "fromDate");
		Objects.requireNonNull(recordedAt, "recordedAt");
		if ((reason == HoldReason.RELEASE) != (untilDate == null)) {
			throw new IllegalArgumentException(reference + ": every hold but a RELEASE has an until date");
		}
	}

	public boolean isRelease() {
		return reason == HoldReason.RELEASE;
	}

	/**
	 * Whether this {@code RELEASE} ends {@code hold}: it starts on or after the hold's
	 * first day, and on that same day only when recorded after it (a hold placed the day
	 * of a release is a new decision, not the one released).
	 */
	boolean releases(Hold hold) {
		if (!isRelease() || hold.isRelease()) {
			return false;
		}
		int order = fromDate.compareTo(hold.fromDate);
		return order > 0 || order == 0 && !recordedAt.isBefore(hold.recordedAt);
	}
}
