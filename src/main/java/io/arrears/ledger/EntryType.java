package io.arrears.ledger;

/** The kinds of ledger entry of SPEC §1; the type, not the amount, carries the sign. */
public enum EntryType {

	CHARGE, PAYMENT, LATE_FEE, LATE_FEE_WAIVER, REVERSAL;

	/**
	 * Same-day processing order of SPEC §2: what is owed is known before money arrives,
	 * and waivers come last so that they only ever reduce fees already posted.
	 */
	int sameDayRank() {
		return switch (this) {
			case CHARGE, LATE_FEE -> 0;
			case PAYMENT -> 1;
			case LATE_FEE_WAIVER -> 2;
			case REVERSAL -> 3;
		};
	}

}
