package io.arrears.limitation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A row of {@code receipts.csv} (SPEC §10): proof that an issued notice reached the
 * owner.
 *
 * @param tracking the tracking number, or the witness of a hand delivery; empty when none
 * @param recordedAt when it entered the system; a replay sees it from then on
 */
public record Receipt(NoticeKey notice, LocalDate receivedOn, ReceiptMethod method, String tracking,
		LocalDateTime recordedAt) {

	public Receipt {
		Objects.requireNonNull(notice, "notice");
		Objects.requireNonNull(receivedOn, "receivedOn");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(recordedAt, "recordedAt");
		tracking = tracking == null ? "" : tracking;
	}

	/** The evidence as the case file states it: the method, then the tracking number. */
	public String evidence() {
		return tracking.isEmpty() ? method.name() : method.name() + " " + tracking;
	}
}
