package io.arrears.collection;

/** Why collecting from a household is paused (SPEC §9). */
public enum HoldReason {

	/** The owner contests the bill or the service (the seed's "区分是非"): late fees wait. */
	DISPUTE,
	/** Illness, unemployment, a death in the family. */
	HARDSHIP,
	/** Nobody lives there to be reached. */
	VACANT,
	/** A claim was filed: the court takes over, and the limitation period restarts. */
	LITIGATION, OTHER,
	/**
	 * Not a hold: ends every hold of the household from its {@code from_date} on. Holds
	 * are append-only, so ending one early is a new row, never an update.
	 */
	RELEASE

}
