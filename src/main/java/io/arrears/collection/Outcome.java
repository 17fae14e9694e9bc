package io.arrears.collection;

/**
 * What came of a contact (SPEC §9). Only {@link #PROMISED} changes what the ladder does.
 */
public enum Outcome {

	NO_ANSWER, UNREACHABLE,
	/** The owner will pay by a date: opens a promise. */
	PROMISED,
	/**
	 * The owner contests the bill or the service; a manager may put the household on
	 * hold.
	 */
	DISPUTED, REFUSED,
	/** The owner says it has paid: to be checked against the bank, not taken as paid. */
	PAID_ELSEWHERE, OTHER

}
