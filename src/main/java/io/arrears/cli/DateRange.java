package io.arrears.cli;

import java.time.LocalDate;

/**
 * The rule shared by the commands that take {@code --as-of D} or
 * {@code --from D1 --to D2}.
 */
final class DateRange {

	private DateRange() {
	}

	static void check(LocalDate asOf, LocalDate from, LocalDate to) {
		if (asOf != null && (from != null || to != null)) {
			throw new IllegalArgumentException("give either --as-of or --from and --to, not both");
		}
		if (asOf == null && (from == null || to == null)) {
			throw new IllegalArgumentException("give --as-of D, or --from D1 and --to D2");
		}
		if (from != null && to.isBefore(from)) {
			throw new IllegalArgumentException("--to " + to + " is before --from " + from);
		}
	}

	static void checkRange(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw new IllegalArgumentException("give --from D1 and --to D2");
		}
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("--to " + to + " is before --from " + from);
		}
	}

}
