package io.arrears.dunning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the dunning run carries out of a household's planned dunning, given what else is
 * known of it (SPEC §9: promises and holds). Declared here and implemented by the
 * collection module, which depends on this one: the ladder computes the stage, the
 * treatment may keep back a notice, defer the late fees, change the team and take the
 * household off the public lists.
 */
public interface HouseholdTreatment {

	/** Carries out everything as planned: the plain ladder. */
	HouseholdTreatment NONE = (planned, household) -> planned;

	/**
	 * The dunning to carry out. Called once per household, in household order, by one
	 * thread (a treatment belongs to one step or partition).
	 */
	Dunning treat(Dunning planned, HouseholdLedger household);

	/**
	 * Told of each chunk the run has written, inside the chunk's transaction, so that
	 * what the treatment writes of the chunk's households commits or rolls back with it.
	 * Nothing by default.
	 */
	default void written(List<? extends Dunning> chunk) {
	}

	/**
	 * Makes the treatment of one run date; a run, or each of its partitions, has its own.
	 */
	interface Factory {

		/**
		 * The run of {@code asOf}: what was recorded before the end of that date, as the
		 * day's run saw it.
		 */
		default HouseholdTreatment forDate(LocalDate asOf) {
			return forDate(asOf, asOf.plusDays(1).atStartOfDay());
		}

		/**
		 * A re-run's date (SPEC §6): the facts recorded before {@code recordedBefore}, a
		 * replay's end of the date; null for everything known now, a restatement's.
		 */
		HouseholdTreatment forDate(LocalDate asOf, LocalDateTime recordedBefore);

		/**
		 * The daily run of {@code asOf} itself, not a re-run: its treatment may leave
		 * behind what later steps of the day need ({@link #written}). By default the same
		 * as {@link #forDate(LocalDate)}.
		 */
		default HouseholdTreatment forRun(LocalDate asOf) {
			return forDate(asOf);
		}

		/**
		 * The daily run of {@code asOf} begins its assessment (also when it restarts),
		 * before any household is read. Nothing by default.
		 */
		default void runStarting(LocalDate asOf) {
		}

		/**
		 * The daily run of {@code asOf} has assessed every household. Nothing by default.
		 */
		default void runCompleted(LocalDate asOf) {
		}

	}

}
