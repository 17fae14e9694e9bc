package io.arrears.collection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A household's holds and releases (SPEC §9). A hold is active on D when
 * {@code from_date ≤ D ≤ until_date} and no {@code RELEASE} that follows it starts on or
 * before D.
 */
public final class Holds {

	private static final Comparator<Hold> ORDER = Comparator.comparing(Hold::fromDate)
		.thenComparing(Hold::recordedAt)
		.thenComparing(Hold::reference);

	private final List<Hold> rows;

	private Holds(List<Hold> rows) {
		this.rows = rows;
	}

	/** The holds and releases given (pass only those the run may see). */
	public static Holds of(Collection<Hold> rows) {
		return new Holds(rows.stream().sorted(ORDER).toList());
	}

	/** The holds active on {@code date}, earliest first. */
	public List<Hold> activeOn(LocalDate date) {
		return rows.stream().filter(h -> isActive(h, date)).toList();
	}

	private boolean isActive(Hold hold, LocalDate date) {
		if (hold.isRelease() || date.isBefore(hold.fromDate()) || date.isAfter(hold.untilDate())) {
			return false;
		}
		for (Hold release : rows) {
			if (release.releases(hold) && !release.fromDate().isAfter(date)) {
				return false;
			}
		}
		return true;
	}

	/** Every row, releases included, in the order of their first day. */
	public List<Hold> all() {
		return rows;
	}

}
