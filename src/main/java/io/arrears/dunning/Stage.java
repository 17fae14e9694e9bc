package io.arrears.dunning;

/**
 * The escalation ladder's stages (SPEC §3), in order. The days at which each begins and
 * what it implies are data ({@link Ladder}); only the order is fixed here.
 */
public enum Stage {

	CURRENT, GRACE, BULLETIN, REMINDER_1, REMINDER_2, REMINDER_3, REMINDER_4, REMINDER_5, REMINDER_6, REMINDER_7,
	REMINDER_8, REMINDER_9, REMINDER_10, OPEN_LETTER, LAWYER_LETTER, LEGAL;

	public boolean isAtLeast(Stage other) {
		return compareTo(other) >= 0;
	}

}
