package io.arrears.dunning;

import java.util.EnumSet;
import java.util.List;

/**
 * The escalation ladder as ordered data: each stage with the day overdue from which it
 * applies. Built from {@code jobs/rules.yml}; a ladder out of order or with a gap fails
 * at start-up, naming the row.
 */
public record Ladder(List<Rung> rungs) {

	/** One row of the ladder. */
	public record Rung(Stage stage, int fromDay) {
	}

	public Ladder {
		rungs = List.copyOf(rungs);
		Stage[] expected = EnumSet.complementOf(EnumSet.of(Stage.CURRENT)).toArray(Stage[]::new);
		if (rungs.size() != expected.length) {
			throw new IllegalArgumentException("arrears.ladder must have " + expected.length
					+ " rows, one per stage from GRACE to LEGAL, but has " + rungs.size());
		}
		int previous = 0;
		for (int i = 0; i < rungs.size(); i++) {
			Rung rung = rungs.get(i);
			if (rung.stage() != expected[i]) {
				throw new IllegalArgumentException("arrears.ladder[" + i + "] is " + rung.stage() + " but must be "
						+ expected[i] + ": the ladder lists every stage once, in order");
			}
			if (rung.fromDay() <= previous) {
				throw new IllegalArgumentException("arrears.ladder[" + i + "] (" + rung.stage() + ") starts on day "
						+ rung.fromDay() + ", which must be after day " + previous + " of the row before");
			}
			previous = rung.fromDay();
		}
	}

	/** The ladder of SPEC §3. */
	public static Ladder standard() {
		int[] days = { 1, 5, 15, 18, 22, 25, 29, 32, 36, 39, 43, 46, 50, 60, 75 };
		Stage[] stages = EnumSet.complementOf(EnumSet.of(Stage.CURRENT)).toArray(Stage[]::new);
		Rung[] rungs = new Rung[stages.length];
		for (int i = 0; i < stages.length; i++) {
			rungs[i] = new Rung(stages[i], days[i]);
		}
		return new Ladder(List.of(rungs));
	}

	/** The last stage whose first day is on or before {@code daysOverdue}. */
	public Stage stageFor(long daysOverdue) {
		Stage stage = Stage.CURRENT;
		for (Rung rung : rungs) {
			if (rung.fromDay() > daysOverdue) {
				break;
			}
			stage = rung.stage();
		}
		return stage;
	}
}
