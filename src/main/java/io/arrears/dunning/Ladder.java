package io.arrears.dunning;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The escalation ladder as ordered data (SPEC §3): each stage with the day overdue from
 * which it applies and what a household on it gets, the way Kill Bill's overdue states
 * carry their consequences. Built from {@code jobs/rules.yml}; a ladder out of order,
 * with a gap or with consequences that contradict each other fails at start-up, naming
 * the row.
 */
public record Ladder(List<Rung> rungs) {

	/**
	 * One row of the ladder.
	 *
	 * @param notice the per-household notice a household on this rung is issued (once per
	 * episode), null for none
	 * @param team the team that works a household on this rung unless the prior-year or
	 * dispute rules of SPEC §3 say otherwise, null for none
	 * @param lateFees whether late fees post (and notices state the accrued fee) from
	 * this rung
	 * @param bulletin whether a household on this rung is listed on the estate's bulletin
	 * board
	 * @param openLetter whether a household on this rung is named in the open letter
	 */
	public record Rung(Stage stage, int fromDay, Notice notice, Team team, boolean lateFees, boolean bulletin,
			boolean openLetter) {

		/**
		 * Where a household not overdue, or not yet at the first rung, stands: nothing.
		 */
		static final Rung CURRENT = new Rung(Stage.CURRENT, 0, null, null, false, false, false);

	}

	/**
	 * A per-household notice of a rung.
	 *
	 * @param number the reminder's number, 1 to 10; 0 for the other kinds
	 */
	public record Notice(NoticeKind kind, int number) {
	}

	private static final int REMINDERS = 10;

	public Ladder {
		rungs = List.copyOf(rungs);
		Stage[] expected = EnumSet.complementOf(EnumSet.of(Stage.CURRENT)).toArray(Stage[]::new);
		if (rungs.size() != expected.length) {
			throw new IllegalArgumentException("arrears.ladder must have " + expected.length
					+ " rows, one per stage from GRACE to LEGAL, but has " + rungs.size());
		}
		Rung previous = Rung.CURRENT;
		int lastReminder = 0;
		Set<Notice> notices = new HashSet<>();
		for (int i = 0; i < rungs.size(); i++) {
			Rung rung = rungs.get(i);
			String row = "arrears.ladder[" + i + "] (" + rung.stage() + ")";
			if (rung.stage() != expected[i]) {
				throw new IllegalArgumentException("arrears.ladder[" + i + "] is " + rung.stage() + " but must be "
						+ expected[i] + ": the ladder lists every stage once, in order");
			}
			if (rung.fromDay() <= previous.fromDay()) {
				throw new IllegalArgumentException(row + " starts on day " + rung.fromDay()
						+ ", which must be after day " + previous.fromDay() + " of the row before");
			}
			Notice notice = rung.notice();
			if (notice != null) {
				if (notice.kind() == NoticeKind.REMINDER
						&& (notice.number() < 1 || notice.number() > REMINDERS || notice.number() <= lastReminder)) {
					throw new IllegalArgumentException(
							row + " issues reminder " + notice.number() + ": reminders are numbered 1 to " + REMINDERS
									+ ", each after the one before (" + lastReminder + ")");
				}
				if (notice.kind() != NoticeKind.REMINDER && notice.number() != 0) {
					throw new IllegalArgumentException(row + " gives its " + notice.kind() + " number "
							+ notice.number() + ": only reminders are numbered");
				}
				if (notice.kind() == NoticeKind.CASE_FILE && rung.stage() != Stage.LEGAL) {
					throw new IllegalArgumentException(row + " issues the case file, which belongs to LEGAL");
				}
				if (!notices.add(notice)) {
					throw new IllegalArgumentException(row + " issues " + notice.kind() + " " + notice.number()
							+ " again: a notice is issued at most once per episode");
				}
				if (notice.kind() == NoticeKind.REMINDER) {
					lastReminder = notice.number();
				}
			}
			checkStaysOn(row, "late-fees", previous.lateFees(), rung.lateFees());
			checkStaysOn(row, "bulletin", previous.bulletin(), rung.bulletin());
			checkStaysOn(row, "open-letter", previous.openLetter(), rung.openLetter());
			previous = rung;
		}
	}

	/** Late fees and the public lists apply from a rung on: none stops further up. */
	private static void checkStaysOn(String row, String consequence, boolean before, boolean now) {
		if (before && !now) {
			throw new IllegalArgumentException(row + " has no " + consequence
					+ " though the row before has: it applies from a row on, to every row after");
		}
	}

	/**
	 * The last rung whose first day is on or before {@code daysOverdue}; one without
	 * consequences ({@code CURRENT}) before the first.
	 */
	public Rung rungFor(long daysOverdue) {
		Rung found = Rung.CURRENT;
		for (Rung rung : rungs) {
			if (rung.fromDay() > daysOverdue) {
				break;
			}
			found = rung;
		}
		return found;
	}

	/** The stage of {@link #rungFor(long)}. */
	public Stage stageFor(long daysOverdue) {
		return rungFor(daysOverdue).stage();
	}

	/** The rung of a stage; for {@code CURRENT} one without consequences. */
	public Rung rung(Stage stage) {
		return stage == Stage.CURRENT ? Rung.CURRENT : rungs.get(stage.ordinal() - 1);
	}

}
