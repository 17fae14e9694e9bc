package io.arrears.collection;

/** The flag column of a work list line (SPEC §9): the first that applies. */
public enum Flag {

	/** Group 1: a promise broke in the last {@code broken-promise-days} days. */
	BROKEN_PROMISE,
	/** Group 2: an open promise falls due today. */
	PROMISE_DUE,
	/** Group 3: an active hold ends within three days. */
	HOLD_ENDING,
	/** On hold. */
	ON_HOLD,
	/** An open promise. */
	PROMISED,
	/**
	 * On a {@code MANAGER} or {@code PRIOR_YEAR} list: a charge's limitation period ends
	 * within {@code limitation-watch-days}, or has ended (SPEC §10).
	 */
	LIMITATION

}
