package io.arrears.collection;

/** Where a promise stands on a date (SPEC §9). */
public enum PromiseStatus {

	/** {@code contacted_on ≤ D ≤ promise_date}, and no later promise replaced it. */
	OPEN,
	/** Past its date, and the payments from the contact to the promise date cover it. */
	KEPT,
	/** Past its date, and they do not: it breaks the day after its date. */
	BROKEN,
	/** Another promise was made while it was open: neither kept nor broken. */
	REPLACED

}
