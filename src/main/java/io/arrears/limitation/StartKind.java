package io.arrears.limitation;

/**
 * What (re)starts a charge's limitation period (SPEC §10), in the order that names a day
 * on which several fall: the last of them wins.
 */
public enum StartKind {

	/** The charge fell due: the period's first start. */
	DUE,
	/** A payment by the household: an acknowledgment by conduct (Civil Code art. 195). */
	PAYMENT,
	/** A {@code PROMISED} contact: the owner acknowledged the debt. */
	PROMISE,
	/** A notice provably reached the owner: the creditor's demand. */
	RECEIPT,
	/** A claim was filed: the {@code from_date} of a {@code LITIGATION} hold. */
	LITIGATION

}
