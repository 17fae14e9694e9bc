package io.arrears.collection;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a run may see of the rows recorded by people (contacts, holds, receipts,
 * collectors): a replay of a date sees only those recorded before the end of that date
 * (SPEC §6), a restatement everything known now. A parameter, never a clock.
 *
 * @param before rows recorded at or after this instant are not seen; null for everything
 */
public record Visibility(LocalDateTime before) {

	/** Everything known now: a live run, or a restatement. */
	public static Visibility everything() {
		return new Visibility(null);
	}

	/** What the run of {@code date} knew: rows recorded before the end of that date. */
	public static Visibility endOf(LocalDate date) {
		return new Visibility(date.plusDays(1).atStartOfDay());
	}

	public boolean sees(LocalDateTime recordedAt) {
		return before == null || recordedAt.isBefore(before);
	}

}
