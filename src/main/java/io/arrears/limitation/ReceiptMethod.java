package io.arrears.limitation;

/**
 * How a notice reached the owner (SPEC §10). Each leaves proof; a bulletin board does
 * not, so it is not among them.
 */
public enum ReceiptMethod {

	/** The 签收回执 came back signed. */
	SIGNED(false),
	/** EMS, with its tracking number. */
	EMS(true),
	/** Registered mail (挂号信), with its tracking number. */
	REGISTERED_MAIL(true),
	/** Handed over in person, with a witness named in {@code tracking}. */
	HAND(true),
	/** An electronic read receipt. */
	ELECTRONIC(false);

	private final boolean needsTracking;

	ReceiptMethod(boolean needsTracking) {
		this.needsTracking = needsTracking;
	}

	/**
	 * Whether the proof is the tracking number or witness itself, so that a receipt
	 * without one proves nothing.
	 */
	public boolean needsTracking() {
		return needsTracking;
	}

}
